import {
  ALERT_LIMITS,
  DISCUSSION_LIMITS,
  NETWORK_THEME_LIMITS,
  SUMMARY_LIMITS,
  TEXT_LINE_MAX,
  THEME_REPORT_LIMITS
} from '../../src/domain/limits';
import {
  CASE_EVENT_KINDS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  COMPLETED_BY,
  CONSENT_MODES,
  CONSENT_STATUSES,
  CONTACT_METHODS,
  EQUALITY_NETWORKS,
  ESCALATION_KINDS,
  MANAGER_SUMMARY_KINDS,
  PAGE_CONTEXTS,
  PUBLIC_STATUSES,
  RAGS,
  ROUTES,
  SUPPORT_ENTRY_KINDS,
  THEME_SOURCES
} from '../../src/domain/types';
import type {
  CaseEventKind,
  CaseOutcome,
  CaseStatus,
  CompletedBy,
  ConsentMode,
  ConsentStatus,
  ContactMethod,
  EqualityNetwork,
  EscalationKind,
  ManagerSummaryKind,
  PageContext,
  PublicStatus,
  Rag,
  Route,
  SupportEntryKind,
  Theme
} from '../../src/domain/types';
import { supportDirectory, themeIds } from '../../src/referenceData';
import {
  ALL_LISTS,
  AlertsList,
  ANSWERS,
  CasesList,
  CONFIG_KEYS,
  CUSTOM_PERMISSION_LEVELS,
  DiscussionsList,
  effectiveAccess,
  EffectiveAccess,
  FieldDefinition,
  fieldsOf,
  GROUPS,
  INTERNAL_NAME_MAX,
  INTERNAL_NAME_PATTERN,
  isReservedInternalName,
  ITEM_SHARING,
  LIST_KEYS,
  levelHas,
  listRoleAssignments,
  ListKey,
  LISTS,
  ManagerSummariesList,
  NetworkThemesList,
  PERMISSION_LEVEL_NAMES,
  PERMISSION_LEVELS,
  PERMISSIONS,
  Principal,
  PRINCIPAL_DEFINITIONS,
  PRINCIPALS,
  refusesUniqueColumns,
  RETIRED_PERMISSION_LEVELS,
  SupportDirectoryList,
  TRIAGE_SETTING_KEYS,
  ThemeReportsList
} from '../../src/schema';

// Compile-time: each const array holds every member of its union (tsc fails here if one is missing).
type Exhaustive<Union, Listed> = [Exclude<Union, Listed>] extends [never] ? true : false;
const EXHAUSTIVE: true[] = [
  true as Exhaustive<Route, (typeof ROUTES)[number]>,
  true as Exhaustive<Rag, (typeof RAGS)[number]>,
  true as Exhaustive<PageContext, (typeof PAGE_CONTEXTS)[number]>,
  true as Exhaustive<EqualityNetwork, (typeof EQUALITY_NETWORKS)[number]>,
  true as Exhaustive<Theme['source'], (typeof THEME_SOURCES)[number]>,
  true as Exhaustive<SupportEntryKind, (typeof SUPPORT_ENTRY_KINDS)[number]>,
  true as Exhaustive<CompletedBy, (typeof COMPLETED_BY)[number]>,
  true as Exhaustive<ConsentMode, (typeof CONSENT_MODES)[number]>,
  true as Exhaustive<ConsentStatus, (typeof CONSENT_STATUSES)[number]>,
  true as Exhaustive<CaseStatus, (typeof CASE_STATUSES)[number]>,
  true as Exhaustive<PublicStatus, (typeof PUBLIC_STATUSES)[number]>,
  true as Exhaustive<ContactMethod, (typeof CONTACT_METHODS)[number]>,
  true as Exhaustive<EscalationKind, (typeof ESCALATION_KINDS)[number]>,
  true as Exhaustive<CaseOutcome, (typeof CASE_OUTCOMES)[number]>,
  true as Exhaustive<CaseEventKind, (typeof CASE_EVENT_KINDS)[number]>,
  true as Exhaustive<ManagerSummaryKind, (typeof MANAGER_SUMMARY_KINDS)[number]>
];

function field(listKey: ListKey, internalName: string): FieldDefinition {
  const found = fieldsOf(LISTS[listKey]).find((f) => f.internalName === internalName);
  if (found === undefined) {
    throw new Error(`${listKey} has no field ${internalName}`);
  }
  return found;
}

function choicesOf(listKey: ListKey, internalName: string): readonly string[] {
  const f = field(listKey, internalName);
  if (f.type !== 'Choice' && f.type !== 'MultiChoice') {
    throw new Error(`${listKey}.${internalName} is not a choice field`);
  }
  return f.choices;
}

