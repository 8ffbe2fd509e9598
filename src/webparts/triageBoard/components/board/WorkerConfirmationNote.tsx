// R4: whether the worker has confirmed, from their own account, an alert a colleague raised for them. The
// store proves each confirmation (secret and Author, consentStore.ts); this only says where it stands and,
// once it is proved, lets triage record it on the case (recordWorkerConfirmation refuses anything unproved).
// Triage's own "confirmed with the worker in conversation" stays a separate action, recorded as such.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Problem } from '../../../../components/Problem';
import { useStoreRead } from '../../../../components/useStoreRead';
import type { ConsentStatus } from '../../../../domain/types';
import type { WorkerConfirmationState } from '../../../../domain/workerConfirmation';
import type { AlertRecord } from '../../../../services/store/IWellbeingStore';
import { dateTime, fill, useTriageClasses } from '../triageStyles';

export interface IWorkerConfirmationNoteProps {
  alert: AlertRecord;
  /** The case's consent status: only StatedByRaiser still waits for a confirmation to be recorded. */
  caseConsent: ConsentStatus;
  /** Records the proved confirmation on the case; absent where the screen cannot save (closed, read only). */
  onRecord?: (state: WorkerConfirmationState) => void;
}

export function WorkerConfirmationNote(props: IWorkerConfirmationNoteProps): React.ReactElement | null {
  const classes = useTriageClasses();
  const waiting = props.alert.alert.completedBy === 'Colleague';
  // Nothing to read when the worker raised it themselves (R4: no consent needed).
  const read = useStoreRead<WorkerConfirmationState>(waiting ? `worker-confirmation-${props.alert.id}-${props.caseConsent}` : undefined, (store) =>
    store.workerConfirmation(props.alert)
  );
  if (!waiting) {
    return null;
  }
  let body: React.ReactElement | null;
  if (read.state.status === 'loading') {
    body = <p role="status">{strings.WorkerConfirmation.Checking}</p>;
  } else if (read.state.status === 'failed') {
    body = <Problem what={strings.WorkerConfirmation.Failed} error={read.state.error} onRetry={read.retry} />;
  } else {
    const state = read.state.value;
    switch (state.kind) {
      case 'confirmed': {
        const who = state.by.displayName !== '' ? `${state.by.displayName} (${state.by.email})` : state.by.email;
        body = (
          <>
            <p data-worker-confirmed="true">{fill(strings.WorkerConfirmation.Confirmed, dateTime(state.confirmedAt), who)}</p>
            {props.caseConsent === 'StatedByRaiser' && props.onRecord !== undefined ? (
              <>
                <p className={classes.help}>{strings.WorkerConfirmation.CheckAccount}</p>
                <button type="button" className={classes.button} onClick={() => props.onRecord?.(state)}>
                  {strings.WorkerConfirmation.Record}
                </button>
              </>
            ) : null}
          </>
        );
        break;
      }
      case 'waiting':
        body = props.caseConsent === 'StatedByRaiser' ? <p data-worker-confirmed="false">{strings.WorkerConfirmation.Waiting}</p> : null;
        break;
      case 'noLink':
        body = props.caseConsent === 'StatedByRaiser' ? <p data-worker-confirmed="false">{strings.WorkerConfirmation.NoLink}</p> : null;
        break;
      default:
        body = null;
    }
  }
  return body === null ? null : <div data-worker-confirmation="true">{body}</div>;
}
