/*
 * The emulator's whole state (see state/*.ts, one concern each): a new database gets SharePoint's
 * permission levels and the site's three groups; the seed's accounts are (re)written on every start.
 */
import { BUILT_IN_ROLES, EDIT_ID, FULL_CONTROL_ID, READ_ID } from '../permissions';
import { SecurityStore } from './security';
import { MailRecord, SeedUser } from './types';

export class Store extends SecurityStore {
  public constructor(path: string, seedUsers: SeedUser[], webTitle: string) {
    super(path, webTitle);
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

  // ---- mail ----------------------------------------------------------------------------------------

  public addMail(mail: Omit<MailRecord, 'id'>): void {
    this.db.prepare('INSERT INTO mail (data) VALUES (?)').run(JSON.stringify(mail));
  }

  public mail(): MailRecord[] {
    return this.db.prepare('SELECT id, data FROM mail ORDER BY id').all().map((r) => ({ id: Number(r.id), ...(JSON.parse(String(r.data)) as Omit<MailRecord, 'id'>) }));
  }
}
