import type { Case } from '../../../src/domain/caseLifecycle';
import { DEFAULT_FIRST_CONTACT_SETTINGS } from '../../../src/domain/firstContactClock';
import {
  CaseForThemes,
  ThemeRecord,
  themeRecordOfCase
} from '../../../src/domain/themes';

function baseCase(partial: Partial<Case> = {}): Case {
  return {
    reference: 'WB-ACDE-FGHJ',
    route: 'PSW',
    anonymous: false,
    consentStatus: 'NotNeeded',
    status: 'New',
    openedAt: new Date('2026-10-05T09:10:00Z'),
    escalations: [],
    whistleblowing: false,
    ...partial
  };
}

function caseFor(partial: Partial<Omit<CaseForThemes, 'case'>> & { case?: Partial<Case> } = {}): CaseForThemes {
  return {
    alertReceivedAt: new Date('2026-10-05T09:00:00Z'),
    serviceAreaId: 'childrens-social-care',
    teamId: 'csc-first-response',
    locationId: 'county-hall',
    themeIds: ['workload'],
    ...partial,
    case: baseCase(partial.case)
  };
}

describe('from a case to the report (R10, R14, R17, R18)', () => {
  const now = new Date('2026-11-22T09:00:00Z');

  it('R18: carries ids, dates and ratings only: no reference, no names, no free text', () => {
    const record = themeRecordOfCase(
      caseFor({
        case: {
          rag: 'Amber',
          escalations: [{ kind: 'GreenToAmber', at: new Date('2026-10-20T10:00:00Z'), by: 'i:0#.f|membership|priya.psw@leics.example' }],
          firstContactAt: new Date('2026-10-06T09:00:00Z'),
          outcome: 'TargetedSupportArranged',
          followUpOutcome: 'Spoke to Mrs Patel'
        }
      }),
      DEFAULT_FIRST_CONTACT_SETTINGS,
      now
    );
    expect(record).toEqual({
      createdAt: new Date('2026-10-05T09:00:00Z'),
      serviceAreaId: 'childrens-social-care',
      teamId: 'csc-first-response',
      locationId: 'county-hall',
      route: 'PSW',
      themeIds: ['workload'],
      rag: 'Amber',
      escalations: ['GreenToAmber'],
      firstContactHours: 24,
      firstContactOnTime: true,
      outcome: 'TargetedSupportArranged'
    });
    expect(JSON.stringify(record)).not.toMatch(/WB-|Patel|priya/);
  });

  it('R5: a blank team or office is "not recorded", not an empty id', () => {
    const record = themeRecordOfCase(caseFor({ teamId: '', locationId: '' }), DEFAULT_FIRST_CONTACT_SETTINGS, now);
    expect(record.teamId).toBeUndefined();
    expect(record.locationId).toBeUndefined();
    expect(record.firstContactHours).toBeUndefined();
  });

  it('R10: the working-hours clock decides "within 48 hours" when the council chose it', () => {
    // Friday 17:00 to Monday 17:00: 72 calendar hours, 24 working hours.
    const friday = caseFor({ alertReceivedAt: new Date('2026-10-09T16:00:00Z'), case: { firstContactAt: new Date('2026-10-12T16:00:00Z') } });
    expect(themeRecordOfCase(friday, { mode: 'calendar' }, now)).toMatchObject({ firstContactHours: 72, firstContactOnTime: false });
    expect(themeRecordOfCase(friday, { mode: 'working', bankHolidays: [] }, now)).toMatchObject({ firstContactOnTime: true });
  });

  it('R14: a Red follow-up counts once it is done or overdue, from the summary (or the anonymous referral)', () => {
    const shared = new Date('2026-10-10T10:00:00Z');
    const red = (c: Partial<Case>): ThemeRecord => themeRecordOfCase(caseFor({ case: { rag: 'Red', ...c } }), DEFAULT_FIRST_CONTACT_SETTINGS, now);
    expect(red({ summarySharedAt: shared, followUpRecordedAt: new Date('2026-10-20T10:00:00Z') }).redFollowUpOnTime).toBe(true);
    expect(red({ summarySharedAt: shared, followUpRecordedAt: new Date('2026-10-30T10:00:00Z') }).redFollowUpOnTime).toBe(false);
    expect(red({ forwardedAt: shared }).redFollowUpOnTime).toBe(false); // overdue by now, nothing recorded
    expect(red({ summarySharedAt: new Date('2026-11-20T10:00:00Z') }).redFollowUpOnTime).toBeUndefined(); // not due yet
    expect(red({}).redFollowUpOnTime).toBeUndefined();
    const amber = themeRecordOfCase(caseFor({ case: { rag: 'Amber', summarySharedAt: shared } }), DEFAULT_FIRST_CONTACT_SETTINGS, now);
    expect(amber.redFollowUpOnTime).toBeUndefined();
  });
});
