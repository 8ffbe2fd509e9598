/*
 * The people a new user can be in the preview (the persona switcher), in the order the process meets them.
 * Each is a demo user of the emulator (emulator/seed/users.json); the provisioning account and the external
 * guest are left out: nobody browses the intranet as either.
 */
import { SEED_USERS } from './site';
import type { Persona } from './site';

export interface PreviewPersona {
  key: Persona;
  title: string;
  email: string;
  loginName: string;
  /** What they are in the process, shown beside the name. */
  role: string;
}

const ORDER: { key: Persona; role: string }[] = [
  { key: 'staffA', role: 'staff member' },
  { key: 'staffB', role: 'another staff member' },
  { key: 'colleague', role: 'colleague raising on someone\'s behalf' },
  { key: 'newStarter', role: 'new starter' },
  { key: 'psw', role: 'Principal Social Worker' },
  { key: 'ap', role: 'Advanced Practitioner' },
  { key: 'raceChampion', role: 'Race Champion lead' },
  { key: 'lineManager1', role: 'line manager' },
  { key: 'lineManager2', role: 'another line manager' },
  { key: 'serviceManager', role: 'service manager' },
  { key: 'hosSafeguarding', role: 'Head of Service, Safeguarding' },
  { key: 'smt', role: 'senior management team' },
  { key: 'networkRep', role: 'equality network rep' },
  { key: 'owner', role: 'site owner' }
];

export const PERSONAS: readonly PreviewPersona[] = ORDER.map(({ key, role }) => {
  const user = SEED_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`The emulator has no demo user ${key}`);
  return { key, role, title: user.title, email: user.email, loginName: user.loginName };
});

export const DEFAULT_PERSONA: Persona = 'staffA';

export function personaByKey(key: string | undefined): PreviewPersona | undefined {
  return PERSONAS.find((p) => p.key === key);
}