function maxLengthOf(listKey: ListKey, internalName: string): number {
  const f = field(listKey, internalName);
  if (f.type !== 'Text' && f.type !== 'Note') {
    throw new Error(`${listKey}.${internalName} has no max length`);
  }
  return f.maxLength;
}

const RESTRICTED: readonly ListKey[] = [
  'alerts',
  'consentConfirmations',
  'cases',
  'discussions',
  'managerSummaries',
  'caseEvents',
  'themeReports',
  'publishedThemes',
  'networkThemes',
  'triageSettings',
  'boardState',
  'retentionLog',
  'settingsLog',
  'conversations'
];

describe('lists (ARCHITECTURE.md "Lists and who may do what")', () => {
  it('R4, R21, R23, issue 18: defines the lists of ARCHITECTURE.md, the R4 confirmations, the retention log, the settings log and the organisation, with unique titles and urls', () => {
    expect(ALL_LISTS.map((l) => l.title)).toEqual([
      'WellbeingAlerts',
      'WellbeingConsentConfirmations',
      'WellbeingCases',
      'WellbeingDiscussions',
      'WellbeingManagerSummaries',
      'WellbeingCaseEvents',
      'WellbeingThemeReports',
      'WellbeingPublishedThemes',
      'WellbeingNetworkThemes',
      'WellbeingSupportDirectory',
      'WellbeingOrganisation',
      'WellbeingConfig',
      'WellbeingTriageSettings',
      'WellbeingBoardState',
      'WellbeingRetentionLog',
      'WellbeingSettingsLog',
      'WellbeingConversations'
    ]);
    expect(new Set(ALL_LISTS.map((l) => l.url)).size).toBe(ALL_LISTS.length);
    for (const list of ALL_LISTS) {
      expect(list.url).toBe(`Lists/${list.title}`);
      expect(LISTS[list.key]).toBe(list);
      expect(list.description.length).toBeLessThanOrEqual(255);
    }
  });

  it('R21, R22: every restricted list is noCrawl, has inheritance broken without copying, versioning on and no attachments', () => {
    expect(ALL_LISTS.filter((l) => l.restricted).map((l) => l.key)).toEqual(RESTRICTED);
    for (const list of ALL_LISTS) {
      if (list.restricted) {
        expect(list.noCrawl).toBe(true);
      }
      expect(list.breakInheritance).toEqual({ copyRoleAssignments: false, clearSubscopes: true });
      expect(list.versioning.enableVersioning).toBe(true);
      expect(list.enableAttachments).toBe(false);
    }
  });

  it("R21: WellbeingAlerts has ReadSecurity 2 and WriteSecurity 2 (staff never see other people's alerts)", () => {
    expect(AlertsList.readSecurity).toBe(2);
    expect(AlertsList.writeSecurity).toBe(2);
  });

  it('R19: WellbeingNetworkThemes has ReadSecurity 2 (network reps read their own only); other lists read all', () => {
    expect(NetworkThemesList.readSecurity).toBe(2);
    expect(ALL_LISTS.filter((l) => l.readSecurity === 2).map((l) => l.key)).toEqual(['alerts', 'consentConfirmations', 'networkThemes']);
  });
});

