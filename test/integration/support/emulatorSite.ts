/*
 * A provisioned emulator site for integration tests: the same set-up as the local preview (preview/site.ts),
 * on a fresh in-memory emulator, with a PnPjs root per persona.
 */
import type { SPFI } from '@pnp/sp';
import { Emulator, startEmulator } from '../../../emulator/server';
import { ProvisionReport } from '../../../src/services/provisioning/Provisioner';
import { addMemberships, Persona, provision, seedUser, spAs } from '../../../preview/site';

export type { Persona } from '../../../preview/site';
export { MEMBERSHIP } from '../../../preview/site';

export interface EmulatorSite {
  emulator: Emulator;
  url: string;
  firstReport: ProvisionReport;
  as(persona: Persona): SPFI;
  login(persona: Persona): string;
  userId(persona: Persona): number;
  /** The persona's work e-mail address, as SharePoint and Graph know it. */
  email(persona: Persona): string;
  provision(): Promise<ProvisionReport>;
  close(): Promise<void>;
}

export async function provisionedSite(options: { listViewThreshold?: number } = {}): Promise<EmulatorSite> {
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:', listViewThreshold: options.listViewThreshold });
  const firstReport = await provision(emulator);
  await addMemberships(emulator);
  return {
    emulator,
    url: emulator.url,
    firstReport,
    as: (persona) => spAs(emulator, persona),
    login: (persona) => seedUser(persona).loginName,
    userId: (persona) => seedUser(persona).id,
    email: (persona) => emulator.users().find((u) => u.LoginName === seedUser(persona).loginName)?.Email ?? '',
    provision: () => provision(emulator),
    close: () => emulator.close()
  };
}
