import type { SPFI } from '@pnp/sp';
import { graphOnDemand, IGraphTokenSource } from './createSharePointStore';
import { ISettingsStore, SharePointSettingsStore } from './settingsStore';

/**
 * Issue 18: the settings view and its site check, on the same data site. A module of its own, loaded only by the
 * site owners' settings view: the site check reads the provisioner's full schema (groups, which lists are
 * restricted), which no other view's store chunk should carry (issue 17).
 */
export function createSettingsStore(sp: SPFI, tokens: IGraphTokenSource): ISettingsStore {
  const { graph, mail } = graphOnDemand(tokens);
  return new SharePointSettingsStore(sp, mail, { graph });
}
