import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { useThemesClasses } from './themesStyles';
import type { ThemesView } from './wellbeingThemesProps';

export { Problem, problemText } from '../../../components/Problem';
export type { IProblemProps } from '../../../components/Problem';

/** R21: SharePoint will not show this person this view: say so, never crash. */
export function NoAccess(props: { view: ThemesView }): React.ReactElement {
  const classes = useThemesClasses();
  return (
    <div className={classes.problem} data-no-access="true">
      <h3>{strings.NoAccessHeading}</h3>
      <p>{strings.NoAccessBody[props.view]}</p>
      <p>{strings.NoAccessAsk}</p>
    </div>
  );
}

export function Loading(props: { label?: string }): React.ReactElement {
  return <Spinner label={props.label ?? strings.Loading} ariaLive="polite" labelPosition="right" />;
}
