import { referenceOrganisation } from '../../../src/referenceData';
import { supportEntryFromItem } from '../../../src/services/store/supportDirectory';
import { openCase, recordMeeting, setRag, shareSummary, Case } from '../../../src/domain/caseLifecycle';
import { buildManagerSummary } from '../../../src/domain/managerSummary';
import { serviceAreas } from '../../../src/referenceData';
import { AlertsList, CasesList, ConfigList, ManagerSummariesList, SupportDirectoryList } from '../../../src/schema';
import type { StoreUser, ThemeReportRecord } from '../../../src/services/store/IWellbeingStore';
import {
  etagOf,
  fromAlertItem,
  fromCaseItem,
  fromConfigItems,
  fromDiscussionItem,
  fromEventItem,
  fromMyAlertItem,
  fromNetworkThemeItem,
  fromSummaryItem,
  fromThemeReportItem,
  latestPerQuarter,
  MappingError,
  MY_ALERT_SELECT,
  SpItem,
  toAlertItem,
  toCaseItem,
  toDiscussionItem,
  toEventItem,
  toFollowUpItem,
  toNetworkThemeItem,
  toStoredValue,
  toSummaryItem,
  toThemeReportItem
} from '../../../src/services/store/mapping';
import { anonymousAlert, makeAlert, SUBMITTED_AT } from '../../support/fixtures';

const USERS: StoreUser[] = [
  { id: 8, loginName: 'i:0#.f|membership|tri@contoso.com', email: 'tri@contoso.com', displayName: 'Tri Age' },
  { id: 9, loginName: 'i:0#.f|membership|lm@contoso.com', email: 'lm@contoso.com', displayName: 'Line Manager' },
  { id: 10, loginName: 'i:0#.f|membership|sm@contoso.com', email: 'sm@contoso.com', displayName: 'Service Manager' }
];
const byId = (id: number): StoreUser | undefined => USERS.find((u) => u.id === id);
const byLogin = (login: string): number | undefined => USERS.find((u) => u.loginName === login)?.id;
const TRIAGE = USERS[0].loginName;

/** What SharePoint hands back for an item written with `values`. */
function stored(values: SpItem, id: number = 1, extra: SpItem = {}): SpItem {
  return { ...values, Id: id, 'odata.etag': '"1"', Created: SUBMITTED_AT.toISOString(), ...extra };
}

const NAME_COLUMNS = [AlertsList.fields.workerName, AlertsList.fields.role, AlertsList.fields.team, AlertsList.fields.teamId].map(
  (f) => f.internalName
);

