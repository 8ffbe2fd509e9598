import * as React from 'react';
import { IWellbeingServices } from '../../services/IWellbeingServices';

/** Components reach services only through this context (never by building them). */
export const ServicesContext: React.Context<IWellbeingServices | undefined> = React.createContext<
  IWellbeingServices | undefined
>(undefined);

export function useWellbeingServices(): IWellbeingServices {
  const services = React.useContext(ServicesContext);
  if (!services) {
    throw new Error('useWellbeingServices must be used inside a WebPartRoot.');
  }
  return services;
}
