import {
  findIdentifyingText
} from '../../../src/domain/themes';

describe('free text that would point at a person (R18, R19, R22)', () => {
  it('finds alert references, e-mail addresses, phone numbers, a title with a name, and links', () => {
    const text =
      'Raised by WB-ACDE-FGHJ (see also wb acde fghj), email sam.jones@leics.gov.uk or call 0116 305 0000; Mrs Patel and Dr. Okafor said so. https://example.com/x';
    expect(findIdentifyingText(text)).toEqual([
      { kind: 'reference', text: 'WB-ACDE-FGHJ' },
      { kind: 'reference', text: 'wb acde fghj' },
      { kind: 'email', text: 'sam.jones@leics.gov.uk' },
      { kind: 'phone', text: '0116 305 0000' },
      { kind: 'titleAndName', text: 'Mrs Patel' },
      { kind: 'titleAndName', text: 'Dr. Okafor' },
      { kind: 'webAddress', text: 'https://example.com/x' }
    ]);
  });

  it('lets themes, numbers and dates through', () => {
    expect(
      findIdentifyingText('Workload in the first response teams rose from 12 to 15 alerts between July and September 2026; 78% were contacted within 48 hours.')
    ).toEqual([]);
    expect(findIdentifyingText('Three people raised racism at team meetings; the network asked for training by 31/03/2027.')).toEqual([]);
  });
});
