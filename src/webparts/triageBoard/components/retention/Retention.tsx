// R23: the data site's owners see the closed cases past their retention period and delete each with everything
// that belongs to it, after saying so twice (the button, then "Delete permanently"). A deletion that stops part
// way says which parts are left and offers to finish; the only trace kept is a date and a count. Triage, who
// hold no delete permission (R17), see the list and are told plainly who can do it.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { Problem, problemText } from '../../../../components/Problem';
import { casesPastRetention, DEFAULT_RETENTION, retentionCutoff, DeletionOutcome, deletionRecord, DeletionRecord, retentionEndsOn, RetentionSettings } from '../../../../domain/retention';
import type { RetentionCase, RetentionDeletion } from '../../../../services/store/retentionStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { date, fill, useTriageClasses } from '../triageStyles';

interface RetentionData {
  settings: RetentionSettings;
  /** Closed cases past the period, the longest past first. */
  due: RetentionCase[];
  log: DeletionRecord[];
}

type Step =
  | { kind: 'idle' }
  | { kind: 'confirming'; c: RetentionCase }
  | { kind: 'deleting'; c: RetentionCase }
  | { kind: 'done'; c: RetentionCase; deletion: RetentionDeletion; traceError?: StoreError };

const r = strings.Retention;

/** "the summaries (1), the discussion record, the alert and the case" */
function leftText(outcome: Extract<DeletionOutcome, { complete: false }>): string {
  const parts = outcome.left.map((p) => (p.count === undefined ? r.Parts[p.part] : fill(r.PartCount, r.Parts[p.part], p.count)));
  return fill(r.Left, parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]);
}

function isoDateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return date(new Date(Date.UTC(y, m - 1, d, 12)));
}

