// Groups, permission levels and the permission table of ARCHITECTURE.md "Lists and who may do what", as
// data. The provisioner applies it; the emulator enforces it; tests check it cell by cell.

import { LIST_KEYS, LISTS, ListKey } from './lists';

/**
 * SharePoint base permissions by their API names (PnPjs / CSOM `PermissionKind`). The browser labels
 * `CancelCheckout` "Override List Behaviors": it lets a user read and edit every item of a list whose
 * ReadSecurity/WriteSecurity restricts others to their own items.
 */
export const BASE_PERMISSIONS = [
  'ViewListItems',
  'AddListItems',
  'EditListItems',
  'DeleteListItems',
  'ApproveItems',
  'OpenItems',
  'ViewVersions',
  'DeleteVersions',
  'CancelCheckout',
  'ManagePersonalViews',
  'ManageLists',
  'ViewFormPages',
  'Open',
  'ViewPages',
  'BrowseUserInfo',
  'UseClientIntegration',
  'UseRemoteAPIs',
  'CreateAlerts',
  'ManagePermissions',
  'EnumeratePermissions',
  'FullMask'
] as const;
export type BasePermission = (typeof BASE_PERMISSIONS)[number];

/** The permission the browser calls "Override List Behaviors". */
export const OVERRIDE_LIST_BEHAVIORS: BasePermission = 'CancelCheckout';

export const PERMISSION_LEVEL_NAMES = [
  'Wellbeing Read',
  'Wellbeing Read Latest',
  'Wellbeing Read All',
  'Wellbeing Add and Read',
  'Wellbeing Edit',
  'Wellbeing Edit Existing',
  'Wellbeing Triage Edit',
  'Wellbeing Triage Share',
  'Full Control'
] as const;
export type PermissionLevelName = (typeof PERMISSION_LEVEL_NAMES)[number];

/**
 * Levels an earlier schema created and this one no longer uses. "Wellbeing Raise" let staff edit their own
 * alerts, and so forge the columns triage relied on (issue 14 defect 1): the provisioner removes its grants
 * (the permission table no longer has them) and then the level itself.
 */
export const RETIRED_PERMISSION_LEVELS: readonly string[] = ['Wellbeing Raise'];

export interface PermissionLevelDefinition {
  name: PermissionLevelName;
  description: string;
  /** Built into SharePoint: referenced, never created or changed. */
  builtIn: boolean;
  basePermissions: readonly BasePermission[];
}

// Enough to open the site and a list through the product's pages and REST. No CreateAlerts on any custom
// level: an email alert would carry item content out of the restricted lists (R22). No DeleteVersions and
// no ManagePersonalViews either.
const SITE_ACCESS: readonly BasePermission[] = ['Open', 'ViewPages', 'ViewFormPages', 'BrowseUserInfo', 'UseRemoteAPIs'];
const READ: readonly BasePermission[] = [...SITE_ACCESS, 'ViewListItems', 'OpenItems', 'ViewVersions'];
const EDIT: readonly BasePermission[] = [...READ, 'AddListItems', 'EditListItems'];

export const PERMISSION_LEVELS: Readonly<Record<PermissionLevelName, PermissionLevelDefinition>> = {
  'Wellbeing Read': {
    name: 'Wellbeing Read',
    description: 'Read items and their versions. No email alerts (R22).',
    builtIn: false,
    basePermissions: READ
  },
  'Wellbeing Read Latest': {
    name: 'Wellbeing Read Latest',
    description: 'Read items as they are now, never their earlier versions (no View Versions: R20, issue 14 #5). No email alerts.',
    builtIn: false,
    basePermissions: [...SITE_ACCESS, 'ViewListItems', 'OpenItems']
  },
  'Wellbeing Read All': {
    name: 'Wellbeing Read All',
    description: 'Read every item, including on lists where others see only their own (Override List Behaviors).',
    builtIn: false,
    basePermissions: [...READ, 'CancelCheckout']
  },
  'Wellbeing Add and Read': {
    name: 'Wellbeing Add and Read',
    description: 'Append only: add and read items; no edit, no delete (R17).',
    builtIn: false,
    basePermissions: [...SITE_ACCESS, 'ViewListItems', 'OpenItems', 'AddListItems']
  },
  'Wellbeing Edit': {
    name: 'Wellbeing Edit',
    description: 'Read, add and edit items. No delete: records are kept (R17).',
    builtIn: false,
    basePermissions: EDIT
  },
  'Wellbeing Edit Existing': {
    name: 'Wellbeing Edit Existing',
    description: 'Read and edit existing items; cannot add or delete.',
    builtIn: false,
    basePermissions: [...READ, 'EditListItems']
  },
  'Wellbeing Triage Edit': {
    name: 'Wellbeing Triage Edit',
    description: 'Read, add and edit every item, including on own-items-only lists (Override List Behaviors). No delete.',
    builtIn: false,
    basePermissions: [...EDIT, 'CancelCheckout']
  },
  'Wellbeing Triage Share': {
    name: 'Wellbeing Triage Share',
    description: 'Read, add and edit, and share an item with named managers (unique item permissions, R14). No delete.',
    builtIn: false,
    basePermissions: [...EDIT, 'ManagePermissions', 'EnumeratePermissions']
  },
  'Full Control': {
    name: 'Full Control',
    description: 'SharePoint built-in level, held only by the data site owners.',
    builtIn: true,
    basePermissions: ['FullMask']
  }
};

