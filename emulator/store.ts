/*
 * The emulator's state in an embedded SQLite database (node:sqlite): principals, groups, permission levels,
 * role assignments per securable scope, lists, fields, items and sent mail. Entities are kept as JSON
 * documents; the rules (who may see and change what) live in this class so every route applies them alike.
 */
import { randomUUID } from 'crypto';
import {
  BUILT_IN_ROLES,
  EDIT_ID,
  EMPTY,
  FULL,
  FULL_CONTROL_ID,
  has,
  isEmpty,
  KindName,
  LIMITED_ACCESS_ID,
  Mask,
  maskOf,
  normalise,
  READ_ID,
  RoleDefinition,
  union,
  without
} from './permissions';

interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

function openDatabase(path: string): Database {
  // process.getBuiltinModule (Node 22.3+) reaches node:sqlite without going through Jest's module resolver.
  const sqlite = (process as unknown as { getBuiltinModule(id: string): { DatabaseSync: new (p: string) => Database } })
    .getBuiltinModule('node:sqlite');
  return new sqlite.DatabaseSync(path);
}

export interface SeedUser {
  id: number;
  title: string;
  email: string;
  loginName: string;
  /** Group keys: 'owners' | 'members' | 'visitors'. */
  groups?: string[];
  isSiteAdmin?: boolean;
  /** A guest: not covered by "Everyone except external users". */
  external?: boolean;
  persona?: string;
  key?: string;
  /** The directory's job title (Microsoft Graph `jobTitle`). */
  jobTitle?: string;
  /**
   * false: a tenant account not yet in the site's user list. It is found by Graph's /users and by ensureuser
   * (which adds it), and joins the list on its first request to the site, as SharePoint adds a visitor.
   */
  onSite?: boolean;
}

export interface User {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
  IsSiteAdmin: boolean;
  PrincipalType: number;
  external: boolean;
}

export interface Group {
  Id: number;
  Title: string;
  Description: string;
  OwnerId: number;
  OnlyAllowMembersViewMembership: boolean;
  AllowMembersEditMembership: boolean;
  AllowRequestToJoinLeave: boolean;
  AutoAcceptRequestToJoinLeave: boolean;
  RequestToJoinLeaveEmailSetting: string;
}

export type { RoleDefinition };

export interface ListRecord {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  ReadSecurity: number;
  WriteSecurity: number;
  NoCrawl: boolean;
  EnableVersioning: boolean;
  MajorVersionLimit: number;
  EnableAttachments: boolean;
  EnableFolderCreation: boolean;
  OnQuickLaunch: boolean;
  Hidden: boolean;
  Created: string;
  HasUniqueRoleAssignments: boolean;
  [key: string]: unknown;
}

export interface FieldRecord {
  Id: string;
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: string;
  FieldTypeKind: number;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Hidden: boolean;
  ReadOnlyField: boolean;
  Description: string;
  MaxLength?: number;
  Choices?: string[];
  AllowMultipleValues?: boolean;
  SchemaXml: string;
  DefaultValue: string | null;
  /** Built in (Id, Title, Created...): never removable. */
  builtIn?: boolean;
  [key: string]: unknown;
}

export interface ItemRecord {
  Id: number;
  GUID: string;
  AuthorId: number;
  EditorId: number;
  Created: string;
  Modified: string;
  version: number;
  HasUniqueRoleAssignments: boolean;
  values: Record<string, unknown>;
}

export interface MailRecord {
  id: number;
  from: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  contentType: string;
  sentAt: string;
}

export type Scope = { kind: 'web' } | { kind: 'list'; list: ListRecord } | { kind: 'item'; list: ListRecord; item: ItemRecord };