describe('fields', () => {
  it.each(LIST_KEYS.map((k) => [k]))('R3: %s: internal names are unique, PascalCase, at most 32 characters and not reserved', (key) => {
    const names = fieldsOf(LISTS[key]).map((f) => f.internalName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const f of fieldsOf(LISTS[key])) {
      expect(f.internalName).toMatch(INTERNAL_NAME_PATTERN);
      expect(f.internalName.length).toBeLessThanOrEqual(INTERNAL_NAME_MAX);
      if (f.builtIn === true) {
        // Title is relabelled on every list; Author (Created By) is indexed on WellbeingAlerts for "my alerts" (R21).
        expect(['Title', 'Author']).toContain(f.internalName);
      } else {
        expect(isReservedInternalName(f.internalName)).toBe(false);
      }
      expect(f.displayName.trim()).not.toBe('');
      expect(f.description.trim()).not.toBe('');
    }
  });

  it('R3: reserved names are refused whatever their case', () => {
    expect(isReservedInternalName('Title')).toBe(true);
    expect(isReservedInternalName('author')).toBe(true);
    expect(isReservedInternalName('ConcernDetails')).toBe(false);
  });

  it('R3: Text columns hold at most 255 characters and every Note column has a max length', () => {
    for (const list of ALL_LISTS) {
      for (const f of fieldsOf(list)) {
        if (f.type === 'Text') {
          expect(f.maxLength).toBeGreaterThan(0);
          expect(f.maxLength).toBeLessThanOrEqual(TEXT_LINE_MAX);
        }
        if (f.type === 'Note') {
          expect(f.maxLength).toBeGreaterThan(0);
          expect(f.richText).toBe(false);
        }
      }
    }
  });

  it('R3, R5: the alert form fields (appendix 1) exist with the validation limits of domain/limits.ts', () => {
    expect(maxLengthOf('alerts', 'WorkerName')).toBe(ALERT_LIMITS.workerName);
    expect(maxLengthOf('alerts', 'WorkerRole')).toBe(ALERT_LIMITS.role);
    expect(maxLengthOf('alerts', 'TeamName')).toBe(ALERT_LIMITS.team);
    expect(maxLengthOf('alerts', 'ManagerResponse')).toBe(ALERT_LIMITS.managerResponse);
    expect(maxLengthOf('alerts', 'ConcernDetails')).toBe(ALERT_LIMITS.details);
    expect(maxLengthOf('alerts', 'ActionTaken')).toBe(ALERT_LIMITS.actionTaken);
    expect(maxLengthOf('alerts', 'WhatNeedsToHappen')).toBe(ALERT_LIMITS.whatNeedsToHappen);
    expect(maxLengthOf('alerts', 'NextPersonInLine')).toBe(ALERT_LIMITS.nextPersonInLine);
    expect(field('alerts', 'AlertDate').type).toBe('DateTime');
    expect(field('alerts', 'ServiceAreaId').required).toBe(true);
    expect(field('alerts', 'ConcernDetails').required).toBe(true);
    expect(field('alerts', 'WorkerName').required).toBe(false);
  });

  it('R12: the brief record (appendix 2) carries the alert fields and its own limits', () => {
    expect(maxLengthOf('discussions', 'ConcernDetails')).toBe(ALERT_LIMITS.details);
    expect(maxLengthOf('discussions', 'ActionTaken')).toBe(ALERT_LIMITS.actionTaken);
    expect(maxLengthOf('discussions', 'WhatNeedsToHappen')).toBe(ALERT_LIMITS.whatNeedsToHappen);
    expect(maxLengthOf('discussions', 'DiscussionSummary')).toBe(DISCUSSION_LIMITS.summary);
    expect(maxLengthOf('discussions', 'AgreedActions')).toBe(DISCUSSION_LIMITS.agreedActions);
    expect(DiscussionsList.fields.summary.required).toBe(true);
  });

  it('R14: the Red summary (appendix 3) carries its limits, recipients and the HoS follow-up', () => {
    expect(maxLengthOf('managerSummaries', 'ConcernsAndActionsNeeded')).toBe(SUMMARY_LIMITS.concernsAndActionsNeeded);
    expect(maxLengthOf('managerSummaries', 'ActionsAgreed')).toBe(SUMMARY_LIMITS.actionsAgreed);
    expect(maxLengthOf('managerSummaries', 'HosFollowUpOutcome')).toBe(SUMMARY_LIMITS.followUpOutcome);
    expect(ManagerSummariesList.fields.serviceAreaId.required).toBe(true);
    for (const name of ['LineManager', 'ServiceManager']) {
      expect(field('managerSummaries', name).type).toBe('User');
    }
    for (const name of ['SharedAt', 'HosFollowUpDue', 'HosFollowUpDoneAt']) {
      expect(field('managerSummaries', name).type).toBe('DateTime');
    }
  });

  it('R18, R19, R20: theme report and network theme limits come from domain/limits.ts', () => {
    expect(maxLengthOf('themeReports', 'Commentary')).toBe(THEME_REPORT_LIMITS.commentary);
    expect(maxLengthOf('networkThemes', 'NetworkNote')).toBe(NETWORK_THEME_LIMITS.note);
    expect(ThemeReportsList.fields.suppressionThreshold.type).toBe('Integer');
  });

  it('R3: every choice column has a non-empty list of unique choices', () => {
    for (const list of ALL_LISTS) {
      for (const f of fieldsOf(list)) {
        if (f.type === 'Choice' || f.type === 'MultiChoice') {
          expect(f.choices.length).toBeGreaterThan(0);
          expect(new Set(f.choices).size).toBe(f.choices.length);
          if (f.defaultValue !== undefined) {
            expect(f.choices).toContain(f.defaultValue);
          }
        }
      }
    }
  });

  it('R4, R6, R13: the const arrays in types.ts cover their unions exactly', () => {
    expect(EXHAUSTIVE.every((x) => x)).toBe(true);
  });

  it('R4, R6, R10-R17: choice columns equal the domain unions', () => {
    expect(choicesOf('alerts', 'Route')).toEqual(ROUTES);
    expect(choicesOf('cases', 'Route')).toEqual(ROUTES);
    expect(choicesOf('alerts', 'CompletedBy')).toEqual(COMPLETED_BY);
    expect(choicesOf('alerts', 'ConsentMode')).toEqual(CONSENT_MODES);
    expect(choicesOf('alerts', 'ConsentStatus')).toEqual(CONSENT_STATUSES);
    expect(choicesOf('cases', 'ConsentStatus')).toEqual(CONSENT_STATUSES);
    expect(choicesOf('alerts', 'PublicStatus')).toEqual(PUBLIC_STATUSES);
    expect(choicesOf('alerts', 'ProtectedCharacteristicNetworks')).toEqual(EQUALITY_NETWORKS);
    expect(choicesOf('cases', 'CaseStatus')).toEqual(CASE_STATUSES);
    expect(choicesOf('cases', 'Rag')).toEqual(RAGS);
    expect(choicesOf('cases', 'ContactMethod')).toEqual(CONTACT_METHODS);
    expect(choicesOf('cases', 'Escalations')).toEqual(ESCALATION_KINDS);
    expect(choicesOf('cases', 'Outcome')).toEqual(CASE_OUTCOMES);
    expect(choicesOf('caseEvents', 'EventKind')).toEqual(CASE_EVENT_KINDS);
    expect(choicesOf('caseEvents', 'EscalationKind')).toEqual(ESCALATION_KINDS);
    expect(choicesOf('managerSummaries', 'SummaryKind')).toEqual(MANAGER_SUMMARY_KINDS);
    expect(choicesOf('networkThemes', 'Network')).toEqual(EQUALITY_NETWORKS);
    expect(choicesOf('supportDirectory', 'EntryKind')).toEqual(SUPPORT_ENTRY_KINDS);
    expect(choicesOf('supportDirectory', 'PageContexts')).toEqual(PAGE_CONTEXTS);
    expect(choicesOf('alerts', 'RaisedWithManager')).toEqual(ANSWERS);
  });

  it('Issue 18: no column of a service area, team or office base is a choice column (a restructure needs no rebuild)', () => {
    const keyColumns: [ListKey, string][] = [
      ...(['alerts', 'cases', 'discussions', 'managerSummaries', 'networkThemes'] as const).map((l): [ListKey, string] => [l, 'ServiceAreaId']),
      ['alerts', 'TeamId'],
      ['cases', 'TeamId'],
      ['alerts', 'LocationId'],
      ['cases', 'LocationId']
    ];
    for (const [key, name] of keyColumns) {
      const field = fieldsOf(LISTS[key]).find((f) => f.internalName === name);
      expect(`${key}.${name}: ${field?.type} ${field?.type === 'Text' ? field.maxLength : ''}`).toBe(`${key}.${name}: Text 255`);
    }
    const organisation = LISTS.organisation;
    expect(organisation.fields.key).toMatchObject({ internalName: 'OrgKey', type: 'Text', unique: true, indexed: true, required: true });
    expect(choicesOf('organisation', 'OrgKind')).toEqual(['serviceArea', 'team', 'office']);
    expect(choicesOf('organisation', 'AreaRoute')).toEqual(['PSW', 'AP']);
  });

  it('Issue 18: every employee reads WellbeingOrganisation; only the site owners change it', () => {
    for (const principal of PRINCIPALS) {
      const access = effectiveAccess('organisation', principal);
      expect(`${principal}: ${access.read}`).toBe(`${principal}: all`);
      const writes = access.add || access.edit !== 'none' || access.delete !== 'none';
      expect(`${principal} writes: ${writes}`).toBe(`${principal} writes: ${principal === 'siteOwner'}`);
    }
  });

  it('R12, R19: theme columns offer exactly the reference data ids', () => {
    expect(choicesOf('cases', 'ThemeIds')).toEqual(themeIds);
    expect(choicesOf('networkThemes', 'ThemeId')).toEqual(themeIds);
  });

  it('R10, R18: every filtered column is indexed, and no multi-value column is indexed (SharePoint cannot index them)', () => {
    for (const list of ALL_LISTS) {
      expect(list.filteredBy.length).toBeGreaterThan(0);
      for (const key of list.filteredBy) {
        expect(list.fields[key]).toBeDefined();
        expect(`${list.key}.${key}: ${list.fields[key].indexed}`).toBe(`${list.key}.${key}: true`);
      }
      for (const f of fieldsOf(list)) {
        if (f.type === 'MultiChoice' || f.type === 'UserMulti') {
          expect(f.indexed).toBe(false);
        }
        if (f.unique === true) {
          expect(f.indexed).toBe(true);
        }
      }
      // SharePoint allows at most 20 indexed columns per list.
      expect(fieldsOf(list).filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
    }
  });

  // SharePoint refuses EnforceUniqueValues on a list with item-level security (ReadSecurity/WriteSecurity not 1)
  // or whose items get their own permissions, and refuses breaking an item's inheritance on a list with one
  // (emulator/README.md gives the reported responses). A unique column there would fail provisioning on a real site.
  it.each(LIST_KEYS.map((k) => [k]))('R21: %s: no unique column where SharePoint refuses one (item-level security or item permissions)', (key) => {
    const uniques = fieldsOf(LISTS[key])
      .filter((f) => f.unique === true)
      .map((f) => f.internalName);
    if (refusesUniqueColumns(key)) {
      expect(`${key}: ${uniques.join(', ')}`).toBe(`${key}: `);
    }
    const itemSecurity = LISTS[key].readSecurity !== 1 || LISTS[key].writeSecurity !== 1 || ITEM_SHARING.list === key;
    expect(refusesUniqueColumns(key)).toBe(itemSecurity);
  });

  it('R3, R14, R21: the lists SharePoint limits are the alerts (own items), the network themes (own items) and the summaries (item permissions); the cases keep AlertId unique', () => {
    expect(LIST_KEYS.filter((key) => refusesUniqueColumns(key))).toEqual(['alerts', 'consentConfirmations', 'managerSummaries', 'networkThemes']);
    expect(AlertsList.fields.idempotencyKey.unique).toBeUndefined();
    expect(AlertsList.fields.reference.unique).toBeUndefined();
    expect(CasesList.fields.alertId.unique).toBe(true);
  });

  it('R10, R17, R18: the columns the board and the report filter on are indexed', () => {
    expect(AlertsList.fields.idempotencyKey.indexed).toBe(true);
    expect(AlertsList.fields.route.indexed).toBe(true);
    expect(AlertsList.fields.publicStatus.indexed).toBe(true);
    for (const key of ['alertId', 'reference', 'status', 'route', 'owner', 'rag', 'firstContactDue'] as const) {
      expect(CasesList.fields[key].indexed).toBe(true);
    }
    expect(CasesList.fields.alertId.unique).toBe(true);
    expect(LISTS.caseEvents.fields.caseId.indexed).toBe(true);
    expect(ThemeReportsList.fields.quarterId.indexed).toBe(true);
  });

  it('support directory columns can hold every reference entry (R1)', () => {
    const { fields } = SupportDirectoryList;
    for (const entry of supportDirectory) {
      expect(entry.title.length).toBeLessThanOrEqual(fields.title.maxLength);
      expect(entry.description.length).toBeLessThanOrEqual(fields.description.maxLength);
      expect((entry.url ?? '').length).toBeLessThanOrEqual(fields.url.maxLength);
      expect((entry.note ?? '').length).toBeLessThanOrEqual(fields.note.maxLength);
      expect((entry.hours ?? '').length).toBeLessThanOrEqual(fields.hours.maxLength);
    }
  });

  it('R10, R20: config keys include the schema version, SLA mode (R10) and suppression threshold (R20)', () => {
    expect(CONFIG_KEYS).toEqual(expect.arrayContaining(['schemaVersion', 'slaMode', 'suppressionThreshold']));
    expect(LISTS.config.fields.key.unique).toBe(true);
  });

  it('issue 14 defect 4: the triage team, the HoS and the service managers are triage-only settings, never in the list staff read', () => {
    expect([...TRIAGE_SETTING_KEYS].sort()).toEqual(['hosSafeguarding', 'serviceManagers', 'triageTeam']);
    for (const key of TRIAGE_SETTING_KEYS) {
      expect(CONFIG_KEYS as readonly string[]).not.toContain(key);
    }
    expect(LISTS.triageSettings.fields.key.unique).toBe(true);
    expect(effectiveAccess('triageSettings', 'staff').read).toBe('none');
    expect(PRINCIPALS.filter((p) => effectiveAccess('triageSettings', p).read !== 'none')).toEqual(['triage', 'hosSafeguarding', 'siteOwner']);
  });

  it('issue 18: only the site owners change settings or write the settings log; triage read all three', () => {
    for (const list of ['config', 'triageSettings', 'settingsLog'] as const) {
      const writers = PRINCIPALS.filter((p) => effectiveAccess(list, p).add || effectiveAccess(list, p).edit !== 'none');
      expect({ list, writers }).toEqual({ list, writers: ['siteOwner'] });
      expect(effectiveAccess(list, 'triage').read).toBe('all');
    }
    expect(effectiveAccess('settingsLog', 'staff').read).toBe('none');
    expect(CONFIG_KEYS).toEqual(expect.arrayContaining(['retentionYears', 'quarterStartMonth', 'relayAddress']));
  });
});

// ARCHITECTURE.md "Lists and who may do what", copied literally. Each cell is read through CELL_MEANING
// below, so a change to either the table or the schema fails here.
const ARCHITECTURE_TABLE = `
| list | staff (all employees) | triage group (PSW, APs, Race Champion leads) | HoS Safeguarding | named line / service manager | SMT | network reps |
|---|---|---|---|---|---|---|
| WellbeingAlerts (appendix 1) | add; read own only (ReadSecurity=2); never edit (no column of an alert is trusted) | read and edit all (a level with Override List Behaviors, the CancelCheckout base permission) | - | - | - | - |
| WellbeingConsentConfirmations (R4: the worker's own confirmation) | add; read own | read | - | - | - | - |
| WellbeingCases (status, owner, SLA, RAG, follow-up) | - | read, edit | - | - | - | - |
| WellbeingDiscussions (appendix 2) | - | read, edit | - | - | - | - |
| WellbeingManagerSummaries (appendix 3 Red summaries; anonymous referrals) | - | read, edit, share an item | read; edit follow-up | read the items shared with them (unique item permissions) | - | - |
| WellbeingCaseEvents (audit: status, RAG, sharing, when; who = the item's Author, set by SharePoint) | - | add and read only: no edit, no delete; versioning on, so any edit by a site owner shows | - | - | - | - |
| WellbeingThemeReports (every published version of each quarter) | - | read, add, edit | - | - | - | - |
| WellbeingPublishedThemes (the latest version of each quarter) | - | read, add, edit | read the latest version | - | read the latest version | read the latest version |
| WellbeingNetworkThemes (themes, never names) | - | read | - | - | - | add; read own |
| WellbeingSupportDirectory (signposting entries) | read | read | read | read | read | read |
| WellbeingOrganisation (issue 18: service areas with their route, teams, office bases; the site owners edit) | read | read | read | read | read | read |
| WellbeingConfig (what the raise form and themes need: SLA mode, suppression threshold, quarter start; issue 18: only the site owners change it) | read | read | read | read | read | read |
| WellbeingTriageSettings (triage team with routes and management lines, HoS, service managers; issue 18: only the site owners change it) | - | read | read | - | - | - |
| WellbeingBoardState (issue 14, H07: the alert watermark the board moves) | - | read, edit | - | - | - | - |
| WellbeingRetentionLog (R23: count and date of deletions only; the site owners write it) | - | read | - | - | - | - |
| WellbeingSettingsLog (issue 18: each settings change; who and when are SharePoint's Author and Created; the site owners write it) | - | read | - | - | - | - |
| WellbeingConversations (issue 16: anonymous raisers by follow-up code, through the relay's app grant; code hashes only) | - | add and read only: triage answer as themselves, no edit, no delete | - | - | - | - |
`;

const TABLE_COLUMNS: readonly Principal[] = ['staff', 'triage', 'hosSafeguarding', 'namedManager', 'smt', 'networkRep'];

const NONE = { read: 'none', add: false, edit: 'none', delete: 'none', share: false } as const;
// "edit" for triage includes creating items: triage opens cases, writes records and summaries.
const CELL_MEANING: Readonly<Record<string, EffectiveAccess>> = {
  '-': NONE,
  // Issue 14 defect 1: staff add and read their own alerts and never edit them.
  'add; read own only (ReadSecurity=2); never edit (no column of an alert is trusted)': { ...NONE, read: 'own', add: true },
  'read and edit all (a level with Override List Behaviors, the CancelCheckout base permission)': { ...NONE, read: 'all', add: true, edit: 'all' },
  'read, edit': { ...NONE, read: 'all', add: true, edit: 'all' },
  'read, edit, share an item': { ...NONE, read: 'all', add: true, edit: 'all', share: true },
  // The HoS edits existing summaries only; the store limits it to the follow-up columns.
  'read; edit follow-up': { ...NONE, read: 'all', edit: 'all' },
  'read the items shared with them (unique item permissions)': { ...NONE, read: 'shared' },
  // Issue 14 defect 6: the same cell, saying how the trail shows who did what and any owner's edit.
  'add and read only: no edit, no delete; versioning on, so any edit by a site owner shows': { ...NONE, read: 'all', add: true },
  'read, add, edit': { ...NONE, read: 'all', add: true, edit: 'all' },
  read: { ...NONE, read: 'all' },
  // Items as they are now; the level without ViewVersions is checked in 'R20 (issue 14 #5)' above.
  'read the latest version': { ...NONE, read: 'all' },
  'add; read own': { ...NONE, read: 'own', add: true },
  // Issue 16: a message once sent stays as sent, on both sides.
  'add and read only: triage answer as themselves, no edit, no delete': { ...NONE, read: 'all', add: true }
};

const tableRows: { list: ListKey; cells: string[] }[] = ARCHITECTURE_TABLE.trim()
  .split('\n')
  .slice(2)
  .map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const title = cells[0].split(' ')[0];
    const list = ALL_LISTS.find((l) => l.title === title);
    if (list === undefined) {
      throw new Error(`no list titled ${title}`);
    }
    return { list: list.key, cells: cells.slice(1) };
  });