export function levelHas(level: PermissionLevelName, permission: BasePermission): boolean {
  const permissions = PERMISSION_LEVELS[level].basePermissions;
  return permissions.indexOf('FullMask') >= 0 || permissions.indexOf(permission) >= 0;
}

export const PRINCIPALS = [
  'staff',
  'triage',
  'hosSafeguarding',
  'namedManager',
  'smt',
  'networkRep',
  'siteOwner'
] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface GroupDefinition {
  title: string;
  description: string;
  /** Membership visible only to members. */
  onlyAllowMembersViewMembership: true;
  allowMembersEditMembership: false;
  allowRequestToJoinLeave: false;
  autoAcceptRequestToJoinLeave: false;
}

export type PrincipalDefinition =
  | {
      kind: 'everyone';
      title: string;
      description: string;
      /** The claim of "Everyone except external users"; `{tenantId}` is the tenant's id. */
      loginNameTemplate: string;
    }
  | { kind: 'group'; description: string; group: GroupDefinition }
  | { kind: 'itemUsers'; description: string }
  | { kind: 'siteOwners'; description: string };

function group(title: string, description: string): PrincipalDefinition {
  return {
    kind: 'group',
    description,
    group: {
      title,
      description,
      onlyAllowMembersViewMembership: true,
      allowMembersEditMembership: false,
      allowRequestToJoinLeave: false,
      autoAcceptRequestToJoinLeave: false
    }
  };
}

export const PRINCIPAL_DEFINITIONS: Readonly<Record<Principal, PrincipalDefinition>> = {
  staff: {
    kind: 'everyone',
    title: 'Everyone except external users',
    description: 'All employees.',
    loginNameTemplate: 'c:0-.f|rolemanager|spo-grid-all-users/{tenantId}'
  },
  triage: group('Wellbeing Triage', 'The independent people: the PSW, the Advanced Practitioners and the Race Champion leads.'),
  hosSafeguarding: group('Wellbeing HoS Safeguarding', 'The Head of Service for Safeguarding, who follows up Red summaries (R14).'),
  namedManager: {
    kind: 'itemUsers',
    description: 'The line manager and service manager named on a summary: granted on that item only (R14, R21).'
  },
  smt: group('Wellbeing SMT', 'The Senior Management Team: published quarterly themes only (R18, R21).'),
  networkRep: group('Wellbeing Network Reps', "Representatives of the Disabled Workers' Group, LGBT+ Staff Network and BAME Network (R19)."),
  siteOwner: {
    kind: 'siteOwners',
    description: "The data site's owners group: administrators of the lists, kept small."
  }
};

/** The SharePoint groups the provisioner creates. */
export const GROUPS: readonly GroupDefinition[] = PRINCIPALS.map((p) => PRINCIPAL_DEFINITIONS[p])
  .filter((d): d is Extract<PrincipalDefinition, { kind: 'group' }> => d.kind === 'group')
  .map((d) => d.group);

/**
 * How a principal's access on a list comes about:
 * - `list`: a role assignment on the list;
 * - `itemSharing`: a role assignment on individual items that are given unique permissions;
 * - `everyone`: no assignment of its own: the staff ("Everyone except external users") assignment covers it.
 */
export type GrantVia = 'list' | 'itemSharing' | 'everyone';

export interface Grant {
  level: PermissionLevelName;
  via: GrantVia;
  /** What SharePoint cannot enforce and the product does. */
  appRule?: string;
}

