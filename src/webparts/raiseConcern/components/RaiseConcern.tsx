import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { NotBuiltYet } from '../../../components/NotBuiltYet';

/** The Raise a wellbeing concern web part's screen. */
export function RaiseConcern(): React.ReactElement {
  return <NotBuiltYet title={strings.Title} purpose={strings.Purpose} />;
}