describe('alerts', () => {
  it('R3: a named alert round-trips through its list item', () => {
    const alert = makeAlert(1, { protectedCharacteristic: true, networks: ['BameNetwork'], raceChampionRequested: true, sendWorkerCopy: true });
    const record = fromAlertItem(stored(toAlertItem(alert, referenceOrganisation), 12), referenceOrganisation);
    expect(record).toEqual({ id: 12, etag: '"1"', alert, publicStatus: 'Received' });
  });

  it('R2: every first-question answer, including "does it involve your manager", round-trips', () => {
    const alert = makeAlert(2, {
      concernInvolvesManager: true,
      nextPersonInLine: 'Head of Service',
      firstQuestions: { raisedWithManager: false, concernInvolvesManager: true, wantsIndependentPerson: true }
    });
    expect(fromAlertItem(stored(toAlertItem(alert, referenceOrganisation)), referenceOrganisation).alert).toEqual(alert);
  });

  it('R3: the team name is written beside the team id, from the reference data', () => {
    const item = toAlertItem(makeAlert(3), referenceOrganisation);
    expect(item[AlertsList.fields.team.internalName]).toBe('First Response (screening and assessment)');
  });

  it('R5: an anonymous alert writes no name, role or team at all (the keys are absent)', () => {
    const item = toAlertItem(anonymousAlert(4), referenceOrganisation);
    for (const column of NAME_COLUMNS) {
      expect(Object.keys(item)).not.toContain(column);
    }
    expect(item[AlertsList.fields.serviceAreaId.internalName]).toBe('childrens-social-care');
    expect(fromAlertItem(stored(item), referenceOrganisation).alert).toEqual(anonymousAlert(4));
  });

  it('R5: even a crafted alert that is anonymous but carries a name writes none of it', () => {
    const crafted = { ...makeAlert(5), anonymous: true };
    const text = JSON.stringify(toAlertItem(crafted, referenceOrganisation));
    expect(text).not.toContain("O'Neil");
    expect(text).not.toContain('Social worker');
  });

  it('R5: an anonymous item that somehow holds a name is never read back with it', () => {
    const item = stored({ ...toAlertItem(anonymousAlert(6), referenceOrganisation), [AlertsList.fields.workerName.internalName]: 'Leaked Name' });
    expect(fromAlertItem(item, referenceOrganisation).alert.workerName).toBe('');
  });

  it('R10: submittedAt is the server creation time, not the browser clock', () => {
    const item = stored(toAlertItem(makeAlert(7), referenceOrganisation), 1, { Created: '2025-06-02T09:31:05Z' });
    expect(fromAlertItem(item, referenceOrganisation).alert.submittedAt.toISOString()).toBe('2025-06-02T09:31:05.000Z');
  });

  it('R21: "my alerts" selects and returns only the reference, date and public status', () => {
    expect(MY_ALERT_SELECT).toEqual(['Id', 'Created', 'Title', 'AlertDate', 'PublicStatus']);
    const mine = fromMyAlertItem(stored(toAlertItem(makeAlert(8), referenceOrganisation), 3, { PublicStatus: 'InProgress' }));
    expect(Object.keys(mine).sort()).toEqual(['publicStatus', 'reference', 'submittedAt']);
    expect(mine.publicStatus).toBe('InProgress');
  });

  it('refuses to guess an unknown choice value', () => {
    expect(() => fromAlertItem(stored({ ...toAlertItem(makeAlert(9), referenceOrganisation), CompletedBy: 'Somebody' }), referenceOrganisation)).toThrow(MappingError);
    expect(() => fromAlertItem(stored({ ...toAlertItem(makeAlert(9), referenceOrganisation), ServiceAreaId: 'nowhere' }), referenceOrganisation)).toThrow(MappingError);
  });

  it('R4, R6, issue 14: never reads the stored consent status or route; works them out as the form did', () => {
    const colleague = makeAlert(11, { completedBy: 'Colleague', consentMode: 'WorkerSeenAndAgreed' });
    const forged = fromAlertItem(stored({ ...toAlertItem(colleague, referenceOrganisation), ConsentStatus: 'ConfirmedByWorker', Route: 'Somebody' }), referenceOrganisation);
    expect(forged.alert.consentStatus).toBe('StatedByRaiser');
    expect(forged.alert.route).toBe('PSW');
    const raceChampion = makeAlert(12, { protectedCharacteristic: true, networks: ['BameNetwork'], raceChampionRequested: true });
    expect(fromAlertItem(stored({ ...toAlertItem(raceChampion, referenceOrganisation), Route: 'AP' }), referenceOrganisation).alert.route).toBe('RaceChampionLead');
  });

  it('accepts verbose OData multi-choice values ({ results })', () => {
    const alert = makeAlert(10, { protectedCharacteristic: true, networks: ['LgbtStaffNetwork'] });
    const item = stored({ ...toAlertItem(alert, referenceOrganisation), ProtectedCharacteristicNetworks: { results: ['LgbtStaffNetwork'] } });
    expect(fromAlertItem(item, referenceOrganisation).alert.networks).toEqual(['LgbtStaffNetwork']);
  });
});