export class EmulatorError extends Error {
  public readonly status: number;
  public readonly code: string;
  public constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const ACCESS_DENIED = (): EmulatorError =>
  new EmulatorError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');

const EVERYONE_EXCEPT_EXTERNAL = /^c:0-\.f\|rolemanager\|spo-grid-all-users\//i;
const EVERYONE = /^c:0\(\.s\|true$/i;

export const FIELD_KIND: Readonly<Record<string, number>> = {
  Integer: 1,
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20
};

const FIELD_ODATA_TYPE: Readonly<Record<string, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Number: 'SP.FieldNumber',
  DateTime: 'SP.FieldDateTime',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
  Counter: 'SP.Field',
  Boolean: 'SP.Field',
  Integer: 'SP.Field'
};

export function fieldODataType(field: FieldRecord): string {
  return FIELD_ODATA_TYPE[field.TypeAsString] || 'SP.Field';
}

const LIMITED_ACCESS_MASK: Mask = (BUILT_IN_ROLES.find((r) => r.Id === LIMITED_ACCESS_ID) as { BasePermissions: Mask }).BasePermissions;

/** SharePoint's timestamps have whole seconds. */
export const isoSeconds = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

export class Store {
  public readonly db: Database;
  public webTitle: string;
  private readonly _ownersId: number;
  private readonly _membersId: number;
  private readonly _visitorsId: number;
  private readonly _directory: readonly SeedUser[];
  /** The server's clock: the local preview moves it to seed history, tests fix it. */
  public now: () => Date = () => new Date();

