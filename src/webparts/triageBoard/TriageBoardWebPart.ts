import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { IWellbeingWebPartProps, WellbeingWebPartBase } from '../common/WellbeingWebPartBase';
import { TriageBoard } from './components/TriageBoard';

export type ITriageBoardWebPartProps = IWellbeingWebPartProps;

export default class TriageBoardWebPart extends WellbeingWebPartBase<ITriageBoardWebPartProps> {
  protected get propertyPaneDescription(): string {
    return strings.PropertyPaneDescription;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(TriageBoard);
  }
}
