import * as React from 'react';
import { ServicesContext, useWellbeingServices } from '../../../components/ServicesContext';
import type { IWellbeingServices } from '../../../services/IWellbeingServices';
import type { IWellbeingStore } from '../../../services/store/IWellbeingStore';

/**
 * The web part's services with a lighter store: supportDirectory() is one GET in a small chunk
 * (services/store/supportDirectory.ts) instead of the whole store's chunk; anything else goes to the full store.
 * The same interfaces, so the component cannot tell (and its tests and the preview use the full store).
 */
export function withDirectoryReader(services: IWellbeingServices): IWellbeingServices {
  let store: Promise<IWellbeingStore> | undefined;
  return {
    dataSite: services.dataSite,
    store: () => {
      store =
        store ??
        import(/* webpackChunkName: 'signposting-directory' */ '../../../services/store/supportDirectory').then(
          (m) => m.directoryFirstStore(() => services.dataSite.sp, () => services.store()),
          (error: unknown) => {
            // The chunk did not arrive (network gone): "Try again" must load it again, not reuse the failure.
            store = undefined;
            throw error;
          }
        );
      return store;
    }
  };
}

/** Hands the components inside it the services of withDirectoryReader. Used by the SharePoint web part only. */
export function DirectoryReaderScope(props: { children?: React.ReactNode }): React.ReactElement {
  const services = useWellbeingServices();
  const scoped = React.useMemo(() => withDirectoryReader(services), [services]);
  return <ServicesContext.Provider value={scoped}>{props.children}</ServicesContext.Provider>;
}