  public constructor(path: string, seedUsers: SeedUser[], webTitle: string) {
    this.db = openDatabase(path);
    this.webTitle = webTitle;
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE IF NOT EXISTS principals (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, login TEXT NOT NULL COLLATE NOCASE UNIQUE, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
      CREATE TABLE IF NOT EXISTS roledefs (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, title TEXT NOT NULL COLLATE NOCASE UNIQUE, data TEXT NOT NULL, next_item INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS fields (list_id TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, pos INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, name));
      CREATE TABLE IF NOT EXISTS items (list_id TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS assignments (scope TEXT NOT NULL, principal INTEGER NOT NULL, role INTEGER NOT NULL, PRIMARY KEY (scope, principal, role));
      CREATE TABLE IF NOT EXISTS mail (id INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL);
    `);
    const initialised = this.meta('initialised') === '1';
    if (!initialised) {
      for (const role of BUILT_IN_ROLES) {
        this.db.prepare('INSERT INTO roledefs (id, data) VALUES (?, ?)').run(role.Id, JSON.stringify(role));
      }
      this.setMeta('nextPrincipal', '3');
      this.setMeta('nextRole', '1073741930');
      const groupDefaults = { OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: false, AllowRequestToJoinLeave: false, AutoAcceptRequestToJoinLeave: false, RequestToJoinLeaveEmailSetting: '' };
      const owners = this.insertGroup({ Title: `${webTitle} Owners`, Description: '', OwnerId: 0, ...groupDefaults });
      const members = this.insertGroup({ Title: `${webTitle} Members`, Description: '', OwnerId: owners, ...groupDefaults });
      const visitors = this.insertGroup({ Title: `${webTitle} Visitors`, Description: '', OwnerId: owners, ...groupDefaults });
      this.setMeta('owners', String(owners));
      this.setMeta('members', String(members));
      this.setMeta('visitors', String(visitors));
      this.addAssignment('web', owners, FULL_CONTROL_ID);
      this.addAssignment('web', members, EDIT_ID);
      this.addAssignment('web', visitors, READ_ID);
      this.setMeta('initialised', '1');
    }
    this._ownersId = Number(this.meta('owners'));
    this._membersId = Number(this.meta('members'));
    this._visitorsId = Number(this.meta('visitors'));
    this._directory = seedUsers;
    for (const seed of seedUsers) {
      if (seed.onSite !== false) this.upsertSeedUser(seed);
    }
  }

  /** The tenant's accounts (the seed), on the site or not. */
  public directory(): readonly SeedUser[] {
    return this._directory;
  }

  /** A tenant account by login or e-mail, added to the site's user list if it is not there yet. */
  public fromDirectory(name: string): User | undefined {
    const wanted = name.trim().toLowerCase();
    const seed = this._directory.find(
      (u) => u.loginName.toLowerCase() === wanted || u.email.toLowerCase() === wanted || u.loginName.toLowerCase().endsWith(`|${wanted}`)
    );
    if (!seed) return undefined;
    this.upsertSeedUser({ ...seed, groups: [] });
    return this.userById(seed.id);
  }

  public close(): void {
    this.db.close();
  }

  // ---- meta ----------------------------------------------------------------------------------------

  public meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
    return row ? String(row.value) : undefined;
  }

  public setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  private nextPrincipalId(): number {
    const id = Number(this.meta('nextPrincipal'));
    this.setMeta('nextPrincipal', String(id + 1));
    return id;
  }

  // ---- principals ----------------------------------------------------------------------------------

  private upsertSeedUser(seed: SeedUser): void {
    const user: User = {
      Id: seed.id,
      Title: seed.title,
      Email: seed.email,
      LoginName: seed.loginName,
      IsSiteAdmin: Boolean(seed.isSiteAdmin),
      PrincipalType: 1,
      external: Boolean(seed.external)
    };
    const existing = this.db.prepare('SELECT id FROM principals WHERE id = ?').get(seed.id);
    if (existing) {
      this.db.prepare('UPDATE principals SET login = ?, data = ? WHERE id = ?').run(user.LoginName, JSON.stringify(user), user.Id);
    } else {
      this.db.prepare('INSERT INTO principals (id, kind, login, data) VALUES (?, ?, ?, ?)').run(user.Id, 'user', user.LoginName, JSON.stringify(user));
      const groupIds: Record<string, number> = { owners: this._ownersId, members: this._membersId, visitors: this._visitorsId };
      for (const key of seed.groups || []) {
        const groupId = groupIds[key.toLowerCase()];
        if (groupId) this.addMember(groupId, user.Id);
      }
    }
    if (Number(this.meta('nextPrincipal')) <= seed.id) this.setMeta('nextPrincipal', String(seed.id + 1));
  }

  public get ownersGroupId(): number {
    return this._ownersId;
  }
  public get membersGroupId(): number {
    return this._membersId;
  }
  public get visitorsGroupId(): number {
    return this._visitorsId;
  }

  public users(): User[] {
    return this.db.prepare("SELECT data FROM principals WHERE kind = 'user' ORDER BY id").all().map((r) => JSON.parse(String(r.data)) as User);
  }

  public principal(id: number): { kind: 'user'; user: User } | { kind: 'group'; group: Group } | undefined {
    const row = this.db.prepare('SELECT kind, data FROM principals WHERE id = ?').get(id);
    if (!row) return undefined;
    return row.kind === 'group' ? { kind: 'group', group: JSON.parse(String(row.data)) as Group } : { kind: 'user', user: JSON.parse(String(row.data)) as User };
  }

  public userById(id: number): User | undefined {
    const p = this.principal(id);
    return p && p.kind === 'user' ? p.user : undefined;
  }

  /** A user by claims login name, plain account name or e-mail (case-insensitive). */
  public findUser(name: string): User | undefined {
    const wanted = name.trim().toLowerCase();
    return this.users().find(
      (u) => u.LoginName.toLowerCase() === wanted || u.Email.toLowerCase() === wanted || u.LoginName.toLowerCase().endsWith(`|${wanted}`)
    );
  }

  /** SharePoint's web.ensureUser: known accounts and the "Everyone" claims; anything else is not found. */
  public ensureUser(logonName: string): User {
    const found = this.findUser(logonName) || this.fromDirectory(logonName);
    if (found) return found;
    if (EVERYONE_EXCEPT_EXTERNAL.test(logonName) || EVERYONE.test(logonName)) {
      const user: User = {
        Id: this.nextPrincipalId(),
        Title: EVERYONE.test(logonName) ? 'Everyone' : 'Everyone except external users',
        Email: '',
        LoginName: logonName,
        IsSiteAdmin: false,
        PrincipalType: 4,
        external: false
      };
      this.db.prepare('INSERT INTO principals (id, kind, login, data) VALUES (?, ?, ?, ?)').run(user.Id, 'user', user.LoginName, JSON.stringify(user));
      return user;
    }
    // Microsoft documents no status for this; SharePoint answers its server-side SPExceptions with 500 (as it
    // does SPDuplicateValuesFoundException), which is also the stricter choice: a caller must read the code
    // and message, not take a 404 for "not found" (README: ensureuser).
    throw new EmulatorError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
  }

  public groups(): Group[] {
    return this.db.prepare("SELECT data FROM principals WHERE kind = 'group' ORDER BY id").all().map((r) => JSON.parse(String(r.data)) as Group);
  }

  public group(id: number): Group | undefined {
    const p = this.principal(id);
    return p && p.kind === 'group' ? p.group : undefined;
  }

  public groupByName(name: string): Group | undefined {
    return this.groups().find((g) => g.Title.toLowerCase() === name.toLowerCase());
  }

  public insertGroup(group: Omit<Group, 'Id'>): number {
    if (this.groupByName(group.Title)) {
      throw new EmulatorError(400, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
    }
    const id = this.nextPrincipalId();
    const full: Group = { ...group, Id: id, OwnerId: group.OwnerId || id };
    this.db.prepare('INSERT INTO principals (id, kind, login, data) VALUES (?, ?, ?, ?)').run(id, 'group', full.Title, JSON.stringify(full));
    return id;
  }

  public updateGroup(group: Group): void {
    this.db.prepare('UPDATE principals SET login = ?, data = ? WHERE id = ?').run(group.Title, JSON.stringify(group), group.Id);
  }

  public deleteGroup(id: number): void {
    this.db.prepare('DELETE FROM principals WHERE id = ?').run(id);
    this.db.prepare('DELETE FROM members WHERE group_id = ?').run(id);
    this.db.prepare('DELETE FROM assignments WHERE principal = ?').run(id);
  }

  public members(groupId: number): User[] {
    return this.db
      .prepare('SELECT user_id FROM members WHERE group_id = ? ORDER BY user_id')
      .all(groupId)
      .map((r) => this.userById(Number(r.user_id)))
      .filter((u): u is User => u !== undefined);
  }

  public addMember(groupId: number, userId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO members (group_id, user_id) VALUES (?, ?)').run(groupId, userId);
  }

  public removeMember(groupId: number, userId: number): void {
    this.db.prepare('DELETE FROM members WHERE group_id = ? AND user_id = ?').run(groupId, userId);
  }

  public isMember(groupId: number, userId: number): boolean {
    return !!this.db.prepare('SELECT 1 AS x FROM members WHERE group_id = ? AND user_id = ?').get(groupId, userId);
  }

  /** Every principal id that stands for this user: the user, the groups it is in, and the "Everyone" claims. */
  public principalsOf(user: User): Set<number> {
    const ids = new Set<number>([user.Id]);
    for (const row of this.db.prepare('SELECT group_id FROM members WHERE user_id = ?').all(user.Id)) ids.add(Number(row.group_id));
    for (const u of this.users()) {
      if (EVERYONE.test(u.LoginName) || (EVERYONE_EXCEPT_EXTERNAL.test(u.LoginName) && !user.external)) ids.add(u.Id);
    }
    return ids;
  }

  // ---- role definitions ----------------------------------------------------------------------------

  public roleDefinitions(): RoleDefinition[] {
    return this.db
      .prepare('SELECT data FROM roledefs ORDER BY id')
      .all()
      .map((r) => JSON.parse(String(r.data)) as RoleDefinition)
      .sort((a, b) => a.Order - b.Order);
  }

  public roleDefinition(id: number): RoleDefinition | undefined {
    const row = this.db.prepare('SELECT data FROM roledefs WHERE id = ?').get(id);
    return row ? (JSON.parse(String(row.data)) as RoleDefinition) : undefined;
  }

  public addRoleDefinition(def: Omit<RoleDefinition, 'Id' | 'RoleTypeKind' | 'Hidden'>): RoleDefinition {
    if (this.roleDefinitions().some((d) => d.Name.toLowerCase() === def.Name.toLowerCase())) {
      throw new EmulatorError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The role definition name is already in use.');
    }
    const id = Number(this.meta('nextRole'));
    this.setMeta('nextRole', String(id + 1));
    const full: RoleDefinition = { ...def, Id: id, RoleTypeKind: 0, Hidden: false, BasePermissions: normalise(def.BasePermissions) };
    this.db.prepare('INSERT INTO roledefs (id, data) VALUES (?, ?)').run(id, JSON.stringify(full));
    return full;
  }

  public updateRoleDefinition(def: RoleDefinition): void {
    this.db.prepare('UPDATE roledefs SET data = ? WHERE id = ?').run(JSON.stringify(def), def.Id);
  }

  public deleteRoleDefinition(id: number): void {
    this.db.prepare('DELETE FROM roledefs WHERE id = ?').run(id);
    this.db.prepare('DELETE FROM assignments WHERE role = ?').run(id);
  }

  // ---- scopes and assignments ----------------------------------------------------------------------

  public scopeKey(scope: Scope): string {
    if (scope.kind === 'web') return 'web';
    if (scope.kind === 'list') return `list:${scope.list.Id}`;
    return `item:${scope.list.Id}:${scope.item.Id}`;
  }

  /** The scope whose role assignments apply: the object itself when it has unique permissions, else its parent's. */
  public effectiveScope(scope: Scope): Scope {
    if (scope.kind === 'item' && !scope.item.HasUniqueRoleAssignments) return this.effectiveScope({ kind: 'list', list: scope.list });
    if (scope.kind === 'list' && !scope.list.HasUniqueRoleAssignments) return { kind: 'web' };
    return scope;
  }

  public assignments(scope: Scope): { principal: number; role: number }[] {
    return this.db
      .prepare('SELECT principal, role FROM assignments WHERE scope = ? ORDER BY principal, role')
      .all(this.scopeKey(this.effectiveScope(scope)))
      .map((r) => ({ principal: Number(r.principal), role: Number(r.role) }));
  }

  public addAssignment(key: string, principal: number, role: number): void {
    this.db.prepare('INSERT OR IGNORE INTO assignments (scope, principal, role) VALUES (?, ?, ?)').run(key, principal, role);
  }

  /**
   * addroleassignment: the object must have unique permissions. Like SharePoint, a principal given access
   * below the web gets Limited Access on each parent scope where it has nothing, so it can reach the object.
   */
  public grant(scope: Scope, principal: number, role: number): void {
    if (!this.principal(principal)) {
      throw new EmulatorError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find a principal with the specified id.');
    }
    if (!this.roleDefinition(role)) {
      throw new EmulatorError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find a role definition with the specified id.');
    }
    this.addAssignment(this.scopeKey(scope), principal, role);
    if (role === LIMITED_ACCESS_ID) return;
    const parents: Scope[] = scope.kind === 'item' ? [{ kind: 'list', list: scope.list }, { kind: 'web' }] : scope.kind === 'list' ? [{ kind: 'web' }] : [];
    for (const parent of parents) {
      const key = this.scopeKey(this.effectiveScope(parent));
      const hasAny = this.db.prepare('SELECT 1 AS x FROM assignments WHERE scope = ? AND principal = ?').get(key, principal);
      if (!hasAny) this.addAssignment(key, principal, LIMITED_ACCESS_ID);
    }
  }

  public revoke(scope: Scope, principal: number, role: number): void {
    this.db.prepare('DELETE FROM assignments WHERE scope = ? AND principal = ? AND role = ?').run(this.scopeKey(this.effectiveScope(scope)), principal, role);
  }

  public breakInheritance(scope: Scope, copy: boolean, clearSubscopes: boolean, caller: User): void {
    if (scope.kind === 'web') return;
    const key = this.scopeKey(scope);
    const unique = scope.kind === 'list' ? scope.list.HasUniqueRoleAssignments : scope.item.HasUniqueRoleAssignments;
    if (!unique) {
      const inherited = this.assignments(scope);
      this.db.prepare('DELETE FROM assignments WHERE scope = ?').run(key);
      if (copy) {
        for (const a of inherited) this.addAssignment(key, a.principal, a.role);
      } else {
        // SharePoint gives the account that broke inheritance Full Control, so it does not lock itself out.
        this.addAssignment(key, caller.Id, FULL_CONTROL_ID);
      }
      if (scope.kind === 'list') {
        scope.list.HasUniqueRoleAssignments = true;
        this.saveList(scope.list);
      } else {
        scope.item.HasUniqueRoleAssignments = true;
        this.saveItem(scope.list, scope.item);
      }
    }
    if (clearSubscopes && scope.kind === 'list') {
      for (const item of this.items(scope.list)) {
        if (item.HasUniqueRoleAssignments) this.resetInheritance({ kind: 'item', list: scope.list, item });
      }
    }
  }

  public resetInheritance(scope: Scope): void {
    if (scope.kind === 'web') return;
    this.db.prepare('DELETE FROM assignments WHERE scope = ?').run(this.scopeKey(scope));
    if (scope.kind === 'list') {
      scope.list.HasUniqueRoleAssignments = false;
      this.saveList(scope.list);
    } else {
      scope.item.HasUniqueRoleAssignments = false;
      this.saveItem(scope.list, scope.item);
    }
  }

  /** The permissions a user holds on a scope: site collection administrators hold every permission. */
  public effectiveMask(user: User, scope: Scope): Mask {
    if (user.IsSiteAdmin) return FULL;
    const ids = this.principalsOf(user);
    let mask = EMPTY;
    for (const a of this.assignments(scope)) {
      if (!ids.has(a.principal)) continue;
      const def = this.roleDefinition(a.role);
      if (def) mask = union(mask, def.BasePermissions);
    }
    return mask;
  }

  public can(user: User, scope: Scope, kind: KindName): boolean {
    return has(this.effectiveMask(user, scope), kind);
  }

  /** Whether a user has any grant inside the list (unique item permissions), which SharePoint marks with Limited Access. */
  public reachesList(user: User, list: ListRecord): boolean {
    const mask = this.effectiveMask(user, { kind: 'list', list });
    // Limited Access alone (what a grant elsewhere leaves on the web) does not open a list...
    if (!isEmpty(without(mask, LIMITED_ACCESS_MASK))) return true;
    // ...but a grant on one of its items does.
    if (user.IsSiteAdmin) return true;
    const ids = this.principalsOf(user);
    return this.db
      .prepare('SELECT principal FROM assignments WHERE scope LIKE ?')
      .all(`item:${list.Id}:%`)
      .some((r) => ids.has(Number(r.principal)));
  }

  /** Item permissions with the list's ReadSecurity/WriteSecurity applied (Override List Behaviors = CancelCheckout). */
  public itemMask(user: User, list: ListRecord, item: ItemRecord): Mask {
    return this.withListSecurity(user, list, item, this.effectiveMask(user, { kind: 'item', list, item }));
  }

  /**
   * `itemMask` for many items of one list (one query): the list's grants are read once and reused for every
   * item that inherits them, so a query over thousands of items does not re-read them per item.
   */
  public itemMasker(user: User, list: ListRecord): (item: ItemRecord) => Mask {
    const inherited = this.effectiveMask(user, { kind: 'list', list });
    return (item) =>
      this.withListSecurity(user, list, item, item.HasUniqueRoleAssignments ? this.effectiveMask(user, { kind: 'item', list, item }) : inherited);
  }

  private withListSecurity(user: User, list: ListRecord, item: ItemRecord, granted: Mask): Mask {
    let mask = granted;
    const bypass = has(mask, 'CancelCheckout');
    const own = item.AuthorId === user.Id;
    if (!bypass && list.ReadSecurity === 2 && !own) {
      mask = without(mask, maskOf(['ViewListItems', 'OpenItems', 'ViewVersions', 'EditListItems', 'DeleteListItems']));
    }
    if (!bypass && ((list.WriteSecurity === 2 && !own) || list.WriteSecurity === 4)) {
      mask = without(mask, maskOf(['EditListItems', 'DeleteListItems']));
    }
    return mask;
  }

  // ---- lists and fields ----------------------------------------------------------------------------

  public lists(): ListRecord[] {
    return this.db.prepare('SELECT data FROM lists ORDER BY title').all().map((r) => JSON.parse(String(r.data)) as ListRecord);
  }

  public listByTitle(title: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT data FROM lists WHERE title = ?').get(title);
    return row ? (JSON.parse(String(row.data)) as ListRecord) : undefined;
  }

  public listById(id: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT data FROM lists WHERE lower(id) = lower(?)').get(id);
    return row ? (JSON.parse(String(row.data)) as ListRecord) : undefined;
  }

  public createList(props: Record<string, unknown>): ListRecord {
    const title = String(props.Title || '').trim();
    if (!title) throw new EmulatorError(400, '-2147024809, System.ArgumentException', 'The list title is required.');
    if (this.listByTitle(title)) {
      throw new EmulatorError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    const list: ListRecord = {
      Id: randomUUID(),
      Title: title,
      Description: '',
      BaseTemplate: 100,
      ReadSecurity: 1,
      WriteSecurity: 1,
      NoCrawl: false,
      EnableVersioning: false,
      MajorVersionLimit: 0,
      EnableAttachments: true,
      EnableFolderCreation: false,
      OnQuickLaunch: false,
      Hidden: false,
      Created: isoSeconds(this.now()),
      HasUniqueRoleAssignments: false,
      ...pick(props, LIST_SETTABLE)
    };
    list.Title = title;
    this.db.prepare('INSERT INTO lists (id, title, data, next_item) VALUES (?, ?, ?, 1)').run(list.Id, list.Title, JSON.stringify(list));
    const builtIn = (f: Partial<FieldRecord> & { InternalName: string; TypeAsString: string }): void => {
      this.insertField(list, { Required: false, Indexed: false, ReadOnlyField: true, Hidden: false, builtIn: true, ...f });
    };
    builtIn({ InternalName: 'ID', Title: 'ID', TypeAsString: 'Counter' });
    builtIn({ InternalName: 'Title', Title: 'Title', TypeAsString: 'Text', MaxLength: 255, ReadOnlyField: false });
    builtIn({ InternalName: 'Created', Title: 'Created', TypeAsString: 'DateTime' });
    builtIn({ InternalName: 'Modified', Title: 'Modified', TypeAsString: 'DateTime' });
    builtIn({ InternalName: 'Author', Title: 'Created By', TypeAsString: 'User' });
    builtIn({ InternalName: 'Editor', Title: 'Modified By', TypeAsString: 'User' });
    return list;
  }

  public saveList(list: ListRecord): void {
    this.db.prepare('UPDATE lists SET title = ?, data = ? WHERE id = ?').run(list.Title, JSON.stringify(list), list.Id);
  }

  public updateList(list: ListRecord, props: Record<string, unknown>): ListRecord {
    const updated: ListRecord = { ...list, ...pick(props, LIST_SETTABLE) };
    if (props.Title !== undefined) updated.Title = String(props.Title);
    this.saveList(updated);
    return updated;
  }

  public deleteList(list: ListRecord): void {
    this.db.prepare('DELETE FROM lists WHERE id = ?').run(list.Id);
    this.db.prepare('DELETE FROM fields WHERE list_id = ?').run(list.Id);
    this.db.prepare('DELETE FROM items WHERE list_id = ?').run(list.Id);
    this.db.prepare("DELETE FROM assignments WHERE scope = ? OR scope LIKE ?").run(`list:${list.Id}`, `item:${list.Id}:%`);
  }

  public fields(list: ListRecord): FieldRecord[] {
    return this.db.prepare('SELECT data FROM fields WHERE list_id = ? ORDER BY pos').all(list.Id).map((r) => JSON.parse(String(r.data)) as FieldRecord);
  }

  public field(list: ListRecord, nameOrTitle: string): FieldRecord | undefined {
    const byName = this.db.prepare('SELECT data FROM fields WHERE list_id = ? AND name = ?').get(list.Id, nameOrTitle);
    if (byName) return JSON.parse(String(byName.data)) as FieldRecord;
    return this.fields(list).find((f) => f.Title.toLowerCase() === nameOrTitle.toLowerCase() || f.Id.toLowerCase() === nameOrTitle.toLowerCase());
  }

  public insertField(list: ListRecord, f: Partial<FieldRecord> & { InternalName: string; TypeAsString: string }): FieldRecord {
    if (this.field(list, f.InternalName)) {
      throw new EmulatorError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${f.InternalName}" was found.`);
    }
    const field: FieldRecord = {
      Id: randomUUID(),
      StaticName: f.InternalName,
      Title: f.InternalName,
      FieldTypeKind: FIELD_KIND[f.TypeAsString] ?? 0,
      Required: false,
      Indexed: false,
      EnforceUniqueValues: false,
      Hidden: false,
      ReadOnlyField: false,
      Description: '',
      SchemaXml: '',
      DefaultValue: null,
      ...f
    };
    if (f.TypeAsString === 'UserMulti') field.AllowMultipleValues = true;
    const pos = Number(this.db.prepare('SELECT COUNT(*) AS n FROM fields WHERE list_id = ?').get(list.Id)?.n ?? 0);
    this.db.prepare('INSERT INTO fields (list_id, name, pos, data) VALUES (?, ?, ?, ?)').run(list.Id, field.InternalName, pos, JSON.stringify(field));
    return field;
  }

