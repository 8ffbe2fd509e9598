import * as React from 'react';
import { IPropertyPaneGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'RaiseConcernWebPartStrings';
import type { StoreModule } from '../../services/createWellbeingServices';
import { IWellbeingWebPartProps, WellbeingWebPartBase } from '../common/WellbeingWebPartBase';
import { RaiseConcern, raiseConcernProps } from './components/RaiseConcern';

export interface IRaiseConcernWebPartProps extends IWellbeingWebPartProps {
  /** Exit this page replaces the page with this one. */
  exitPageUrl: string;
  /** R8: the whistleblowing procedure page. */
  whistleblowingPageUrl: string;
}

export default class RaiseConcernWebPart extends WellbeingWebPartBase<IRaiseConcernWebPartProps> {
  protected get propertyPaneDescription(): string {
    return strings.PropertyPaneDescription;
  }

  protected loadStore(): Promise<StoreModule> {
    return import(/* webpackChunkName: 'raise-store' */ '../../services/store/createSharePointStore');
  }

  protected renderContent(): React.ReactElement {
    // R1: the query string says whether the person came from an induction page; R4: a worker's confirmation
    // link carries the reference in the query and the secret in the fragment.
    return React.createElement(RaiseConcern, raiseConcernProps(this.properties, window.location.search, window.location.hash));
  }

  protected extraPropertyPaneGroups(): IPropertyPaneGroup[] {
    return [
      {
        groupName: strings.PagesGroupName,
        groupFields: [
          PropertyPaneTextField('exitPageUrl', { label: strings.ExitPageUrlLabel, description: strings.ExitPageUrlDescription }),
          PropertyPaneTextField('whistleblowingPageUrl', { label: strings.WhistleblowingPageUrlLabel })
        ]
      }
    ];
  }
}
