import * as React from 'react';
import { IPropertyPaneGroup, PropertyPaneDropdown, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'SignpostingWebPartStrings';
import { PAGE_CONTEXTS, PageContext } from '../../domain/types';
import type { StoreModule } from '../../services/createWellbeingServices';
import { IWellbeingWebPartProps, WellbeingWebPartBase } from '../common/WellbeingWebPartBase';
import { Signposting, signpostingProps } from './components/Signposting';
import { DirectoryReaderScope } from './components/DirectoryReaderScope';

export interface ISignpostingWebPartProps extends IWellbeingWebPartProps {
  /** Which page this sits on (R1): picks the entries and the explanation shown. */
  pageContext: PageContext;
  /** The page that hosts "Raise a wellbeing concern", for the call to action. */
  raiseConcernPageUrl: string;
}

export default class SignpostingWebPart extends WellbeingWebPartBase<ISignpostingWebPartProps> {
  protected get propertyPaneDescription(): string {
    return strings.PropertyPaneDescription;
  }

  protected loadStore(): Promise<StoreModule> {
    return import(/* webpackChunkName: 'signposting-store' */ '../../services/store/createSharePointStore');
  }

  /** In SharePoint the directory is read by a light reader (one GET in a small chunk), not the whole store. */
  protected renderContent(): React.ReactElement {
    return React.createElement(DirectoryReaderScope, undefined, React.createElement(Signposting, signpostingProps(this.properties)));
  }

  protected extraPropertyPaneGroups(): IPropertyPaneGroup[] {
    return [
      {
        groupName: strings.PageGroupName,
        groupFields: [
          PropertyPaneDropdown('pageContext', {
            label: strings.PageContextFieldLabel,
            options: PAGE_CONTEXTS.map((key) => ({ key, text: strings.PageContextNames[key] }))
          }),
          PropertyPaneTextField('raiseConcernPageUrl', {
            label: strings.RaiseConcernPageUrlFieldLabel,
            description: strings.RaiseConcernPageUrlFieldDescription
          })
        ]
      }
    ];
  }
}
