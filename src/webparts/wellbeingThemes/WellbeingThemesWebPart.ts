import * as React from 'react';
import { IPropertyPaneGroup, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'WellbeingThemesWebPartStrings';
import type { StoreModule } from '../../services/createWellbeingServices';
import { IWellbeingWebPartProps, WellbeingWebPartBase } from '../common/WellbeingWebPartBase';
import { THEMES_VIEWS, ThemesView, wellbeingThemesProps } from './components/wellbeingThemesProps';
import { WellbeingThemes } from './components/WellbeingThemes';

export interface IWellbeingThemesWebPartProps extends IWellbeingWebPartProps {
  /** Which screen this placement shows: the SMT page, the triage team's page or the network reps' page. */
  view: ThemesView;
}

export default class WellbeingThemesWebPart extends WellbeingWebPartBase<IWellbeingThemesWebPartProps> {
  protected get propertyPaneDescription(): string {
    return strings.PropertyPaneDescription;
  }

  protected loadStore(): Promise<StoreModule> {
    return import(/* webpackChunkName: 'themes-store' */ '../../services/store/createSharePointStore');
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(WellbeingThemes, wellbeingThemesProps(this.properties));
  }

  protected extraPropertyPaneGroups(): IPropertyPaneGroup[] {
    return [
      {
        groupName: strings.ViewGroupName,
        groupFields: [
          PropertyPaneDropdown('view', {
            label: strings.ViewFieldLabel,
            options: THEMES_VIEWS.map((key) => ({ key, text: strings.ViewNames[key] }))
          })
        ]
      }
    ];
  }
}