const OWNERS: Grant = { level: 'Full Control', via: 'list' };
const READ_GRANT: Grant = { level: 'Wellbeing Read', via: 'list' };
const READ_LATEST: Grant = { level: 'Wellbeing Read Latest', via: 'list' };
const READ_AS_STAFF: Grant = { level: 'Wellbeing Read', via: 'everyone' };
/** Every employee reads (each role through the staff grant), only the site owners change it. */
const EVERYONE_READS: Readonly<Partial<Record<Principal, Grant>>> = {
  staff: READ_GRANT,
  triage: READ_AS_STAFF,
  hosSafeguarding: READ_AS_STAFF,
  namedManager: READ_AS_STAFF,
  smt: READ_AS_STAFF,
  networkRep: READ_AS_STAFF,
  siteOwner: OWNERS
};

/** ARCHITECTURE.md "Lists and who may do what", plus the site owners. A missing principal has no access. */
export const PERMISSIONS: Readonly<Record<ListKey, Readonly<Partial<Record<Principal, Grant>>>>> = {
  alerts: {
    // R21: with ReadSecurity=2 each person sees only alerts they created. R4 and issue 14: staff add and read,
    // never edit, so nothing in an alert can be changed after it is sent; the board trusts no column of it.
    staff: { level: 'Wellbeing Add and Read', via: 'list' },
    triage: { level: 'Wellbeing Triage Edit', via: 'list' },
    siteOwner: OWNERS
  },
  consentConfirmations: {
    // R4: ReadSecurity=2 and an add-and-read level: the worker adds their confirmation and reads only their own, never
    // edits it; triage reads all (Override List Behaviors) and writes none: the board proves each one.
    staff: { level: 'Wellbeing Add and Read', via: 'list' },
    triage: { level: 'Wellbeing Read All', via: 'list' },
    siteOwner: OWNERS
  },
  cases: { triage: { level: 'Wellbeing Edit', via: 'list' }, siteOwner: OWNERS },
  discussions: { triage: { level: 'Wellbeing Edit', via: 'list' }, siteOwner: OWNERS },
  managerSummaries: {
    triage: { level: 'Wellbeing Triage Share', via: 'list' },
    hosSafeguarding: {
      level: 'Wellbeing Edit Existing',
      via: 'list',
      appRule: 'R14: edits only the follow-up columns; SharePoint has no column permissions, so the store refuses other changes.'
    },
    // Without View Versions: a summary rewritten on a retried share (name withheld the second time) keeps its
    // first version, and a named manager must never read an earlier version of what is shared with them.
    namedManager: { level: 'Wellbeing Read Latest', via: 'itemSharing' },
    siteOwner: OWNERS
  },
  caseEvents: {
    // R17: append only.
    triage: { level: 'Wellbeing Add and Read', via: 'list' },
    siteOwner: OWNERS
  },
  // R20, issue 14 #5: every version ever published stays with triage; the readers read only the latest,
  // one item per quarter, without ViewVersions (the item's earlier versions are refused to them).
  themeReports: { triage: { level: 'Wellbeing Edit', via: 'list' }, siteOwner: OWNERS },
  publishedThemes: {
    triage: { level: 'Wellbeing Edit', via: 'list' },
    hosSafeguarding: READ_LATEST,
    smt: READ_LATEST,
    networkRep: READ_LATEST,
    siteOwner: OWNERS
  },
  networkThemes: {
    // ReadSecurity=2: reps see only what they added; triage reads all through Override List Behaviors.
    triage: { level: 'Wellbeing Read All', via: 'list' },
    networkRep: { level: 'Wellbeing Add and Read', via: 'list' },
    siteOwner: OWNERS
  },
  supportDirectory: EVERYONE_READS,
  // Issue 18: everyone reads the organisation (the raise form offers it); only the site owners change it.
  organisation: EVERYONE_READS,
  // Issue 18: only the site owners change settings (the settings view, each change logged); triage read them.
  config: EVERYONE_READS,
  // Issue 14 defect 4: the triage team's management lines and who follows up Red summaries. The HoS reads them
  // (R14: she is named there); nobody else but the site owners.
  triageSettings: {
    triage: READ_GRANT,
    hosSafeguarding: READ_GRANT,
    siteOwner: OWNERS
  },
  boardState: {
    // Issue 14 (H07): the board moves the alert watermark as triage work; nobody else reads it.
    triage: { level: 'Wellbeing Edit', via: 'list' },
    siteOwner: OWNERS
  },
  retentionLog: {
    // R23: the site owners delete past-retention cases and write the count; triage read it.
    triage: READ_GRANT,
    siteOwner: OWNERS
  },
  settingsLog: {
    // Issue 18: the site owners save settings and their change is logged; triage read who changed what.
    triage: READ_GRANT,
    siteOwner: OWNERS
  },
  // Issue 16: triage read and answer the anonymous conversations (append only, like the audit trail); the relay
  // reaches the list through its Sites.Selected grant, which is the app's and not a role assignment.
  conversations: {
    triage: { level: 'Wellbeing Add and Read', via: 'list' },
    siteOwner: OWNERS
  }
};