export function Retention(props: { now?: Date }): React.ReactElement {
  const services = useWellbeingServices();
  const classes = useTriageClasses();
  const now = props.now ?? new Date();
  const [data, setData] = React.useState<{ status: 'loading' } | { status: 'failed'; error: StoreError } | { status: 'ready'; value: RetentionData }>({
    status: 'loading'
  });
  const [attempt, setAttempt] = React.useState(0);
  const [step, setStep] = React.useState<Step>({ kind: 'idle' });
  const [said, setSaid] = React.useState('');
  const confirmRef = React.useRef<HTMLHeadingElement>(null);
  const outcomeRef = React.useRef<HTMLDivElement>(null);
  const rootRef = React.useRef<HTMLDivElement>(null);
  /** After "Keep it", the focus goes back to that case's Delete button (the question it answered is gone). */
  const [kept, setKept] = React.useState<string | undefined>(undefined);
  const nowMs = now.getTime();

  React.useEffect(() => {
    let current = true;
    const load = async (): Promise<void> => {
      if (!services.retention) throw new Error('no retention store');
      const store = await services.retention();
      const at = new Date(nowMs);
      const [settings, log] = await Promise.all([store.retentionSettings(), store.deletionLog()]);
      if (!current) return;
      if (!settings.ok) return setData({ status: 'failed', error: settings.error });
      // Only the cases that can be due: a council's closed cases grow for ever.
      const closed = await store.closedCasesBefore(retentionCutoff(at, settings.value));
      if (!current) return;
      if (!closed.ok) return setData({ status: 'failed', error: closed.error });
      setData({
        status: 'ready',
        value: { settings: settings.value, due: casesPastRetention(closed.value, at, settings.value), log: log.ok ? log.value : [] }
      });
    };
    load().catch(() => current && setData({ status: 'failed', error: { kind: 'unknown', retryable: true } }));
    return () => {
      current = false;
    };
  }, [services, attempt, nowMs]);

  React.useEffect(() => {
    if (step.kind === 'confirming') confirmRef.current?.focus();
    if (step.kind === 'done') outcomeRef.current?.focus();
    if (step.kind === 'idle' && kept !== undefined) {
      rootRef.current?.querySelector<HTMLButtonElement>(`button[data-delete="${kept}"]`)?.focus();
    }
  }, [step, kept]);

  const remove = async (c: RetentionCase): Promise<void> => {
    if (!services.retention) return;
    setStep({ kind: 'deleting', c });
    setSaid(fill(r.Deleting, c.reference));
    const store = await services.retention();
    const deletion = await store.deleteCase(c);
    let traceError: StoreError | undefined;
    if (deletion.outcome.complete) {
      setData((d) => (d.status === 'ready' ? { ...d, value: { ...d.value, due: d.value.due.filter((x) => x.caseId !== c.caseId) } } : d));
      traceError = await trace();
    }
    setStep({ kind: 'done', c, deletion, traceError });
    setSaid(
      deletion.outcome.complete
        ? fill(r.Deleted, c.reference, deletion.outcome.deleted)
        : deletion.problem?.kind === 'noPermission' && deletion.outcome.deleted === 0
          ? r.NoPermission
          : fill(r.Partial, c.reference)
    );
  };

  /** The count-and-date trace of one deletion (R23), shown in the log once saved; its failure, if any. */
  const trace = async (): Promise<StoreError | undefined> => {
    if (!services.retention) return undefined;
    const line = deletionRecord(1, new Date(nowMs));
    const traced = await (await services.retention()).recordDeletions(line);
    if (!traced.ok) return traced.error;
    setData((d) => (d.status === 'ready' ? { ...d, value: { ...d.value, log: [line, ...d.value.log] } } : d));
    return undefined;
  };

  const saveTrace = async (c: RetentionCase, deletion: RetentionDeletion): Promise<void> => {
    setStep({ kind: 'done', c, deletion, traceError: await trace() });
  };

  if (data.status === 'loading') return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  if (data.status === 'failed') return <Problem what={strings.LoadFailed} error={data.error} onRetry={() => setAttempt((n) => n + 1)} />;
  const { settings, due, log } = data.value;
  const busy = step.kind === 'deleting';

  return (
    <div data-retention="true" ref={rootRef}>
      <p data-period={settings.years}>
        {settings.years === DEFAULT_RETENTION.years ? r.IntroDefault : settings.years === 1 ? r.IntroOneYear : fill(r.Intro, settings.years)}
      </p>
      <div role="status" data-announcement="true" className={classes.visuallyHidden}>
        {said !== '' && <p>{said}</p>}
      </div>
      {step.kind === 'done' && (
        <div ref={outcomeRef} tabIndex={-1} data-outcome={step.deletion.outcome.complete ? 'complete' : 'partial'}>
          {step.deletion.outcome.complete ? (
            <p className={classes.success}>{fill(r.Deleted, step.c.reference, step.deletion.outcome.deleted)}</p>
          ) : step.deletion.problem?.kind === 'noPermission' && step.deletion.outcome.deleted === 0 ? (
            <p className={classes.problem} data-no-permission="true">
              {r.NoPermission}
            </p>
          ) : (
            <div className={classes.problem}>
              <p>{fill(r.Partial, step.c.reference)}</p>
              <p>{leftText(step.deletion.outcome)}</p>
              {step.deletion.problem && <p>{problemText(step.deletion.problem)}</p>}
              {step.deletion.problem?.kind !== 'noPermission' && (
                <button type="button" className={classes.button} onClick={() => void remove(step.c)}>
                  {fill(r.TryAgain, step.c.reference)}
                </button>
              )}
            </div>
          )}
          {step.traceError && (
            <div className={classes.problem}>
              <p>{r.TraceFailed}</p>
              <p>{problemText(step.traceError)}</p>
              <button type="button" className={classes.button} onClick={() => void saveTrace(step.c, step.deletion)}>
                {r.SaveTrace}
              </button>
            </div>
          )}
        </div>
      )}
      {due.length === 0 ? (
        <p data-none-due="true">{r.None}</p>
      ) : (
        <table className={classes.table} data-due={due.length}>
          <caption>{r.Caption}</caption>
          <thead>
            <tr>
              <th scope="col">{r.ColReference}</th>
              <th scope="col">{r.ColClosed}</th>
              <th scope="col">{r.ColKeptUntil}</th>
              <th scope="col">{r.ColAction}</th>
            </tr>
          </thead>
          <tbody>
            {due.map((c) => (
              <tr key={c.caseId} data-reference={c.reference}>
                <th scope="row">{c.reference}</th>
                <td>{c.closedAt ? date(c.closedAt) : ''}</td>
                <td>{c.closedAt ? isoDateText(retentionEndsOn(c.closedAt, settings)) : ''}</td>
                <td>
                  {step.kind === 'confirming' && step.c.caseId === c.caseId ? (
                    <div role="group" aria-labelledby={`retention-confirm-${c.caseId}`} data-confirm={c.reference}>
                      <h3 id={`retention-confirm-${c.caseId}`} ref={confirmRef} tabIndex={-1}>
                        {fill(r.ConfirmHeading, c.reference)}
                      </h3>
                      <p>{r.ConfirmText}</p>
                      <button type="button" className={classes.primaryButton} onClick={() => void remove(c)}>
                        {r.ConfirmDelete}
                      </button>{' '}
                      <button
                        type="button"
                        className={classes.button}
                        onClick={() => {
                          setKept(c.reference);
                          setStep({ kind: 'idle' });
                          setSaid(fill(r.Kept, c.reference));
                        }}
                      >
                        {r.Keep}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className={classes.button}
                      disabled={busy}
                      data-delete={c.reference}
                      onClick={() => {
                        setKept(undefined);
                        setStep({ kind: 'confirming', c });
                      }}
                    >
                      {fill(r.Delete, c.reference)}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{r.LogHeading}</h3>
      {log.length === 0 ? (
        <p>{r.LogNone}</p>
      ) : (
        <ul data-log="true">
          {log.map((line, i) => (
            <li key={`${line.deletedOn}-${i}`}>{fill(line.cases === 1 ? r.LogCases.one : r.LogCases.other, isoDateText(line.deletedOn), line.cases)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
