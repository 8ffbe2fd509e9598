import * as React from 'react';
import { IPropertyPaneGroup, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'TriageBoardWebPartStrings';
import type { StoreModule } from '../../services/createWellbeingServices';
import { IWellbeingWebPartProps, WellbeingWebPartBase } from '../common/WellbeingWebPartBase';
import { TriageBoard, triageBoardProps } from './components/TriageBoard';
import { TRIAGE_VIEWS, TriageView } from './components/triageBoardProps';

export interface ITriageBoardWebPartProps extends IWellbeingWebPartProps {
  /** The triage team's board, or the page where managers and the HoS open summaries shared with them. */
  view: TriageView;
}

/**
 * Also a Teams personal app and tab (manifest supportedHosts): it reads the configured data site URL, never
 * the team's own site (WellbeingWebPartBase).
 */
export default class TriageBoardWebPart extends WellbeingWebPartBase<ITriageBoardWebPartProps> {
  protected get propertyPaneDescription(): string {
    return strings.PropertyPaneDescription;
  }

  protected loadStore(): Promise<StoreModule> {
    return import(/* webpackChunkName: 'board-store' */ '../../services/store/createSharePointStore');
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(TriageBoard, triageBoardProps(this.properties));
  }

  protected extraPropertyPaneGroups(): IPropertyPaneGroup[] {
    return [
      {
        groupName: strings.ViewGroupName,
        groupFields: [PropertyPaneDropdown('view', { label: strings.ViewFieldLabel, options: TRIAGE_VIEWS.map((key) => ({ key, text: strings.ViewNames[key] })) })]
      }
    ];
  }
}
