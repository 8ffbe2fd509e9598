import {
  buildManagerSummary,
  daysUntilHosFollowUp,
  hosFollowUpCountdown,
  hosFollowUpDue,
  hosFollowUpOnTime,
  isRedacted,
  ManagerSummary,
  PersonRef,
  SummaryAlert,
  SummaryOptions,
  summaryRecipients
} from '../../src/domain/managerSummary';
import { londonDateTime } from '../../src/domain/londonTime';
import { ServiceArea } from '../../src/domain/types';

const serviceAreas: ServiceArea[] = [
  {
    id: 'csc',
    name: "Children's Social Care",
    route: 'PSW',
    teams: [{ id: 'csc-fostering', name: 'Fostering North' }]
  }
];

const lineManager: PersonRef = { id: 'lm@council.gov.uk', displayName: 'Line Manager' };
const serviceManager: PersonRef = { id: 'sm@council.gov.uk', displayName: 'Service Manager' };
const nextInLine: PersonRef = { id: 'hos@council.gov.uk', displayName: 'Head of Service' };

const namedAlert: SummaryAlert = {
  reference: 'WB-AAAA-AAAA',
  anonymous: false,
  workerName: 'Priya Okonkwo',
  role: 'Senior Practitioner',
  teamId: 'csc-fostering',
  serviceAreaId: 'csc',
  concernInvolvesManager: false
};
const anonymousAlert: SummaryAlert = { ...namedAlert, anonymous: true, workerName: '', role: '', teamId: '' };

const text = {
  concernsAndActionsNeeded: 'Sustained workload pressure in the team; the service needs to review allocation.',
  actionsAgreed: 'Service manager to meet the team within two weeks.'
};
const sharedAt = new Date('2025-03-04T10:00:00Z');

function options(overrides: Partial<SummaryOptions> = {}): SummaryOptions {
  return { nameShared: true, lineManager, serviceManager, sharedAt, serviceAreas, ...overrides };
}

function roles(result: ReturnType<typeof summaryRecipients>): string[] {
  return result.ok ? result.recipients.map((r) => `${r.role}:${r.person.id}`) : [result.reason];
}

describe('R14: who receives a Red summary', () => {
  it('R14: a named worker who shares their name: line manager and service manager', () => {
    expect(roles(summaryRecipients(namedAlert, options()))).toEqual([
      'LineManager:lm@council.gov.uk',
      'ServiceManager:sm@council.gov.uk'
    ]);
  });

  it('R14: name withheld: the service manager only', () => {
    expect(roles(summaryRecipients(namedAlert, options({ nameShared: false })))).toEqual(['ServiceManager:sm@council.gov.uk']);
  });

  it('R16: an anonymous alert goes to the service manager only, even if nameShared is set', () => {
    expect(roles(summaryRecipients(anonymousAlert, options({ nameShared: true })))).toEqual([
      'ServiceManager:sm@council.gov.uk'
    ]);
    expect(isRedacted(anonymousAlert, true)).toBe(true);
    expect(isRedacted(namedAlert, false)).toBe(true);
    expect(isRedacted(namedAlert, true)).toBe(false);
  });

  it('R5, R14: a concern involving the line manager goes to the next person in line instead', () => {
    const alert = { ...namedAlert, concernInvolvesManager: true };
    expect(roles(summaryRecipients(alert, options({ nextPersonInLine: nextInLine })))).toEqual([
      'ServiceManager:sm@council.gov.uk',
      'NextPersonInLine:hos@council.gov.uk'
    ]);
  });

  it('R5, R14: the next person in line is not added twice when they are already the service manager', () => {
    const alert = { ...namedAlert, concernInvolvesManager: true };
    expect(roles(summaryRecipients(alert, options({ nextPersonInLine: serviceManager })))).toEqual([
      'ServiceManager:sm@council.gov.uk'
    ]);
  });

  it('R5, R16: a concern involving the service manager goes to the next person in line', () => {
    expect(
      roles(summaryRecipients(anonymousAlert, options({ concernInvolves: [serviceManager], nextPersonInLine: nextInLine })))
    ).toEqual(['NextPersonInLine:hos@council.gov.uk']);
  });

  it('R5: with nobody left to receive it, the summary has no recipient', () => {
    expect(roles(summaryRecipients(anonymousAlert, options({ concernInvolves: [serviceManager] })))).toEqual(['NoRecipient']);
    expect(roles(summaryRecipients(anonymousAlert, options({ serviceManager: undefined })))).toEqual(['NoRecipient']);
    expect(
      roles(summaryRecipients(anonymousAlert, options({ concernInvolves: [serviceManager, nextInLine], nextPersonInLine: nextInLine })))
    ).toEqual(['NoRecipient']);
  });

  it('R16: with no service manager known, the next person in line receives an anonymous alert', () => {
    expect(
      roles(summaryRecipients(anonymousAlert, options({ serviceManager: undefined, nextPersonInLine: nextInLine })))
    ).toEqual(['NextPersonInLine:hos@council.gov.uk']);
  });

  it('R14: a line manager who is also the service manager receives it once', () => {
    expect(roles(summaryRecipients(namedAlert, options({ lineManager: serviceManager })))).toEqual([
      'LineManager:sm@council.gov.uk'
    ]);
  });
});

