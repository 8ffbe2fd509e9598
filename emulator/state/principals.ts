/*
 * Principals: site users, SharePoint groups and their members, the "Everyone" claims, and the tenant
 * directory (seeded accounts, some not on the site until ensureuser or their first visit adds them).
 */
import { BUILT_IN_ROLES, EMPTY, Mask } from '../permissions';
import { StoreBase } from './database';
import { EmulatorError, EVERYONE, EVERYONE_EXCEPT_EXTERNAL, Group, SeedUser, User } from './types';

/**
 * Sites.Selected (issue 16): an Entra ID app consented to `Sites.Selected` reaches no site until a site permission
 * names it, with the role `read` or `write` (learn.microsoft.com/graph/api/site-post-permissions; "write" includes
 * read, as Microsoft answers in learn.microsoft.com/answers/questions/379322). The grant is the app's, not a role
 * assignment: it is not listed in the site's role assignments and holds on every list and item of the site,
 * unique permissions or not (app-only access is decided by the app's permission on the site collection).
 * Microsoft does not publish the base permissions behind each role: the emulator takes the stricter reading, the
 * Read level for `read` and Contribute (items only: no ManageLists, no ManagePermissions) for `write`. The list's
 * ReadSecurity/WriteSecurity still apply (neither level holds Override List Behaviors), so on the alerts list the
 * app sees only the items it created.
 */
export type SitesSelectedRole = 'read' | 'write';

export function appGrantMask(role: SitesSelectedRole | undefined): Mask {
  const level = role === 'write' ? 'Contribute' : role === 'read' ? 'Read' : undefined;
  const definition = BUILT_IN_ROLES.find((r) => r.Name === level);
  return definition ? definition.BasePermissions : EMPTY;
}

/** SharePoint's claims login name for an app-only caller (i:0i.t|ms.sp.ext|<client id>@<tenant id>). */
export function appLoginName(clientId: string, tenantId: string): string {
  return `i:0i.t|ms.sp.ext|${clientId}@${tenantId}`;
}

export class PrincipalStore extends StoreBase {
  protected _ownersId = 0;
  protected _membersId = 0;
  protected _visitorsId = 0;
  protected _directory: readonly SeedUser[] = [];

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

  /**
   * An Entra ID app that calls with its own identity (app-only). SharePoint lists it in the site's users under its
   * display name, with no e-mail, once it has called; it belongs to no group and holds nothing until granted.
   */
  public registerApp(app: { clientId: string; tenantId: string; title: string }): User {
    const login = appLoginName(app.clientId, app.tenantId);
    const existing = this.findUser(login);
    if (existing) return existing;
    const user: User = { Id: this.nextPrincipalId(), Title: app.title, Email: '', LoginName: login, IsSiteAdmin: false, PrincipalType: 1, external: false, appId: app.clientId };
    this.db.prepare('INSERT INTO principals (id, kind, login, data) VALUES (?, ?, ?, ?)').run(user.Id, 'user', user.LoginName, JSON.stringify(user));
    return user;
  }

  /** The site permission for a Sites.Selected app (undefined: no grant; the app reaches nothing). */
  public grantSitesSelected(clientId: string, role: SitesSelectedRole | undefined): void {
    this.setMeta(`sitesSelected:${clientId.toLowerCase()}`, role ?? '');
  }

  public sitesSelectedRole(clientId: string): SitesSelectedRole | undefined {
    const role = this.meta(`sitesSelected:${clientId.toLowerCase()}`);
    return role === 'read' || role === 'write' ? role : undefined;
  }

  // ---- principals ----------------------------------------------------------------------------------

  protected upsertSeedUser(seed: SeedUser): void {
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
    if (user.appId !== undefined) return ids; // an app is in no group and no "Everyone" claim
    for (const u of this.users()) {
      if (EVERYONE.test(u.LoginName) || (EVERYONE_EXCEPT_EXTERNAL.test(u.LoginName) && !user.external)) ids.add(u.Id);
    }
    return ids;
  }
}
