/*
 * The services a web part gets in the preview: the same interfaces as in SharePoint, the real PnPjs store and
 * Graph mail, with the browser's own fetch (the persona travels as a cookie on this origin, not a token).
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { graphfi, GraphBrowser } from '@pnp/graph';
import type { IWellbeingServices } from '../../src/services/IWellbeingServices';
import type { IWellbeingStore } from '../../src/services/store/IWellbeingStore';
import { SharePointWellbeingStore } from '../../src/services/store/SharePointWellbeingStore';
import { SharePointRetentionStore } from '../../src/services/store/retentionStore';
import { SharePointSettingsStore } from '../../src/services/store/settingsStore';
import { GraphMailService } from '../../src/services/mail/GraphMailService';
import { readSiteSchemaStatus } from '../../src/services/siteSchema/siteSchema';
import { rememberStatus } from '../../src/services/siteSchema/rememberStatus';

function mail(graphUrl: string): GraphMailService {
  return new GraphMailService(graphfi(graphUrl).using(GraphBrowser({ baseUrl: graphUrl })));
}

export function previewServices(dataSiteUrl: string, graphUrl: string): IWellbeingServices {
  const url = dataSiteUrl.replace(/\/$/, '');
  const sp = spfi(url).using(SPBrowser({ baseUrl: url }));
  let store: Promise<IWellbeingStore> | undefined;
  return {
    dataSite: { url, isCurrentSite: false, sp },
    store: () => {
      const graph = graphfi(graphUrl).using(GraphBrowser({ baseUrl: graphUrl }));
      store = store ?? Promise.resolve(new SharePointWellbeingStore(sp, new GraphMailService(graph), { graph }));
      return store;
    },
    siteSchema: rememberStatus(() => readSiteSchemaStatus(sp)),
    retention: () => Promise.resolve(new SharePointRetentionStore(sp, mail(graphUrl))),
    settings: () => Promise.resolve(new SharePointSettingsStore(sp, mail(graphUrl)))
  };
}