describe('permissions (ARCHITECTURE.md table, cell by cell)', () => {
  it('R21: the table names every list once', () => {
    expect(tableRows.map((r) => r.list)).toEqual([...LIST_KEYS]);
  });

  const cases: [ListKey, Principal, string][] = tableRows.flatMap((row) =>
    row.cells.map((cell, i): [ListKey, Principal, string] => [row.list, TABLE_COLUMNS[i], cell])
  );

  it.each(cases)('R21: %s / %s = "%s"', (list, principal, cell) => {
    const expected = CELL_MEANING[cell];
    expect(expected).toBeDefined();
    expect(effectiveAccess(list, principal)).toEqual(expected);
  });

  it('R17: site owners hold Full Control on every list and are the only ones who can delete anything', () => {
    for (const list of LIST_KEYS) {
      expect(effectiveAccess(list, 'siteOwner')).toEqual({ read: 'all', add: true, edit: 'all', delete: 'all', share: true });
      for (const principal of PRINCIPALS.filter((p) => p !== 'siteOwner')) {
        expect(effectiveAccess(list, principal).delete).toBe('none');
      }
    }
  });

  it('R20 (issue 14 #5): only triage and the site owners reach every published version; the readers of the latest have no ViewVersions', () => {
    for (const principal of PRINCIPALS) {
      const grant = PERMISSIONS.themeReports[principal];
      expect({ principal, history: grant !== undefined }).toEqual({ principal, history: principal === 'triage' || principal === 'siteOwner' });
    }
    for (const principal of ['smt', 'networkRep', 'hosSafeguarding'] as const) {
      const level = PERMISSIONS.publishedThemes[principal]?.level ?? 'Full Control';
      expect({ principal, level, viewVersions: levelHas(level, 'ViewVersions') }).toEqual({ principal, level: 'Wellbeing Read Latest', viewVersions: false });
      expect(effectiveAccess('publishedThemes', principal).read).toBe('all');
    }
    // one item per quarter: the readers' copy is rewritten, so its quarter id is unique
    expect(LISTS.publishedThemes.fields.quarterId.unique).toBe(true);
  });

  it('R17: WellbeingCaseEvents grants nobody but site owners edit or delete', () => {
    for (const principal of PRINCIPALS) {
      const access = effectiveAccess('caseEvents', principal);
      if (principal === 'siteOwner') {
        continue;
      }
      expect(access.edit).toBe('none');
      expect(access.delete).toBe('none');
    }
    expect(PERMISSION_LEVELS[PERMISSIONS.caseEvents.triage?.level ?? 'Full Control'].basePermissions).not.toContain('EditListItems');
  });

  it('R21: SMT reads only WellbeingPublishedThemes, WellbeingSupportDirectory, WellbeingOrganisation and WellbeingConfig, and writes nothing', () => {
    const readable = LIST_KEYS.filter((list) => effectiveAccess(list, 'smt').read !== 'none');
    expect(readable).toEqual(['publishedThemes', 'supportDirectory', 'organisation', 'config']);
    for (const list of LIST_KEYS) {
      const access = effectiveAccess(list, 'smt');
      expect(access.add || access.edit !== 'none' || access.share).toBe(false);
    }
  });

  it('R14, R21: named managers reach only WellbeingManagerSummaries, and only items shared with them', () => {
    const records = LIST_KEYS.filter((l) => l !== 'supportDirectory' && l !== 'organisation' && l !== 'config');
    expect(records.filter((list) => effectiveAccess(list, 'namedManager').read !== 'none')).toEqual(['managerSummaries']);
    expect(PERMISSIONS.managerSummaries.namedManager?.via).toBe('itemSharing');
    expect(ITEM_SHARING).toMatchObject({ list: 'managerSummaries', principal: 'namedManager', copyRoleAssignments: true });
    expect(listRoleAssignments('managerSummaries').map((a) => a.principal)).not.toContain('namedManager');
  });

  it('R4, R21: staff reach records only through WellbeingAlerts and their own consent confirmations, and only their own', () => {
    expect(RESTRICTED.filter((list) => effectiveAccess(list, 'staff').read !== 'none')).toEqual(['alerts', 'consentConfirmations']);
    expect(effectiveAccess('alerts', 'staff').read).toBe('own');
    expect(effectiveAccess('consentConfirmations', 'staff')).toEqual({ read: 'own', add: true, edit: 'none', delete: 'none', share: false });
    expect(effectiveAccess('consentConfirmations', 'triage')).toEqual({ read: 'all', add: false, edit: 'none', delete: 'none', share: false });
  });

  it('R21: triage reads every alert through Override List Behaviors (CancelCheckout)', () => {
    const level = PERMISSIONS.alerts.triage?.level;
    expect(level).toBe('Wellbeing Triage Edit');
    expect(PERMISSION_LEVELS['Wellbeing Triage Edit'].basePermissions).toContain('CancelCheckout');
    expect(PERMISSION_LEVELS['Wellbeing Read All'].basePermissions).toContain('CancelCheckout');
    expect(PERMISSION_LEVELS['Wellbeing Add and Read'].basePermissions).not.toContain('CancelCheckout');
  });

  it('R4, issue 14: staff hold no edit right on alerts, and the level that gave it is retired', () => {
    expect(PERMISSIONS.alerts.staff?.level).toBe('Wellbeing Add and Read');
    expect(levelHas('Wellbeing Add and Read', 'EditListItems')).toBe(false);
    expect(effectiveAccess('alerts', 'staff').edit).toBe('none');
    expect(RETIRED_PERMISSION_LEVELS).toContain('Wellbeing Raise');
    expect((PERMISSION_LEVEL_NAMES as readonly string[]).indexOf('Wellbeing Raise')).toBe(-1);
  });

  it('R22: no custom permission level lets anyone set up email alerts, delete, or manage lists', () => {
    for (const level of CUSTOM_PERMISSION_LEVELS) {
      for (const forbidden of ['CreateAlerts', 'DeleteListItems', 'DeleteVersions', 'ManageLists', 'FullMask'] as const) {
        expect(level.basePermissions).not.toContain(forbidden);
      }
      for (const needed of ['ViewListItems', 'Open', 'ViewPages', 'UseRemoteAPIs'] as const) {
        expect(level.basePermissions).toContain(needed);
      }
    }
    expect(CUSTOM_PERMISSION_LEVELS.map((l) => l.name)).toContain('Wellbeing Add and Read');
    expect(PERMISSION_LEVELS['Wellbeing Add and Read'].basePermissions).not.toContain('EditListItems');
  });

  it('R21: the four groups show their membership to members only', () => {
    expect(GROUPS.map((g) => g.title)).toEqual(['Wellbeing Triage', 'Wellbeing HoS Safeguarding', 'Wellbeing SMT', 'Wellbeing Network Reps']);
    for (const g of GROUPS) {
      expect(g.onlyAllowMembersViewMembership).toBe(true);
      expect(g.allowRequestToJoinLeave).toBe(false);
    }
    const staff = PRINCIPAL_DEFINITIONS.staff;
    expect(staff.kind === 'everyone' && staff.loginNameTemplate).toBe('c:0-.f|rolemanager|spo-grid-all-users/{tenantId}');
  });

  it('R21: every grant uses a defined permission level, and role assignments exist only for list grants', () => {
    for (const list of LIST_KEYS) {
      for (const principal of PRINCIPALS) {
        const grant = PERMISSIONS[list][principal];
        if (grant !== undefined) {
          expect(PERMISSION_LEVELS[grant.level]).toBeDefined();
        }
      }
      for (const assignment of listRoleAssignments(list)) {
        expect(PERMISSIONS[list][assignment.principal]?.via).toBe('list');
        expect(assignment.principal).not.toBe('namedManager');
      }
    }
  });
});
