import * as React from 'react';
import { ThemeProvider, PartialTheme } from '@fluentui/react/lib/Theme';
import { IWellbeingServices } from '../../services/IWellbeingServices';
import { ServicesContext } from '../ServicesContext';

export interface IWebPartRootProps {
  services: IWellbeingServices;
  /** The section's theme variant (section backgrounds, Teams themes); undefined means the site theme. */
  theme?: PartialTheme;
  children?: React.ReactNode;
}

/** The top of every web part's React tree: its services and its section's theme. */
export function WebPartRoot(props: IWebPartRootProps): React.ReactElement {
  return (
    <ServicesContext.Provider value={props.services}>
      <ThemeProvider theme={props.theme}>{props.children}</ThemeProvider>
    </ServicesContext.Provider>
  );
}
