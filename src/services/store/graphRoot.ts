// Microsoft Graph as the signed-in user, in the web parts' 'wellbeing-graph' chunk with the mail service and
// people search (createSharePointStore loads it on first use: no first view needs Graph, issue 17).
import { graphfi, GraphFI, SPFx as GraphSPFx } from '@pnp/graph';
import { GraphMailService } from '../mail/GraphMailService';

/** Token source for Graph: the web part's AadTokenProviderFactory. */
export interface IGraphTokenSource {
  getTokenProvider(): Promise<{ getToken(resource: string): Promise<string> }>;
}

export function graphRoot(tokens: IGraphTokenSource): GraphFI {
  return graphfi().using(GraphSPFx({ aadTokenProviderFactory: tokens }));
}

export { GraphMailService };
