import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { IWellbeingWebPartProps, WellbeingWebPartBase } from '../common/WellbeingWebPartBase';
import { RaiseConcern } from './components/RaiseConcern';

export type IRaiseConcernWebPartProps = IWellbeingWebPartProps;

export default class RaiseConcernWebPart extends WellbeingWebPartBase<IRaiseConcernWebPartProps> {
  protected get propertyPaneDescription(): string {
    return strings.PropertyPaneDescription;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(RaiseConcern);
  }
}
