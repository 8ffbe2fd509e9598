import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { IWellbeingWebPartProps, WellbeingWebPartBase } from '../common/WellbeingWebPartBase';
import { WellbeingThemes } from './components/WellbeingThemes';

export type IWellbeingThemesWebPartProps = IWellbeingWebPartProps;

export default class WellbeingThemesWebPart extends WellbeingWebPartBase<IWellbeingThemesWebPartProps> {
  protected get propertyPaneDescription(): string {
    return strings.PropertyPaneDescription;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(WellbeingThemes);
  }
}