describe('ETags', () => {
  it('reads JSON light, JSON nometadata and verbose ETags', () => {
    expect(etagOf({ 'odata.etag': '"3"' })).toBe('"3"');
    expect(etagOf({ '@odata.etag': '"4"' })).toBe('"4"');
    expect(etagOf({ __metadata: { etag: '"5"' } })).toBe('"5"');
  });

  it('never falls back to "*" (that would be a silent overwrite)', () => {
    expect(() => etagOf({ Id: 1 })).toThrow(MappingError);
  });
});

function workedCase(): Case {
  const by = TRIAGE;
  const opened = openCase(
    { reference: 'WB-TEST-0001', route: 'PSW', anonymous: false, consentStatus: 'NotNeeded' },
    { at: new Date('2025-06-02T10:00:00Z'), by }
  );
  if (!opened.ok) throw new Error('open');
  const met = recordMeeting({ ...opened.case, owner: by }, { at: new Date('2025-06-03T10:00:00Z'), by }, 'Teams');
  if (!met.ok) throw new Error('meet');
  const green = setRag(met.case, { at: new Date('2025-06-03T11:00:00Z'), by }, 'Green');
  if (!green.ok) throw new Error('green');
  const red = setRag(green.case, { at: new Date('2025-06-04T11:00:00Z'), by }, 'Red');
  if (!red.ok) throw new Error('red');
  const shared = shareSummary(red.case, { at: new Date('2025-06-05T11:00:00Z'), by }, true);
  if (!shared.ok) throw new Error('share');
  return shared.case;
}

const EXTRAS = {
  alertId: 12,
  alertReceivedAt: new Date('2025-06-02T09:30:00Z'),
  firstContactDue: new Date('2025-06-04T09:30:00Z'),
  serviceAreaId: 'childrens-social-care',
  teamId: 'csc-first-response',
  locationId: 'county-hall',
  themeIds: [] as string[]
};

describe('cases', () => {
  it('R10-R17: a worked case round-trips: owner as an account, escalations with when and by whom, summary shared', () => {
    const c = workedCase();
    const item = toCaseItem(c, EXTRAS, byLogin);
    expect(item.CaseOwnerId).toBe(8);
    expect(item[CasesList.fields.escalations.internalName]).toEqual(['GreenToRed']);
    const record = fromCaseItem(stored(item, 4), byId);
    expect(record.case).toEqual(c);
    expect(record).toMatchObject({ id: 4, etag: '"1"', alertId: 12, serviceAreaId: 'childrens-social-care' });
  });

  it('a new case round-trips with no optional values', () => {
    const opened = openCase(
      { reference: 'WB-TEST-0002', route: 'AP', anonymous: true, consentStatus: 'NotNeeded' },
      { at: new Date('2025-06-02T10:00:00Z'), by: TRIAGE }
    );
    if (!opened.ok) throw new Error('open');
    const item = toCaseItem(opened.case, { ...EXTRAS, teamId: 'csc-first-response' }, byLogin);
    // R5: an anonymous case carries no team.
    expect(item[CasesList.fields.teamId.internalName]).toBeNull();
    expect(fromCaseItem(stored(item), byId).case).toEqual(opened.case);
  });

  it('refuses to write an account that was not resolved first', () => {
    const c = { ...workedCase(), owner: 'i:0#.f|membership|nobody@contoso.com' };
    expect(() => toCaseItem(c, EXTRAS, byLogin)).toThrow(MappingError);
  });
});

