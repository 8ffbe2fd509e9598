import type { SPFI } from '@pnp/sp';
import { graphfi, SPFx as GraphSPFx } from '@pnp/graph';
import { GraphMailService } from '../mail/GraphMailService';
import type { IWellbeingStore } from './IWellbeingStore';
import { SharePointWellbeingStore } from './SharePointWellbeingStore';
import { IRetentionStore, SharePointRetentionStore } from './retentionStore';
import { ISettingsStore, SharePointSettingsStore } from './settingsStore';

/** Token source for Graph: the web part's AadTokenProviderFactory. */
export interface IGraphTokenSource {
  getTokenProvider(): Promise<{ getToken(resource: string): Promise<string> }>;
}

/**
 * The store a web part uses: PnPjs on the data site, and mail and people search through Graph as the
 * signed-in user.
 * Loaded on demand in its own chunk (see createWellbeingServices), so a web part that never reads records
 * does not carry it.
 */
export function createSharePointStore(sp: SPFI, tokens: IGraphTokenSource): IWellbeingStore {
  const graph = graphfi().using(GraphSPFx({ aadTokenProviderFactory: tokens }));
  return new SharePointWellbeingStore(sp, new GraphMailService(graph), { graph });
}

/** R23: the site owners' deletions past the retention period, on the same data site. */
export function createRetentionStore(sp: SPFI, tokens: IGraphTokenSource): IRetentionStore {
  const graph = graphfi().using(GraphSPFx({ aadTokenProviderFactory: tokens }));
  return new SharePointRetentionStore(sp, new GraphMailService(graph), { graph });
}

/** Issue 18: the settings view and its site check, on the same data site. */
export function createSettingsStore(sp: SPFI, tokens: IGraphTokenSource): ISettingsStore {
  const graph = graphfi().using(GraphSPFx({ aadTokenProviderFactory: tokens }));
  return new SharePointSettingsStore(sp, new GraphMailService(graph), { graph });
}
