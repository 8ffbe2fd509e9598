/*
 * Which component each web part renders, with the props its web part class would give it. The mapping from
 * properties to props is each web part's own (so SharePoint and the preview cannot drift apart).
 */
import * as React from 'react';
import type { WebPartType } from '../pages';
import { RaiseConcern, raiseConcernProps } from '../../src/webparts/raiseConcern/components/RaiseConcern';
import { Signposting, signpostingProps } from '../../src/webparts/signposting/components/Signposting';
import { TriageBoard, triageBoardProps } from '../../src/webparts/triageBoard/components/TriageBoard';
import { WellbeingThemes, wellbeingThemesProps } from '../../src/webparts/wellbeingThemes/components/WellbeingThemes';

export function webPartElement(type: WebPartType, properties: Record<string, unknown>, location: Location): React.ReactElement {
  switch (type) {
    case 'raiseConcern':
      return <RaiseConcern {...raiseConcernProps(properties, location.search, location.hash)} />;
    case 'signposting':
      return <Signposting {...signpostingProps(properties)} />;
    case 'triageBoard':
      return <TriageBoard {...triageBoardProps(properties)} />;
    case 'wellbeingThemes':
      return <WellbeingThemes {...wellbeingThemesProps(properties)} />;
  }
}
