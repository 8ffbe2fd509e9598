// After submitting (R9): a reference that can be read out, what happens next, help now; and the raiser's
// own concerns with a public status only (R21).
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { londonLongDate } from '../../../domain/londonTime';
import type { CompletedBy, PublicStatus, Route } from '../../../domain/types';
import { Problem } from '../../../components/Problem';
import { useStoreRead } from '../../../components/useStoreRead';
import type { MyAlert } from '../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../services/store/storeErrors';
import { RaiseSupport } from './raiseSupport';
import { useRaiseClasses } from './raiseStyles';
import { HelpNow, StageHeading } from './steps';

export type CopyState = { status: 'none' } | { status: 'sending'; to: string } | { status: 'sent'; to: string } | { status: 'failed'; to: string; error: StoreError };

export interface SentAlert {
  reference: string;
  route: Route;
  anonymous: boolean;
  completedBy: CompletedBy;
}

const fill = (template: string, value: string): string => template.split('{0}').join(value);

/** "WB-7K3M-9QR4" read out character by character: screen readers otherwise say it as words. */
export function spokenReference(reference: string): string {
  return reference
    .split('-')
    .map((part) => part.split('').join(' '))
    .join(', ');
}

export function Sent(props: {
  idPrefix: string;
  sent: SentAlert;
  copy: CopyState;
  onRetryCopy: () => void;
  support: RaiseSupport;
  onRaiseAnother: () => void;
  children?: React.ReactNode;
}): React.ReactElement {
  const classes = useRaiseClasses();
  const role = strings.RouteRoles[props.sent.route];
  const next = props.sent.anonymous ? fill(strings.NextAnonymous[props.sent.completedBy], role) : fill(strings.NextNamed[props.sent.completedBy], role);
  return (
    <div data-stage="sent">
      <div className={classes.success}>
        <StageHeading id={`${props.idPrefix}-heading`} text={strings.SentHeading} focus={true} />
        <p>
          {strings.ReferenceLabel}
          <strong className={classes.reference} data-reference={props.sent.reference} aria-label={spokenReference(props.sent.reference)}>
            {props.sent.reference}
          </strong>
        </p>
        <p>{strings.ReferenceHelp}</p>
      </div>
      {props.copy.status === 'sent' ? <p role="status">{fill(strings.CopySent, props.copy.to)}</p> : null}
      {props.copy.status === 'failed' ? (
        <Problem what={strings.CopyFailed} error={props.copy.error} reassurance={strings.CopyKept} onRetry={props.onRetryCopy} />
      ) : null}
      <h3>{strings.NextHeading}</h3>
      <p>{next}</p>
      <HelpNow support={props.support} />
      <div className={classes.actions}>
        <button type="button" className={classes.button} onClick={props.onRaiseAnother}>
          {strings.RaiseAnother}
        </button>
      </div>
      {props.children}
    </div>
  );
}

/** R21: the signed-in person's own alerts: reference, date and public status, nothing else. */
export function MyConcerns(props: { idPrefix: string; refreshKey: number }): React.ReactElement {
  const classes = useRaiseClasses();
  const read = useStoreRead<MyAlert[]>(`my-alerts-${props.refreshKey}`, (store) => store.myAlerts());
  const headingId = `${props.idPrefix}-mine`;
  let body: React.ReactElement;
  if (read.state.status === 'loading') {
    body = <p role="status">{strings.Loading}</p>;
  } else if (read.state.status === 'failed') {
    body = <Problem what={strings.MyConcernsFailed} error={read.state.error} onRetry={read.retry} />;
  } else if (read.state.value.length === 0) {
    body = <p>{strings.MyConcernsNone}</p>;
  } else {
    body = (
      <table className={classes.table} data-my-concerns="true">
        <caption className={classes.visuallyHidden}>{strings.MyConcernsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.MyConcernsReference}</th>
            <th scope="col">{strings.MyConcernsDate}</th>
            <th scope="col">{strings.MyConcernsStatus}</th>
          </tr>
        </thead>
        <tbody>
          {read.state.value.map((a) => (
            <tr key={a.reference}>
              <th scope="row">{a.reference}</th>
              <td>{londonLongDate(a.submittedAt)}</td>
              <td>{statusText(a.publicStatus)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.MyConcernsHeading}</h3>
      <p className={classes.help}>{strings.MyConcernsHint}</p>
      {body}
    </section>
  );
}

function statusText(status: PublicStatus): string {
  return strings.PublicStatuses[status];
}
