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
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { GROUPS, PRINCIPAL_DEFINITIONS, Principal, TriageSettingsList } from '../src/schema';
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

/**
 * The demo's background staff (issue 13): accounts in the emulator's users that are nobody's persona (not in the
 * persona switch). The demo data raises its background alerts as them, so a persona's history is only their story.
 */
export const DEMO_STAFF = ['demoStaff1', 'demoStaff2', 'demoStaff3', 'demoStaff4', 'demoStaff5', 'demoStaff6', 'demoStaff7', 'demoStaff8'] as const;
export type DemoStaff = (typeof DEMO_STAFF)[number];

/** Anyone the demo data acts as: a persona or one of the background staff. */
export type Account = Persona | DemoStaff;

/** Who is in which group (the site owners put people in groups; the provisioner never does). */
export const MEMBERSHIP: Partial<Record<Principal, Persona[]>> = {
  triage: ['psw', 'ap', 'raceChampion'],
  hosSafeguarding: ['hosSafeguarding'],
  smt: ['smt'],
  networkRep: ['networkRep']
};

export const SEED_USERS: readonly SeedUser[] = seed.users;

export function seedUser(persona: Account): SeedUser {
  const user = SEED_USERS.find((u) => u.key === persona);
  if (!user) throw new Error(`No emulator user for ${persona}`);
  return user;
}

/** A PnPjs root on the emulated site, calling as one persona. */
export function spAs(emulator: Emulator, persona: Account): SPFI {
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

/**
 * The settings the site owners fill in on a real site (the provisioner leaves them empty): the service manager
 * of each service area (R16), the HoS Safeguarding (R14), and who the triage team are, with their routes and
 * management lines (R6, the independence rule). Written once; settings already there are left alone.
 */
export async function addSettings(emulator: Emulator): Promise<void> {
  const person = (p: Persona): { id: string; displayName: string } => ({ id: seedUser(p).loginName, displayName: seedUser(p).title });
  const settings: Record<string, unknown> = {
    serviceManagers: { 'childrens-social-care': person('serviceManager'), 'children-and-family-wellbeing-service': person('serviceManager') },
    hosSafeguarding: [person('hosSafeguarding')],
    triageTeam: [
      { ...person('psw'), route: 'PSW', serviceAreaIds: [], managementLineTeamIds: ['csc-out-of-hours'], managementLineNames: ['Dana Director'] },
      { ...person('ap'), route: 'AP', serviceAreaIds: [], managementLineTeamIds: ['cfws-0-19'], managementLineNames: [] },
      // The Race Champion lead is a practitioner in Children's Social Care: alerts from there are not independent of them.
      { ...person('raceChampion'), route: 'RaceChampionLead', serviceAreaIds: ['childrens-social-care'], managementLineTeamIds: [], managementLineNames: [] }
    ]
  };
  // Issue 14 defect 4: triage-only settings, in the list only triage and the HoS can read.
  const list = spAs(emulator, 'admin').web.lists.getByTitle(TriageSettingsList.title);
  const key = TriageSettingsList.fields.key.internalName;
  const value = TriageSettingsList.fields.value.internalName;
  const existing: Record<string, unknown>[] = await list.items.select('Id', key, value)();
  const empty = ['{}', '[]'];
  for (const [name, setting] of Object.entries(settings)) {
    const found = existing.find((i) => i[key] === name);
    if (!found) await list.items.add({ [key]: name, [value]: JSON.stringify(setting) });
    // The provisioner seeds each empty; the preview fills those in, and leaves anything a user changed alone.
    else if (empty.indexOf(String(found[value])) >= 0) await list.items.getById(Number(found.Id)).update({ [value]: JSON.stringify(setting) });
  }
}