describe('R14: the Red summary content (appendix 3)', () => {
  it('R14: a named summary carries date, name, role, team, service area and the triage text', () => {
    const result = buildManagerSummary(namedAlert, text, options());
    expect(result.ok).toBe(true);
    if (result.ok) {
      const s: ManagerSummary = result.summary;
      expect(s.kind).toBe('RedSummary');
      expect(s.redacted).toBe(false);
      expect(s.date).toBe(sharedAt);
      expect(s.name).toBe('Priya Okonkwo');
      expect(s.role).toBe('Senior Practitioner');
      expect(s.team).toBe('Fostering North');
      expect(s.serviceArea).toBe("Children's Social Care");
      expect(s.concernsAndActionsNeeded).toBe(text.concernsAndActionsNeeded);
      expect(s.actionsAgreed).toBe(text.actionsAgreed);
      expect(s.recipients.length).toBe(2);
      expect(s.hosFollowUpDue).toEqual(hosFollowUpDue(sharedAt));
      expect(s.reference).toBe('WB-AAAA-AAAA');
    }
  });

  it('R14: a named summary with a team missing from the reference data shows an empty team', () => {
    const result = buildManagerSummary({ ...namedAlert, teamId: 'gone' }, text, options());
    expect(result.ok && result.summary.team).toBe('');
  });

  it('R14, R22: name withheld: no name, role or team anywhere in the summary', () => {
    const result = buildManagerSummary(namedAlert, text, options({ nameShared: false }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const s = result.summary;
      expect(s.redacted).toBe(true);
      expect('name' in s).toBe(false);
      expect('role' in s).toBe(false);
      expect('team' in s).toBe(false);
      const json = JSON.stringify(s);
      for (const leak of ['Priya', 'Okonkwo', 'Senior Practitioner', 'Fostering North', 'csc-fostering', 'lm@council']) {
        expect(json).not.toContain(leak);
      }
      expect(s.serviceArea).toBe("Children's Social Care");
      expect(s.recipients.map((r) => r.role)).toEqual(['ServiceManager']);
    }
  });

  it('R16: an anonymous alert becomes an anonymous referral to the service manager', () => {
    const result = buildManagerSummary(anonymousAlert, text, options());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.summary.kind).toBe('AnonymousReferral');
      expect(result.summary.redacted).toBe(true);
      expect(result.summary.name).toBeUndefined();
      expect(result.summary.recipients).toEqual([{ role: 'ServiceManager', person: serviceManager }]);
    }
  });

  it("R14, R22: triage text naming the worker is refused when the name is withheld", () => {
    const result = buildManagerSummary(
      namedAlert,
      { concernsAndActionsNeeded: 'Priya is exhausted.', actionsAgreed: 'Check in with okonkwo weekly.' },
      options({ nameShared: false })
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { field: 'concernsAndActionsNeeded', message: "Remove the worker's name and team: this summary is shared without them" },
        { field: 'actionsAgreed', message: "Remove the worker's name and team: this summary is shared without them" }
      ]);
    }
  });

  it('R14, R22: triage text naming the team is refused when the name is withheld', () => {
    const result = buildManagerSummary(
      namedAlert,
      { ...text, concernsAndActionsNeeded: 'Pressure in fostering north since the restructure.' },
      options({ nameShared: false })
    );
    expect(result.ok).toBe(false);
  });

  it('R14: the leak check matches whole words only, so ordinary words are not refused', () => {
    const alert = { ...namedAlert, workerName: 'Ann Li' };
    const result = buildManagerSummary(
      alert,
      { concernsAndActionsNeeded: 'Planning and annual leave (Li is too short to check).', actionsAgreed: 'Review.' },
      options({ nameShared: false })
    );
    expect(result.ok).toBe(true);
  });

  it('R14: the name may appear in the text of a summary shared with the name', () => {
    const result = buildManagerSummary(namedAlert, { ...text, concernsAndActionsNeeded: 'Priya is exhausted.' }, options());
    expect(result.ok).toBe(true);
  });

  it('R14: both text fields are required and limited', () => {
    const empty = buildManagerSummary(namedAlert, { concernsAndActionsNeeded: ' ', actionsAgreed: '' }, options());
    expect(empty.ok ? [] : empty.errors.map((e) => e.message)).toEqual([
      'Enter the details of the concerns and actions needed by the service',
      'Enter the actions agreed'
    ]);
    const long = buildManagerSummary(
      namedAlert,
      { concernsAndActionsNeeded: 'a'.repeat(6001), actionsAgreed: 'b'.repeat(4001) },
      options()
    );
    expect(long.ok ? [] : long.errors.map((e) => e.message)).toEqual([
      'Details of the concerns must be 6,000 characters or fewer',
      'Actions agreed must be 4,000 characters or fewer'
    ]);
  });

  it('R14: an unknown service area or no recipient refuses the summary', () => {
    const noArea = buildManagerSummary({ ...namedAlert, serviceAreaId: 'gone' }, text, options());
    expect(noArea.ok ? [] : noArea.errors.map((e) => e.field)).toEqual(['serviceArea']);
    const nobody = buildManagerSummary(anonymousAlert, text, options({ serviceManager: undefined }));
    expect(nobody.ok ? [] : nobody.errors).toEqual([
      { field: 'recipients', message: 'Choose who receives this summary: the next person in line management' }
    ]);
  });
});

