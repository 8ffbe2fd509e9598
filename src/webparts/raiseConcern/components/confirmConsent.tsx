// R4: the worker confirms, from their own account, an alert a colleague raised on their behalf. Opened from
// the link in their copy (`?wellbeingConfirm=<reference>#proof=<secret>`, domain/workerConfirmation.ts).
// The worker cannot read the alert (it is the colleague's item), and this page shows nothing of it but the
// reference they were sent: the words are in their own mailbox only. "This is not right" writes nothing.
import * as React from 'react';
import * as strings from 'RaiseConcernWebPartStrings';
import { Problem } from '../../../components/Problem';
import { useWellbeingServices } from '../../../components/ServicesContext';
import { callStore } from '../../../components/useStoreRead';
import { normaliseReference } from '../../../domain/reference';
import type { ConfirmationRequest } from '../../../domain/workerConfirmation';
import type { WorkerConfirmationOutcome } from '../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../services/store/storeErrors';
import { spokenReference } from './afterwards';
import type { RaiseSupport } from './raiseSupport';
import { useRaiseClasses } from './raiseStyles';
import { HelpNow, StageHeading } from './steps';
import { londonLongDate, londonTimeOfDay } from '../../../domain/londonTime';

type ConfirmState =
  | { status: 'asking'; focus: boolean }
  | { status: 'sending' }
  | { status: 'failed'; error: StoreError }
  | { status: 'confirmed'; outcome: WorkerConfirmationOutcome }
  | { status: 'notRight' };

const fill = (template: string, ...values: string[]): string => values.reduce((text, value, i) => text.split(`{${i}}`).join(value), template);


function Reference(props: { reference: string }): React.ReactElement {
  const classes = useRaiseClasses();
  return (
    <strong className={classes.reference} data-reference={props.reference} aria-label={spokenReference(props.reference)}>
      {props.reference}
    </strong>
  );
}

export function ConfirmConsent(props: { idPrefix: string; request: ConfirmationRequest; support: RaiseSupport }): React.ReactElement {
  const services = useWellbeingServices();
  const classes = useRaiseClasses();
  const [state, setState] = React.useState<ConfirmState>({ status: 'asking', focus: false });
  const reference = normaliseReference(props.request.reference);
  const secret = props.request.secret;
  const headingId = `${props.idPrefix}-heading`;

  if (reference === undefined || secret === undefined) {
    return (
      <div data-stage="confirm-incomplete">
        <StageHeading id={headingId} text={strings.Confirm.LinkIncompleteHeading} focus={true} />
        <p>{strings.Confirm.LinkIncomplete}</p>
        <p>{strings.Confirm.LinkIncompleteContact}</p>
        <HelpNow support={props.support} />
      </div>
    );
  }

  const confirm = async (): Promise<void> => {
    setState({ status: 'sending' });
    const result = await callStore(services.store, (store) => store.confirmAsWorker(reference, secret));
    setState(result.ok ? { status: 'confirmed', outcome: result.value } : { status: 'failed', error: result.error });
  };

  if (state.status === 'confirmed') {
    const at = state.outcome.confirmedAt;
    return (
      <div data-stage="confirmed">
        <div className={classes.success}>
          <StageHeading id={headingId} text={strings.Confirm.ConfirmedHeading} focus={true} />
          <p>{fill(state.outcome.alreadyConfirmed ? strings.Confirm.AlreadyConfirmed : strings.Confirm.Confirmed, reference, londonLongDate(at), londonTimeOfDay(at))}</p>
        </div>
        <p>{strings.Confirm.ConfirmedNext}</p>
        <HelpNow support={props.support} />
      </div>
    );
  }

  if (state.status === 'notRight') {
    return (
      <div data-stage="confirm-not-right">
        <StageHeading id={headingId} text={strings.Confirm.NotRightHeading} focus={true} />
        <p>{strings.Confirm.NotRightBody}</p>
        <p>{fill(strings.Confirm.NotRightContact, reference)}</p>
        <HelpNow support={props.support} />
        <div className={classes.actions}>
          <button type="button" className={classes.button} onClick={() => setState({ status: 'asking', focus: true })}>
            {strings.Confirm.Back}
          </button>
        </div>
      </div>
    );
  }

  const sending = state.status === 'sending';
  return (
    <div data-stage="confirm">
      <StageHeading key={state.status} id={headingId} text={strings.Confirm.Heading} focus={state.status === 'asking' && state.focus} />
      {state.status === 'failed' ? (
        <Problem what={strings.Confirm.Failed} error={state.error} reassurance={strings.Confirm.FailedKept} onRetry={() => void confirm()} />
      ) : null}
      <p>
        {strings.Confirm.Intro} <Reference reference={reference} />
      </p>
      <p>{strings.Confirm.ReadCopy}</p>
      <p>{strings.Confirm.Meaning}</p>
      <p>{strings.Confirm.WhoSees}</p>
      <div className={classes.actions}>
        {/* aria-disabled, not disabled, while sending: a disabled button drops keyboard focus to the page. */}
        <button type="button" className={classes.primaryButton} aria-disabled={sending || undefined} onClick={() => (sending ? undefined : void confirm())}>
          {sending ? strings.Confirm.Confirming : strings.Confirm.ConfirmButton}
        </button>
        <button type="button" className={classes.button} aria-disabled={sending || undefined} onClick={() => (sending ? undefined : setState({ status: 'notRight' }))}>
          {strings.Confirm.NotRightButton}
        </button>
      </div>
      {sending ? (
        <p role="status" className={classes.visuallyHidden}>
          {strings.Confirm.Confirming}
        </p>
      ) : null}
    </div>
  );
}
