import type { SPFI } from '@pnp/sp';
import type { IDataSiteService } from '../../src/services/dataSite/IDataSiteService';
import type { IWellbeingServices } from '../../src/services/IWellbeingServices';

/** Services as a test wants them: a data site that refuses to be called unless a test gives it a root. */
export function fakeServices(overrides: Partial<IDataSiteService> = {}): IWellbeingServices {
  const dataSite: IDataSiteService = {
    url: 'https://leics.sharepoint.com/sites/wellbeing-records',
    isCurrentSite: false,
    get sp(): SPFI {
      throw new Error('This test did not expect a SharePoint call.');
    },
    ...overrides
  };
  return {
    dataSite,
    store: () => Promise.reject(new Error('This test did not expect the store to be used.'))
  };
}
