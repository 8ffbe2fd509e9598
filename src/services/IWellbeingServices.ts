import { IDataSiteService } from './dataSite/IDataSiteService';
import type { IWellbeingStore } from './store/IWellbeingStore';
import type { IRetentionStore } from './store/retentionStore';
import type { ISettingsStore } from './store/settingsStore';
import type { SiteSchemaStatus } from './siteSchema/siteSchema';

/**
 * The services one web part instance hands to its React tree. Created once per web part (in a child
 * ServiceScope) so that tests and the local preview can swap every implementation in one place.
 */
export interface IWellbeingServices {
  dataSite: IDataSiteService;
  /**
   * The wellbeing lists on the data site. Loaded on first use, in its own bundle chunk, so a web part
   * that never touches records (signposting on every induction page) stays light.
   */
  store(): Promise<IWellbeingStore>;
  /**
   * Whether the data site's lists are as this package expects (read once, and only after something failed:
   * a healthy page pays no request for it). Absent where nothing can be behind (tests that fake the store).
   */
  siteSchema?(): Promise<SiteSchemaStatus>;
  /**
   * R23: the data site's owners delete cases past their retention period (the store's own role; loaded with the
   * store's chunk, on the retention view only). Absent where a host offers no deletion.
   */
  retention?(): Promise<IRetentionStore>;
  /**
   * Issue 18: the settings view (the site owners save, triage read) and its site check; loaded with the store's
   * chunk, on the settings view only. Absent where a host offers no settings.
   */
  settings?(): Promise<ISettingsStore>;
}