describe('R14: the Head of Service follow-up after 2 weeks', () => {
  it('R14: the follow-up is due 14 calendar days after sharing', () => {
    expect(hosFollowUpDue(new Date('2025-03-04T10:00:00Z')).toISOString()).toBe('2025-03-18T10:00:00.000Z');
    expect(hosFollowUpDue(new Date('2025-12-25T23:30:00.250Z')).toISOString()).toBe('2026-01-08T23:30:00.250Z');
  });

  it('R14: across the clocks going forward the follow-up keeps its London wall-clock time', () => {
    const shared = new Date('2025-03-24T10:00:00Z'); // 10:00 GMT
    const due = hosFollowUpDue(shared); // 7 April, BST
    expect(due.toISOString()).toBe('2025-04-07T09:00:00.000Z');
    expect(londonDateTime(due).hour).toBe(10);
    expect(londonDateTime(due).day).toBe(7);
  });

  it('R14: across the clocks going back the follow-up keeps its London wall-clock time', () => {
    const shared = new Date('2025-10-20T08:15:00Z'); // 09:15 BST
    const due = hosFollowUpDue(shared);
    expect(due.toISOString()).toBe('2025-11-03T09:15:00.000Z');
    expect(londonDateTime(due).hour).toBe(9);
  });

  it('R14, R18: the follow-up is on time, late, or not yet due', () => {
    const due = hosFollowUpDue(sharedAt);
    const before = new Date(due.getTime() - 1000);
    const after = new Date(due.getTime() + 1000);
    expect(hosFollowUpOnTime(undefined, undefined, after)).toBeUndefined();
    expect(hosFollowUpOnTime(sharedAt, undefined, before)).toBeUndefined();
    expect(hosFollowUpOnTime(sharedAt, undefined, after)).toBe(false);
    expect(hosFollowUpOnTime(sharedAt, due, after)).toBe(true);
    expect(hosFollowUpOnTime(sharedAt, after, after)).toBe(false);
  });

  it('R14: days until the follow-up count down and go negative once overdue', () => {
    expect(daysUntilHosFollowUp(sharedAt, sharedAt)).toBe(14);
    expect(daysUntilHosFollowUp(sharedAt, new Date('2025-03-17T10:00:00Z'))).toBe(1);
    expect(daysUntilHosFollowUp(sharedAt, new Date('2025-03-19T10:00:00Z'))).toBe(-1);
  });

  it('R14: days to go are counted as a person counts them: calendar days in London, not 24-hour periods', () => {
    // Issue 13: due 16 December; on the afternoon of 2 December a person says 14 days to go (not 13).
    const shared = new Date('2026-12-02T10:00:00Z');
    expect(hosFollowUpDue(shared).toISOString()).toBe('2026-12-16T10:00:00.000Z');
    expect(daysUntilHosFollowUp(shared, new Date('2026-12-02T15:00:00Z'))).toBe(14);
    expect(daysUntilHosFollowUp(shared, new Date('2026-12-15T23:59:00Z'))).toBe(1);
    expect(daysUntilHosFollowUp(shared, new Date('2026-12-16T00:01:00Z'))).toBe(0);
  });

  it('R14: the count crosses the BST/GMT change by London dates (autumn and spring)', () => {
    // Shared 10:00 BST on 20 October 2026; due 10:00 GMT on 3 November. The clocks go back on 25 October.
    const autumn = new Date('2026-10-20T09:00:00Z');
    expect(hosFollowUpDue(autumn).toISOString()).toBe('2026-11-03T10:00:00.000Z');
    // 15:00 GMT on 25 October: 9 calendar days to 3 November (8 days and 19 hours by the clock).
    expect(daysUntilHosFollowUp(autumn, new Date('2026-10-25T15:00:00Z'))).toBe(9);
    // 00:30 BST on 25 October is still 24 October in UTC: London's date counts, so 9, not 10.
    expect(daysUntilHosFollowUp(autumn, new Date('2026-10-24T23:30:00Z'))).toBe(9);
    // Shared 10:00 GMT on 20 March 2026; due 10:00 BST on 3 April. 00:30 BST on 1 April is 31 March in UTC.
    const spring = new Date('2026-03-20T10:00:00Z');
    expect(hosFollowUpDue(spring).toISOString()).toBe('2026-04-03T09:00:00.000Z');
    expect(daysUntilHosFollowUp(spring, new Date('2026-03-31T23:30:00Z'))).toBe(2);
  });

  it('R14: the countdown the board and the summaries page share: days to go, then days late, both by calendar', () => {
    const due = new Date('2026-11-22T09:00:00Z');
    expect(hosFollowUpCountdown(due, new Date('2026-11-08T16:00:00Z'))).toEqual({ overdue: false, days: 14 });
    expect(hosFollowUpCountdown(due, new Date('2026-11-22T08:00:00Z'))).toEqual({ overdue: false, days: 0 });
    expect(hosFollowUpCountdown(due, new Date('2026-11-22T15:00:00Z'))).toEqual({ overdue: true, days: 0 });
    // Due yesterday morning, this morning: a person says one day late, though not 24 hours have passed.
    expect(hosFollowUpCountdown(due, new Date('2026-11-23T08:00:00Z'))).toEqual({ overdue: true, days: 1 });
  });
});