describe('case events (R17, R22)', () => {
  it('round-trip with codes only', () => {
    const event = { kind: 'Escalated' as const, at: new Date('2025-06-04T11:00:00Z'), by: TRIAGE, from: 'Green', to: 'Red', escalation: 'GreenToRed' as const };
    const item = toEventItem(4, 'WB-TEST-0001', event);
    expect(item).toMatchObject({ CaseId: 4, EventKind: 'Escalated' });
    // Issue 14 defect 6: who is never sent; it is read back from the Author SharePoint set.
    expect(Object.keys(item).filter((k) => /^(Author|Editor|EventBy)/.test(k))).toEqual([]);
    expect(fromEventItem(stored({ ...item, AuthorId: 8 }), byId)).toEqual(event);
    expect(fromEventItem(stored({ ...item, AuthorId: 8, EventById: 9 }), byId).by).toBe(TRIAGE);
  });
});

describe('discussion records (R12)', () => {
  it('round-trip', () => {
    const record = {
      reference: 'WB-TEST-0001',
      caseId: 4,
      date: new Date('2025-06-03T00:00:00Z'),
      workerName: "Pat O'Neil",
      role: 'Social worker',
      team: 'First Response',
      serviceAreaId: 'childrens-social-care',
      details: 'd',
      actionTaken: 'a',
      whatNeedsToHappen: 'w',
      summary: 'Talked it through.',
      agreedActions: 'Caseload review.',
      consentToShare: false
    };
    expect(fromDiscussionItem(stored(toDiscussionItem(record), 2))).toEqual({ id: 2, etag: '"1"', record });
  });
});

describe('manager summaries (R14, R16, R22)', () => {
  const alert = {
    reference: 'WB-TEST-0001',
    anonymous: false,
    workerName: "Pat O'Neil",
    role: 'Social worker',
    teamId: 'csc-first-response',
    serviceAreaId: 'childrens-social-care',
    concernInvolvesManager: false
  };
  const options = {
    sharedAt: new Date('2025-06-05T11:00:00Z'),
    serviceAreas,
    lineManager: { id: USERS[1].loginName, displayName: 'Line Manager' },
    serviceManager: { id: USERS[2].loginName, displayName: 'Service Manager' }
  };
  const text = { concernsAndActionsNeeded: 'Caseloads are too high in the team.', actionsAgreed: 'Review within a month.' };

  it('R14: a named summary round-trips with its recipients', () => {
    const built = buildManagerSummary(alert, text, { ...options, nameShared: true });
    if (!built.ok) throw new Error('build');
    const item = toSummaryItem(4, 'childrens-social-care', built.summary, options.sharedAt, byLogin);
    expect(item).toMatchObject({ LineManagerId: 9, ServiceManagerId: 10, NextPersonRecipientId: null, NameWithheld: false });
    const record = fromSummaryItem(stored(item, 6), byId, referenceOrganisation);
    expect(record.summary).toEqual(built.summary);
    expect(record).toMatchObject({ id: 6, caseId: 4, serviceAreaId: 'childrens-social-care', sharedAt: options.sharedAt });
  });

  it('R14: a summary without the name writes no name, role or team, and goes to the service manager only', () => {
    const built = buildManagerSummary(alert, text, { ...options, nameShared: false });
    if (!built.ok) throw new Error('build');
    const item = toSummaryItem(4, 'childrens-social-care', built.summary, options.sharedAt, byLogin);
    for (const f of [ManagerSummariesList.fields.workerName, ManagerSummariesList.fields.role, ManagerSummariesList.fields.team]) {
      expect(Object.keys(item)).not.toContain(f.internalName);
    }
    expect(JSON.stringify(item)).not.toContain("O'Neil");
    expect(item).toMatchObject({ LineManagerId: null, ServiceManagerId: 10, NameWithheld: true });
    expect(fromSummaryItem(stored(item), byId, referenceOrganisation).summary).toEqual(built.summary);
  });

  it('R14: the HoS follow-up writes only the two follow-up columns', () => {
    expect(Object.keys(toFollowUpItem(new Date('2025-06-19T10:00:00Z'), 'Action taken.')).sort()).toEqual([
      'HosFollowUpDoneAt',
      'HosFollowUpOutcome'
    ]);
  });
});

