import { ServiceScope } from '@microsoft/sp-core-library';
import { AadTokenProviderFactory } from '@microsoft/sp-http';
import { DataSiteService } from './dataSite/DataSiteService';
import { IWellbeingServices } from './IWellbeingServices';
import type { IWellbeingStore } from './store/IWellbeingStore';
import { rememberStatus } from './siteSchema/rememberStatus';
import type { SiteSchemaStatus } from './siteSchema/siteSchema';

/** The store's module, as each web part loads it (StoreModuleLoader). */
export type StoreModule = typeof import('./store/createSharePointStore');

/**
 * Loads the store's module. Each web part passes its own `import()` with its own chunk name (issue 17): webpack
 * then leaves out of that web part's store chunk every module its entry already holds (the raise form's domain
 * rules, the reference data), where one chunk shared by four web parts carried them all again for each.
 */
export type StoreModuleLoader = () => Promise<StoreModule>;

export interface IConfigurableWellbeingServices extends IWellbeingServices {
  /** Applies a changed data site property without rebuilding the scope. */
  setDataSiteUrl(dataSiteUrl: string | undefined): void;
}

/**
 * Builds the web part's services in a child of its ServiceScope, so anything registered above (a test fake,
 * the preview's emulator-backed implementation) wins over the defaults.
 */
export function createWellbeingServices(
  parent: ServiceScope,
  dataSiteUrl: string | undefined,
  loadStore: StoreModuleLoader
): Promise<IConfigurableWellbeingServices> {
  const scope = parent.startNewChild();
  const dataSite = new DataSiteService(scope);
  scope.provide(DataSiteService.serviceKey, dataSite);
  scope.finish();
  let store: Promise<IWellbeingStore> | undefined;
  const readSiteSchema = (): (() => Promise<SiteSchemaStatus>) =>
    rememberStatus(() =>
      import(/* webpackChunkName: 'wellbeing-site-schema' */ './siteSchema/siteSchema').then((m) => m.readSiteSchemaStatus(dataSite.sp))
    );
  let siteSchema = readSiteSchema();
  return new Promise<IConfigurableWellbeingServices>((resolve) => {
    scope.whenFinished(() => {
      dataSite.configure(dataSiteUrl);
      const tokens = scope.consume(AadTokenProviderFactory.serviceKey);
      resolve({
        dataSite,
        store: () => {
          store = store ?? loadStore().then((m) => m.createSharePointStore(dataSite.sp, tokens));
          return store;
        },
        siteSchema: () => siteSchema(),
        retention: () => loadStore().then((m) => m.createRetentionStore(dataSite.sp, tokens)),
        settings: () =>
          import(/* webpackChunkName: 'wellbeing-settings-store' */ './store/createSettingsStore').then((m) => m.createSettingsStore(dataSite.sp, tokens)),
        setDataSiteUrl: (value: string | undefined) => {
          dataSite.configure(value);
          store = undefined;
          siteSchema = readSiteSchema();
        }
      });
    });
  });
}
