import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { NotBuiltYet } from '../../../components/NotBuiltYet';

/** The Wellbeing themes web part's screen. */
export function WellbeingThemes(): React.ReactElement {
  return <NotBuiltYet title={strings.Title} purpose={strings.Purpose} />;
}
