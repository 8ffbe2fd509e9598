import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import type { StoreError } from '../../../services/store/storeErrors';
import { format } from './format';
import { useThemesClasses } from './themesStyles';
import type { ThemesView } from './wellbeingThemesProps';

/** Why SharePoint failed, in plain words (storeErrors.ts kinds). */
export function problemText(error: StoreError): string {
  const p = strings.Problems;
  let text: string;
  switch (error.kind) {
    case 'throttled':
    case 'offline':
    case 'signedOut':
    case 'noPermission':
    case 'notFound':
    case 'conflict':
    case 'invalidInput':
      text = p[error.kind];
      break;
    default:
      text = p.other;
  }
  return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0
    ? `${text} ${format(strings.RetryAfter, error.retryAfterSeconds)}`
    : text;
}

export interface IProblemProps {
  /** What did not happen ("The report was not published."). */
  what: string;
  error: StoreError;
  /** Omitted when trying again cannot help. */
  onRetry?: () => void;
  /** Replaces the plain reason (a conflict explained for this screen). */
  reason?: string;
}

/** A failure said plainly, with a way to try again; announced at once (role="alert"). */
export function Problem(props: IProblemProps): React.ReactElement {
  const classes = useThemesClasses();
  return (
    <div role="alert" className={classes.problem}>
      <p>
        {props.what} {props.reason ?? problemText(props.error)}
      </p>
      {props.onRetry && (
        <button type="button" className={classes.button} onClick={props.onRetry}>
          {strings.TryAgain}
        </button>
      )}
    </div>
  );
}

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
