import * as React from 'react';
import * as strings from 'WellbeingStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { StoreError } from '../../services/store/storeErrors';
import { formStyles } from '../formStyles';
import { SiteBehindNotice, useSiteBehind } from '../SiteBehindNotice';

const fill = (template: string, value: number): string => template.split('{0}').join(String(value));

/** Why SharePoint failed, in plain words (storeErrors.ts kinds). Never any record content (R22). */
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
    case 'personNotFound':
      text = p[error.kind];
      break;
    default:
      text = p.other;
  }
  return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0 ? `${text} ${fill(strings.RetryAfter, error.retryAfterSeconds)}` : text;
}

export interface IProblemProps {
  /** What did not happen ("The report was not published."). */
  what: string;
  error: StoreError;
  /** Omitted when trying again cannot help. */
  onRetry?: () => void;
  /** Replaces the plain reason (a conflict explained for this screen). */
  reason?: string;
  /** Said after the reason: what was kept ("Everything you typed is still here."). */
  reassurance?: string;
}

/**
 * A failure of SharePoint said plainly, with a way to try again; announced at once (role="alert"). When the
 * data site turns out to be behind this package, says that an administrator needs to run the provisioner.
 */
export function Problem(props: IProblemProps): React.ReactElement {
  const theme = useTheme();
  const classes = React.useMemo(() => {
    const form = formStyles(theme);
    return mergeStyleSets({ problem: form.problem, button: form.button });
  }, [theme]);
  const behind = useSiteBehind(props.error);
  if (behind) {
    return <SiteBehindNotice behind={behind} what={props.what} reassurance={props.reassurance} />;
  }
  return (
    <div role="alert" className={classes.problem}>
      <p>
        {props.what} {props.reason ?? problemText(props.error)}
        {props.reassurance ? ` ${props.reassurance}` : ''}
      </p>
      {props.onRetry && (
        <button type="button" className={classes.button} onClick={props.onRetry}>
          {strings.TryAgain}
        </button>
      )}
    </div>
  );
}