  public saveField(list: ListRecord, field: FieldRecord): void {
    this.db.prepare('UPDATE fields SET data = ? WHERE list_id = ? AND name = ?').run(JSON.stringify(field), list.Id, field.InternalName);
  }

  public deleteField(list: ListRecord, field: FieldRecord): void {
    this.db.prepare('DELETE FROM fields WHERE list_id = ? AND name = ?').run(list.Id, field.InternalName);
  }

  // ---- items ---------------------------------------------------------------------------------------

  public itemCount(list: ListRecord): number {
    return Number(this.db.prepare('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(list.Id)?.n ?? 0);
  }

  public items(list: ListRecord): ItemRecord[] {
    return this.db.prepare('SELECT data FROM items WHERE list_id = ? ORDER BY id').all(list.Id).map((r) => JSON.parse(String(r.data)) as ItemRecord);
  }

  public item(list: ListRecord, id: number): ItemRecord | undefined {
    const row = this.db.prepare('SELECT data FROM items WHERE list_id = ? AND id = ?').get(list.Id, id);
    return row ? (JSON.parse(String(row.data)) as ItemRecord) : undefined;
  }

  public insertItem(list: ListRecord, values: Record<string, unknown>, author: User, when?: string): ItemRecord {
    const row = this.db.prepare('SELECT next_item FROM lists WHERE id = ?').get(list.Id);
    const id = Number(row?.next_item ?? 1);
    this.db.prepare('UPDATE lists SET next_item = ? WHERE id = ?').run(id + 1, list.Id);
    const at = when || isoSeconds(this.now());
    const item: ItemRecord = {
      Id: id,
      GUID: randomUUID(),
      AuthorId: author.Id,
      EditorId: author.Id,
      Created: at,
      Modified: at,
      version: 1,
      HasUniqueRoleAssignments: false,
      values
    };
    this.db.prepare('INSERT INTO items (list_id, id, data) VALUES (?, ?, ?)').run(list.Id, id, JSON.stringify(item));
    return item;
  }

  public saveItem(list: ListRecord, item: ItemRecord): void {
    this.db.prepare('UPDATE items SET data = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(item), list.Id, item.Id);
  }

  public deleteItem(list: ListRecord, item: ItemRecord): void {
    this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(list.Id, item.Id);
    this.db.prepare('DELETE FROM assignments WHERE scope = ?').run(`item:${list.Id}:${item.Id}`);
  }

  public transaction(work: () => void): void {
    this.db.exec('BEGIN');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  // ---- mail ----------------------------------------------------------------------------------------

  public addMail(mail: Omit<MailRecord, 'id'>): void {
    this.db.prepare('INSERT INTO mail (data) VALUES (?)').run(JSON.stringify(mail));
  }

  public mail(): MailRecord[] {
    return this.db.prepare('SELECT id, data FROM mail ORDER BY id').all().map((r) => ({ id: Number(r.id), ...(JSON.parse(String(r.data)) as Omit<MailRecord, 'id'>) }));
  }
}

const LIST_SETTABLE: readonly string[] = [
  'Description',
  'BaseTemplate',
  'ReadSecurity',
  'WriteSecurity',
  'NoCrawl',
  'EnableVersioning',
  'MajorVersionLimit',
  'EnableAttachments',
  'EnableFolderCreation',
  'OnQuickLaunch',
  'Hidden',
  'ContentTypesEnabled',
  'AllowContentTypes',
  'EnableMinorVersions',
  'ForceCheckout',
  'EnableModeration'
];

function pick(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (props[key] !== undefined) out[key] = props[key];
  }
  return out;
}