describe('themes (R18-R20)', () => {
  const report = { threshold: 3, current: {}, previous: {}, change: {} } as unknown as ThemeReportRecord['report'];

  it('a published report round-trips', () => {
    const input = { quarterId: 'FY2025Q1', label: 'April to June 2025', report, commentary: 'Quiet quarter.' };
    const item = toThemeReportItem(input, 2, new Date('2025-07-10T09:00:00Z'), 8);
    const record = fromThemeReportItem(stored(item, 5), byId);
    expect(record).toEqual({
      id: 5,
      quarterId: 'FY2025Q1',
      label: 'April to June 2025',
      version: 2,
      publishedAt: new Date('2025-07-10T09:00:00Z'),
      publishedBy: TRIAGE,
      threshold: 3,
      report,
      commentary: 'Quiet quarter.'
    });
  });

  it('R18: the latest version of each quarter, newest quarter first', () => {
    const r = (id: number, quarterId: string, version: number): ThemeReportRecord => ({
      id,
      quarterId,
      label: quarterId,
      version,
      publishedAt: new Date(),
      threshold: 3,
      report,
      commentary: ''
    });
    const latest = latestPerQuarter([r(1, 'FY2025Q1', 1), r(2, 'FY2025Q2', 1), r(3, 'FY2025Q1', 2)]);
    expect(latest.map((x) => [x.quarterId, x.version])).toEqual([
      ['FY2025Q2', 1],
      ['FY2025Q1', 2]
    ]);
  });

  it('R19: a network theme round-trips', () => {
    const input = { network: 'BameNetwork' as const, quarterId: 'FY2025Q1', themeId: 'workload', count: 4, note: 'Themes only.' };
    expect(fromNetworkThemeItem(stored(toNetworkThemeItem(input, '5f0c3c1e-8d2a-4b7e-9a41-2b6f0e9d7c11'), 3))).toEqual({ id: 3, ...input });
  });
});

