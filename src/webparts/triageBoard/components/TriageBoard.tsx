import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { NotBuiltYet } from '../../../components/NotBuiltYet';

/** The Triage board web part's screen. */
export function TriageBoard(): React.ReactElement {
  return <NotBuiltYet title={strings.Title} purpose={strings.Purpose} />;
}
