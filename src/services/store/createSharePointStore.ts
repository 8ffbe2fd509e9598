import type { SPFI } from '@pnp/sp';
import type { GraphFI } from '@pnp/graph';
import type { IMailService } from '../mail/IMailService';
import { lazyMail } from '../mail/lazyMail';
import type { IGraphTokenSource } from './graphRoot';
import type { IWellbeingStore } from './IWellbeingStore';
import { SharePointWellbeingStore } from './SharePointWellbeingStore';
import { IRetentionStore, SharePointRetentionStore } from './retentionStore';

export type { IGraphTokenSource };

/**
 * The store a web part uses: PnPjs on the data site, and mail and people search through Graph as the
 * signed-in user.
 * Loaded on demand in its own chunk (see createWellbeingServices), so a web part that never reads records
 * does not carry it.
 */
export function createSharePointStore(sp: SPFI, tokens: IGraphTokenSource): IWellbeingStore {
  const { graph, mail } = graphOnDemand(tokens);
  return new SharePointWellbeingStore(sp, mail, { graph });
}

/** R23: the site owners' deletions past the retention period, on the same data site. */
export function createRetentionStore(sp: SPFI, tokens: IGraphTokenSource): IRetentionStore {
  const { graph, mail } = graphOnDemand(tokens);
  return new SharePointRetentionStore(sp, mail, { graph });
}

/**
 * Graph, and mail through it, loaded the first time a person is searched for or a mail is sent (issue 17: in
 * their own chunk, so no first view carries them). One Graph root per store.
 */
export function graphOnDemand(tokens: IGraphTokenSource): { graph: () => Promise<GraphFI>; mail: IMailService } {
  let root: Promise<typeof import('./graphRoot')> | undefined;
  const load = (): Promise<typeof import('./graphRoot')> => {
    root =
      root ??
      import(/* webpackChunkName: 'wellbeing-graph' */ './graphRoot').catch((error: unknown) => {
        root = undefined;
        throw error;
      });
    return root;
  };
  let graph: GraphFI | undefined;
  const graphOf = (m: typeof import('./graphRoot')): GraphFI => (graph = graph ?? m.graphRoot(tokens));
  return {
    graph: () => load().then(graphOf),
    mail: lazyMail(() => load().then((m) => new m.GraphMailService(graphOf(m))))
  };
}