describe('support directory and config', () => {
  it('R1: a support entry is read with its optional contacts', () => {
    const f = SupportDirectoryList.fields;
    const entry = supportEntryFromItem({
      [f.entryId.internalName]: 'staff-support',
      [f.title.internalName]: 'Staff Support',
      [f.description.internalName]: '24/7 line',
      [f.kind.internalName]: 'service',
      [f.phone.internalName]: '0800 000 000',
      [f.email.internalName]: null,
      [f.contexts.internalName]: ['general', 'induction'],
      [f.order.internalName]: 1
    });
    expect(entry).toEqual({
      id: 'staff-support',
      title: 'Staff Support',
      description: '24/7 line',
      kind: 'service',
      phone: '0800 000 000',
      contexts: ['general', 'induction'],
      order: 1
    });
  });

  it('R10, R20: config values are JSON; bad or missing values fall back to the documented defaults', () => {
    const k = ConfigList.fields.key.internalName;
    const v = ConfigList.fields.value.internalName;
    const good = fromConfigItems([
      { [k]: 'slaMode', [v]: '"working"' },
      { [k]: 'suppressionThreshold', [v]: '5' },
      { [k]: 'schemaVersion', [v]: '1' }
    ], [{ [k]: 'serviceManagers', [v]: JSON.stringify({ 'childrens-social-care': { id: 'sm', displayName: 'S M' }, bad: 3 }) }]);
    expect(good).toMatchObject({
      slaMode: 'working',
      suppressionThreshold: 5,
      schemaVersion: 1,
      serviceManagers: { 'childrens-social-care': { id: 'sm', displayName: 'S M' } }
    });
    const bad = fromConfigItems([
      { [k]: 'slaMode', [v]: 'not json' },
      { [k]: 'suppressionThreshold', [v]: '0' }
    ]);
    expect(bad).toMatchObject({ slaMode: 'calendar', suppressionThreshold: 3, serviceManagers: {} });
  });

  it('R20, R23, issue 18: retention, the quarter and the relay are read like every other setting; a value the settings view would refuse is never used', () => {
    const k = ConfigList.fields.key.internalName;
    const v = ConfigList.fields.value.internalName;
    const set = fromConfigItems([
      { [k]: 'retentionYears', [v]: '8' },
      { [k]: 'quarterStartMonth', [v]: '1' },
      { [k]: 'relayAddress', [v]: '"https://relay.leics.example/api/submit"' },
      { [k]: 'suppressionThreshold', [v]: '4' }
    ]);
    expect(set).toMatchObject({ retentionYears: 8, quarterStartMonth: 1, relayAddress: 'https://relay.leics.example/api/submit', suppressionThreshold: 4 });
    const absent = fromConfigItems([]);
    expect(absent).toMatchObject({ retentionYears: 6, quarterStartMonth: 4, suppressionThreshold: 3 });
    expect(absent.relayAddress).toBeUndefined();
    const refused = fromConfigItems([
      { [k]: 'retentionYears', [v]: '0' },
      { [k]: 'quarterStartMonth', [v]: '13' },
      { [k]: 'relayAddress', [v]: '"http://relay.leics.example"' },
      // R20: never lower than three, whoever typed it into the list.
      { [k]: 'suppressionThreshold', [v]: '2' }
    ]);
    expect(refused).toMatchObject({ retentionYears: 6, quarterStartMonth: 4, suppressionThreshold: 3 });
    expect(refused.relayAddress).toBeUndefined();
  });

  it('R14 and the independence rule: the HoS Safeguarding and the triage team are read from their settings, malformed entries dropped', () => {
    const k = ConfigList.fields.key.internalName;
    const v = ConfigList.fields.value.internalName;
    const member = {
      id: 'i:0#.f|membership|rachel.rc@leics.example',
      displayName: 'Rachel Race Champion',
      route: 'RaceChampionLead',
      serviceAreaIds: ['childrens-social-care'],
      managementLineTeamIds: ['csc-first-response'],
      managementLineNames: ['Dana Director']
    };
    const triageItems = [
      { [k]: 'triageTeam', [v]: JSON.stringify([member, { id: 'no-route', displayName: 'X' }, { ...member, id: 'ap', route: 'AP', serviceAreaIds: 'not a list' }]) },
      { [k]: 'hosSafeguarding', [v]: JSON.stringify([{ id: 'hos', displayName: 'Hana HoS' }, 'nonsense']) }
    ];
    const config = fromConfigItems([], triageItems);
    expect(config.triageTeam).toEqual([member, { ...member, id: 'ap', route: 'AP', serviceAreaIds: [] }]);
    expect(config.hosSafeguarding).toEqual([{ id: 'hos', displayName: 'Hana HoS' }]);
    // Missing settings: nobody is warned and nobody follows up, rather than a broken board.
    expect(fromConfigItems([])).toMatchObject({ triageTeam: [], hosSafeguarding: [] });
    expect(fromConfigItems([], [{ [k]: 'triageTeam', [v]: '{"not":"a list"}' }]).triageTeam).toEqual([]);
    // Issue 14 defect 4: a triage key is read only from the triage-only list, never from the config staff read.
    expect(fromConfigItems(triageItems, [])).toMatchObject({ triageTeam: [], hosSafeguarding: [] });
  });
});

describe('toStoredValue (telling our own write from someone else’s after a 412)', () => {
  it('treats dates to the second, arrays in any order and blanks as equal', () => {
    expect(toStoredValue('2025-06-02T09:30:00.123Z')).toBe(toStoredValue('2025-06-02T09:30:00Z'));
    expect(toStoredValue(['b', 'a'])).toBe(toStoredValue({ results: ['a', 'b'] }));
    expect(toStoredValue(null)).toBe(toStoredValue(''));
    expect(toStoredValue('Red')).not.toBe(toStoredValue('Amber'));
  });
});
