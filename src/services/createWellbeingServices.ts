import { ServiceScope } from '@microsoft/sp-core-library';
import { DataSiteService } from './dataSite/DataSiteService';
import { IWellbeingServices } from './IWellbeingServices';

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
  dataSiteUrl: string | undefined
): Promise<IConfigurableWellbeingServices> {
  const scope = parent.startNewChild();
  const dataSite = new DataSiteService(scope);
  scope.provide(DataSiteService.serviceKey, dataSite);
  scope.finish();
  return new Promise<IConfigurableWellbeingServices>((resolve) => {
    scope.whenFinished(() => {
      dataSite.configure(dataSiteUrl);
      resolve({
        dataSite,
        setDataSiteUrl: (value: string | undefined) => dataSite.configure(value)
      });
    });
  });
}
