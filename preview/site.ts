/*
 * A wellbeing data site on the local emulator, set up the way an administrator would set up a real one:
 * the real provisioner over HTTP, then the group memberships the site owners add by hand. Shared by the
 * local preview and the integration tests, so both work on the same site.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { Emulator } from '../emulator/server';
import type { SeedUser } from '../emulator/store';
import seed from '../emulator/seed/users.json';
import { Provisioner, ProvisionReport } from '../src/services/provisioning/Provisioner';
import { GROUPS, PRINCIPAL_DEFINITIONS, Principal } from '../src/schema';
import { nodeSp } from '../tools/nodeSp';
import { EMULATOR_TENANT_ID, everyoneLoginName } from '../tools/provision';

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

export const SEED_USERS: readonly SeedUser[] = seed.users;

export function seedUser(persona: Persona): SeedUser {
  const user = SEED_USERS.find((u) => u.key === persona);
  if (!user) throw new Error(`No emulator user for ${persona}`);
  return user;
}

/** A PnPjs root on the emulated site, calling as one persona. */
export function spAs(emulator: Emulator, persona: Persona): SPFI {
  return nodeSp(emulator.url, { 'X-Emulator-User': seedUser(persona).loginName });
}

/** Runs the real provisioner as the provisioning account (idempotent: a second run changes nothing). */
export function provision(emulator: Emulator): Promise<ProvisionReport> {
  return new Provisioner(spAs(emulator, 'admin'), { everyoneLoginName: everyoneLoginName(EMULATOR_TENANT_ID) }).run();
}

/** Adds the group memberships in MEMBERSHIP (as the provisioning account, which owns the groups). */
export async function addMemberships(emulator: Emulator): Promise<void> {
  const admin = spAs(emulator, 'admin');
  for (const [principal, personas] of Object.entries(MEMBERSHIP) as [Principal, Persona[]][]) {
    const definition = PRINCIPAL_DEFINITIONS[principal];
    if (definition.kind !== 'group') continue;
    const group = GROUPS.find((g) => g.title === definition.group.title);
    for (const persona of personas) {
      await admin.web.siteGroups.getByName(group?.title ?? '').users.add(seedUser(persona).loginName);
    }
  }
}
