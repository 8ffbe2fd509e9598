/*
 * Issue 18: each setting's check says why in a reason the view words (never clears what was typed), and the site
 * check lists what is set up and what is not, in the order an owner puts it right.
 */
import {
  allClear,
  checkClockMode,
  checkQuarterStartMonth,
  checkRelayAddress,
  checkSuppressionThreshold,
  REQUIRED_SETTINGS,
  SiteFacts,
  siteCheck
} from '../../src/domain/siteSettings';

describe('settings checks (issue 18)', () => {
  it('R20: the suppression threshold is a whole number, three or more, never lower', () => {
    expect(checkSuppressionThreshold('3')).toEqual({ ok: true, value: 3 });
    expect(checkSuppressionThreshold(' 5 ')).toEqual({ ok: true, value: 5 });
    expect(checkSuppressionThreshold('2')).toEqual({ ok: false, reason: 'ThresholdTooLow' });
    expect(checkSuppressionThreshold('0')).toEqual({ ok: false, reason: 'ThresholdTooLow' });
    expect(checkSuppressionThreshold('3.5')).toEqual({ ok: false, reason: 'NotAWholeNumber' });
    expect(checkSuppressionThreshold('-4')).toEqual({ ok: false, reason: 'NotAWholeNumber' });
    expect(checkSuppressionThreshold('')).toEqual({ ok: false, reason: 'Required' });
    expect(checkSuppressionThreshold('101')).toEqual({ ok: false, reason: 'ThresholdTooHigh' });
  });

  it('R18: the first month of the quarters is 1 to 12', () => {
    expect(checkQuarterStartMonth('4')).toEqual({ ok: true, value: 4 });
    expect(checkQuarterStartMonth('0')).toEqual({ ok: false, reason: 'NotAMonth' });
    expect(checkQuarterStartMonth('13')).toEqual({ ok: false, reason: 'NotAMonth' });
    expect(checkQuarterStartMonth('April')).toEqual({ ok: false, reason: 'NotAMonth' });
  });

  it('R10: the clock is calendar or working hours', () => {
    expect(checkClockMode('working')).toEqual({ ok: true, value: 'working' });
    expect(checkClockMode('weekdays')).toEqual({ ok: false, reason: 'NotAClockMode' });
  });

  it('the relay address is optional, and https only when given', () => {
    expect(checkRelayAddress('  ')).toEqual({ ok: true, value: '' });
    expect(checkRelayAddress('https://relay.leics.example/api/submit')).toEqual({ ok: true, value: 'https://relay.leics.example/api/submit' });
    expect(checkRelayAddress('http://relay.leics.example')).toEqual({ ok: false, reason: 'NotHttps' });
    expect(checkRelayAddress('relay.leics.example')).toEqual({ ok: false, reason: 'NotAnAddress' });
    expect(checkRelayAddress('https://user:secret@relay.leics.example')).toEqual({ ok: false, reason: 'NotAnAddress' });
    expect(checkRelayAddress('javascript:alert(1)')).toEqual({ ok: false, reason: 'NotHttps' });
  });
});

describe('the site check (issue 18)', () => {
  const ready: SiteFacts = {
    packageSchemaVersion: 4,
    siteSchemaVersion: 4,
    groups: [{ title: 'Wellbeing Triage', exists: true, members: 3 }],
    missingSettings: [],
    lists: [{ title: 'WellbeingCases', exists: true, noCrawl: true }],
    relay: 'none'
  };

  it('all clear when everything is set up; no relay is in order', () => {
    const lines = siteCheck(ready);
    expect(lines.map((l) => l.id)).toEqual(['schema', 'group:Wellbeing Triage', ...REQUIRED_SETTINGS.map((k) => `setting:${k}`), 'list:WellbeingCases', 'relay']);
    expect(allClear(lines)).toBe(true);
  });

  it('each thing not set up is a line saying what to do', () => {
    const lines = siteCheck({
      ...ready,
      siteSchemaVersion: 3,
      groups: [
        { title: 'Wellbeing Triage', exists: true, members: 0 },
        { title: 'Wellbeing SMT', exists: false },
        { title: 'Wellbeing HoS Safeguarding', exists: true }
      ],
      missingSettings: ['hosSafeguarding'],
      lists: [
        { title: 'WellbeingCases', exists: true, noCrawl: false },
        { title: 'WellbeingAlerts', exists: false }
      ],
      relay: 'notAnswering'
    });
    const todo = lines.filter((l) => l.state !== 'ok').map((l) => [l.says, l.subject]);
    expect(todo).toEqual([
      ['SchemaBehind', undefined],
      ['GroupEmpty', 'Wellbeing Triage'],
      ['GroupMissing', 'Wellbeing SMT'],
      ['GroupUnreadable', 'Wellbeing HoS Safeguarding'],
      ['SettingMissing', 'hosSafeguarding'],
      ['ListCrawled', 'WellbeingCases'],
      ['ListMissing', 'WellbeingAlerts'],
      ['RelayNotAnswering', undefined]
    ]);
    expect(allClear(lines)).toBe(false);
    expect(siteCheck({ ...ready, siteSchemaVersion: undefined })[0].says).toBe('SchemaUnknown');
    expect(siteCheck({ ...ready, siteSchemaVersion: 5 })[0].says).toBe('SchemaAhead');
  });
});
