// Issue 14: alerts the board could not read (a value the raise form never writes: every alert column is
// untrusted input). Each is its own row with its id only, never its content, so the rest of the board loads;
// triage can set one aside (its public status becomes Closed; the alerts list's version history keeps who and
// when) and a site owner can look at the item.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { Problem } from '../../../../components/Problem';
import { callStore } from '../../../../components/useStoreRead';
import type { UnreadableAlert } from '../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { fill, useTriageClasses } from '../triageStyles';

export interface IUnreadableAlertsProps {
  alerts: readonly UnreadableAlert[];
  /** After a set-aside (or a conflict): the board reads again, and keeps what to say about it while it does. */
  onChanged: (said: string) => void;
  /** What the last set-aside came to (kept by the board across its re-read). */
  said?: string;
}

type Outcome = { kind: 'failed'; id: number; error: StoreError; retry: () => void };

export function UnreadableAlerts(props: IUnreadableAlertsProps): React.ReactElement | null {
  const classes = useTriageClasses();
  const services = useWellbeingServices();
  const [busy, setBusy] = React.useState<number | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  if (props.alerts.length === 0 && outcome === undefined) {
    return props.said === undefined ? null : <p role="status">{props.said}</p>;
  }

  const setAside = async (alert: UnreadableAlert): Promise<void> => {
    if (busy !== undefined) return;
    setBusy(alert.id);
    try {
      const result = await callStore(services.store, (s) => s.setAlertAside(alert));
      if (result.ok) {
        setOutcome(undefined);
        props.onChanged(fill(strings.Unreadable.done, alert.id));
      } else if (result.error.kind === 'conflict') {
        setOutcome(undefined);
        props.onChanged(fill(strings.Unreadable.conflict, alert.id));
      } else {
        setOutcome({ kind: 'failed', id: alert.id, error: result.error, retry: () => void setAside(alert) });
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="board-unreadable" className={classes.section} data-unreadable="true">
      <h2 id="board-unreadable">{strings.Unreadable.heading}</h2>
      <p className={classes.help}>{strings.Unreadable.hint}</p>
      {props.said !== undefined ? <p role="status">{props.said}</p> : null}
      {outcome !== undefined ? <Problem what={fill(strings.Unreadable.failed, outcome.id)} error={outcome.error} onRetry={outcome.retry} /> : null}
      <ul>
        {props.alerts.map((alert) => (
          <li key={alert.id} data-unreadable-id={alert.id}>
            <span>{fill(strings.Unreadable.row, alert.id)}</span>{' '}
            <button
              type="button"
              className={classes.button}
              aria-label={fill(strings.Unreadable.setAsideLabel, alert.id)}
              disabled={busy !== undefined}
              onClick={() => void setAside(alert)}
            >
              {strings.Unreadable.setAside}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
