/*
 * A provisioned emulator site for integration tests: the real provisioner over HTTP, then the group
 * memberships an administrator would add by hand, and a PnPjs root per persona.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { Emulator, startEmulator } from '../../../emulator/server';
import type { SeedUser } from '../../../emulator/store';
import seed from '../../../emulator/seed/users.json';
import { Provisioner, ProvisionReport } from '../../../src/services/provisioning/Provisioner';
import { GROUPS, PRINCIPAL_DEFINITIONS, Principal } from '../../../src/schema';
import { nodeSp } from '../../../tools/nodeSp';
import { EMULATOR_TENANT_ID, everyoneLoginName } from '../../../tools/provision';

export type Persona =
  | 'admin'
  | 'owner'
  | 'staffA'
  | 'staffB'
  | 'colleague'
  | 'newStarter'
  | 'psw'
  | 'ap'
  | 'raceChampion'
  | 'lineManager1'
  | 'lineManager2'
  | 'serviceManager'
  | 'hosSafeguarding'
  | 'smt'
  | 'networkRep';

/** Who is in which group (the site owners put people in groups; the provisioner never does). */
export const MEMBERSHIP: Partial<Record<Principal, Persona[]>> = {
  triage: ['psw', 'ap', 'raceChampion'],
  hosSafeguarding: ['hosSafeguarding'],
  smt: ['smt'],
  networkRep: ['networkRep']
};

const seedUsers: SeedUser[] = seed.users;

export interface EmulatorSite {
  emulator: Emulator;
  url: string;
  firstReport: ProvisionReport;
  as(persona: Persona): SPFI;
  login(persona: Persona): string;
  userId(persona: Persona): number;
  provision(): Promise<ProvisionReport>;
  close(): Promise<void>;
}

export async function provisionedSite(options: { listViewThreshold?: number } = {}): Promise<EmulatorSite> {
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', listViewThreshold: options.listViewThreshold });
  const find = (persona: Persona): SeedUser => {
    const user = seedUsers.find((u) => u.key === persona);
    if (!user) throw new Error(`No emulator user for ${persona}`);
    return user;
  };
  const login = (persona: Persona): string => find(persona).loginName;
  const as = (persona: Persona): SPFI => nodeSp(emulator.url, { 'X-Emulator-User': login(persona) });
  const provision = (): Promise<ProvisionReport> =>
    new Provisioner(as('admin'), { everyoneLoginName: everyoneLoginName(EMULATOR_TENANT_ID) }).run();

  const firstReport = await provision();
  const admin = as('admin');
  for (const [principal, personas] of Object.entries(MEMBERSHIP) as [Principal, Persona[]][]) {
    const definition = PRINCIPAL_DEFINITIONS[principal];
    if (definition.kind !== 'group') continue;
    const group = GROUPS.find((g) => g.title === definition.group.title);
    for (const persona of personas) {
      await admin.web.siteGroups.getByName(group?.title ?? '').users.add(login(persona));
    }
  }
  return {
    emulator,
    url: emulator.url,
    firstReport,
    as,
    login,
    userId: (persona) => find(persona).id,
    provision,
    close: () => emulator.close()
  };
}
