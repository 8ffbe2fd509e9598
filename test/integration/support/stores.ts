/*
 * The real PnPjs store as one persona uses it on an emulator site (a new store is a new page load, or
 * another tab: nothing cached), with mail through the real GraphMailService on the emulator's Graph.
 */
import { GraphBrowser, graphfi } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';
import type { ItemRecord } from '../../../emulator/store';
import type { AnyListDefinition } from '../../../src/schema';
import { GraphMailService } from '../../../src/services/mail/GraphMailService';
import { SharePointWellbeingStore } from '../../../src/services/store/SharePointWellbeingStore';
import type { TabLock } from '../../../src/services/store/once';
import type { StoreResult } from '../../../src/services/store/storeErrors';
import type { EmulatorSite, Persona } from './emulatorSite';

/** `lock`: pass one to stand for another browser (tabs of one browser share its locks; browsers do not). */
export function storeOn(site: EmulatorSite, persona: Persona, now: Date, lock?: TabLock): SharePointWellbeingStore {
  const graph = graphfi().using(
    GraphBrowser({ baseUrl: `${site.emulator.origin}/v1.0` }),
    InjectHeaders({ 'X-Emulator-User': site.login(persona) })
  );
  return new SharePointWellbeingStore(site.as(persona), new GraphMailService(graph), { now: () => now, ...(lock ? { lock } : {}) });
}

export function value<T>(result: StoreResult<T>): T {
  if (!result.ok) {
    throw new Error(`store failed: ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

/** What the emulator holds, read past every permission check. */
export function storedItems(site: EmulatorSite, list: AnyListDefinition): ItemRecord[] {
  const record = site.emulator.store.listByTitle(list.title);
  if (!record) throw new Error(`no list ${list.title}`);
  return site.emulator.store.items(record);
}