/**
 * R14, R21: how a summary is shared with its named managers: the item's inheritance is broken copying the
 * list's assignments (triage, HoS Safeguarding, owners keep theirs), then each named manager is added.
 */
export interface ItemSharingRule {
  list: ListKey;
  principal: Principal;
  level: PermissionLevelName;
  copyRoleAssignments: true;
  clearSubscopes: true;
}

export const ITEM_SHARING: ItemSharingRule = {
  list: 'managerSummaries',
  principal: 'namedManager',
  level: 'Wellbeing Read Latest',
  copyRoleAssignments: true,
  clearSubscopes: true
};

/** After provisioning, the account that ran it is removed from every list it broke inheritance on. */
export const REMOVE_PROVISIONING_ACCOUNT = true;

export type ItemScope = 'none' | 'own' | 'shared' | 'all';

export interface EffectiveAccess {
  read: ItemScope;
  add: boolean;
  edit: ItemScope;
  delete: ItemScope;
  /** May give an item unique permissions (R14 sharing). */
  share: boolean;
}

export const NO_ACCESS: EffectiveAccess = { read: 'none', add: false, edit: 'none', delete: 'none', share: false };

/** The role assignments the provisioner makes on a list (not item sharing, not the `everyone` cover). */
export function listRoleAssignments(list: ListKey): { principal: Principal; level: PermissionLevelName }[] {
  const grants = PERMISSIONS[list];
  return PRINCIPALS.filter((p) => grants[p]?.via === 'list').map((p) => ({
    principal: p,
    level: (grants[p] as Grant).level
  }));
}

/** What a principal can do on a list, from its grant, the level's base permissions and the list's item-level security. */
export function effectiveAccess(list: ListKey, principal: Principal): EffectiveAccess {
  const grant = PERMISSIONS[list][principal];
  if (grant === undefined) {
    return NO_ACCESS;
  }
  const definition = LISTS[list];
  const overrides = levelHas(grant.level, OVERRIDE_LIST_BEHAVIORS);
  const scope = (allowed: boolean, ownOnly: boolean): ItemScope => {
    if (!allowed) {
      return 'none';
    }
    if (grant.via === 'itemSharing') {
      return 'shared';
    }
    return ownOnly && !overrides ? 'own' : 'all';
  };
  const editScope = scope(levelHas(grant.level, 'EditListItems'), definition.writeSecurity !== 1);
  return {
    read: scope(levelHas(grant.level, 'ViewListItems'), definition.readSecurity === 2),
    add: grant.via !== 'itemSharing' && levelHas(grant.level, 'AddListItems'),
    edit: definition.writeSecurity === 4 && !overrides ? 'none' : editScope,
    delete: scope(levelHas(grant.level, 'DeleteListItems'), definition.writeSecurity !== 1),
    share: levelHas(grant.level, 'ManagePermissions')
  };
}

/** The custom permission levels the provisioner creates (built-in levels are only referenced). */
export const CUSTOM_PERMISSION_LEVELS: readonly PermissionLevelDefinition[] = PERMISSION_LEVEL_NAMES.map(
  (name) => PERMISSION_LEVELS[name]
).filter((level) => !level.builtIn);

/** Lists in provisioning order with their role assignments: a convenience for the provisioner. */
export const LIST_SECURITY: readonly { list: ListKey; assignments: { principal: Principal; level: PermissionLevelName }[] }[] =
  LIST_KEYS.map((list) => ({ list, assignments: listRoleAssignments(list) }));

/**
 * True when SharePoint refuses a unique column (EnforceUniqueValues) on the list: its items are filtered per
 * user (ReadSecurity or WriteSecurity other than 1) or some of its items get their own permissions
 * (R14 sharing). The same limit refuses breaking an item's inheritance on a list with a unique column.
 * (Reported SharePoint Online responses; emulator/README.md gives the sources.)
 */
export function refusesUniqueColumns(list: ListKey): boolean {
  const definition = LISTS[list];
  const itemSharing = ITEM_SHARING.list === list || PRINCIPALS.some((p) => PERMISSIONS[list][p]?.via === 'itemSharing');
  return definition.readSecurity !== 1 || definition.writeSecurity !== 1 || itemSharing;
}
