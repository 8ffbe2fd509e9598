/*
 * Permission levels, role assignments per securable scope (web, list, item), inheritance, and the
 * permissions a user holds on a scope, with the list's ReadSecurity/WriteSecurity applied to items.
 */
import {
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
  RoleDefinition,
  union,
  without
} from '../permissions';
import { ListStore } from './lists';
import { appGrantMask } from './principals';
import { EmulatorError, ItemRecord, LIMITED_ACCESS_MASK, ListRecord, Scope, User } from './types';

export class SecurityStore extends ListStore {
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
    // An app principal holds what its Sites.Selected grant gives, on every scope of the site (principals.ts).
    if (user.appId !== undefined) return appGrantMask(this.sitesSelectedRole(user.appId));
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
}
