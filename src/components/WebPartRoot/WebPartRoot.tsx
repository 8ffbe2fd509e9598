import * as React from 'react';
import { ThemeProvider, PartialTheme } from '@fluentui/react/lib/Theme';
import { IWellbeingServices } from '../../services/IWellbeingServices';
import { ServicesContext } from '../ServicesContext';
import { WebPartTitleContext } from '../WebPartHeading';

export interface IWebPartRootProps {
  services: IWellbeingServices;
  /** The section's theme variant (section backgrounds, Teams themes); undefined means the site theme. */
  theme?: PartialTheme;
  /** The web part's title property (shown as its heading only when set: WebPartHeading). */
  title?: string;
  children?: React.ReactNode;
}

/** The top of every web part's React tree: its services, its section's theme and its title. */
export function WebPartRoot(props: IWebPartRootProps): React.ReactElement {
  return (
    <ServicesContext.Provider value={props.services}>
      <WebPartTitleContext.Provider value={props.title}>
        <ThemeProvider theme={props.theme}>{props.children}</ThemeProvider>
      </WebPartTitleContext.Provider>
    </ServicesContext.Provider>
  );
}
