// Where a line manager or service manager opens a summary shared with them (R14, R16), and where the HoS
// Safeguarding sees every follow-up that is due and records it (R14). SharePoint decides who sees which:
// each summary is shared with its recipients only (R21).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { Problem } from '../../../../components/Problem';
import { callStore, isNoAccess, useStoreRead } from '../../../../components/useStoreRead';
import { SUMMARY_LIMITS } from '../../../../domain/limits';
import type { ManagerSummaryRecord, StoreUser, WellbeingConfig } from '../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { date, fill, useTriageClasses } from '../triageStyles';

interface SummariesData {
  me: StoreUser;
  config: WellbeingConfig;
  summaries: ManagerSummaryRecord[];
}

export function Summaries(props: { now?: Date }): React.ReactElement {
  const read = useStoreRead<SummariesData>('summaries', async (store) => {
    const [me, config, summaries] = await Promise.all([store.currentUser(), store.config(), store.managerSummaries()]);
    if (!me.ok) return me;
    if (!config.ok) return config;
    if (!summaries.ok) return summaries;
    return { ok: true, value: { me: me.value, config: config.value, summaries: summaries.value } };
  });
  if (read.state.status === 'loading') return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  if (read.state.status === 'failed') {
    // R21: no access to the summaries list at all means nothing was shared with this person.
    return isNoAccess(read.state.error) ? <p data-no-summaries="true">{strings.NoSummaries}</p> : <Problem what={strings.LoadFailed} error={read.state.error} onRetry={read.retry} />;
  }
  const { me, config, summaries } = read.state.value;
  const ids = [me.loginName, me.email].map((x) => x.toLowerCase());
  const isHos = config.hosSafeguarding.some((p) => ids.includes(p.id.toLowerCase()));
  const sorted = summaries.slice().sort((a, b) => Number(a.hosFollowUpDoneAt !== undefined) - Number(b.hosFollowUpDoneAt !== undefined) || b.summary.date.getTime() - a.summary.date.getTime());
  return (
    <div data-summaries="true">
      <p>{strings.SummariesIntro}</p>
      {sorted.length === 0 ? <p data-no-summaries="true">{strings.NoSummaries}</p> : null}
      {sorted.map((s) => (
        <SummaryItem key={s.id} item={s} canFollowUp={isHos} now={props.now} onSaved={(saved) => read.set((v) => ({ ...v, summaries: v.summaries.map((x) => (x.id === saved.id ? saved : x)) }))} onConflict={read.retry} />
      ))}
    </div>
  );
}

function SummaryItem(props: { item: ManagerSummaryRecord; canFollowUp: boolean; now?: Date; onSaved: (saved: ManagerSummaryRecord) => void; onConflict: () => void }): React.ReactElement {
  const classes = useTriageClasses();
  const services = useWellbeingServices();
  const s = props.item.summary;
  const headingId = `summary-${props.item.id}`;
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [failed, setFailed] = React.useState<StoreError | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const now = props.now ?? new Date();
  const due = s.hosFollowUpDue;

  const record = async (): Promise<void> => {
    const outcome = text.trim();
    if (outcome === '') {
      setError(strings.FollowUpRequired);
      return;
    }
    if (outcome.length > SUMMARY_LIMITS.followUpOutcome) {
      setError(fill(strings.TooLong, strings.FollowUpOutcome, SUMMARY_LIMITS.followUpOutcome.toLocaleString('en-GB')));
      return;
    }
    setError(undefined);
    setBusy(true);
    const result = await callStore(services.store, (st) => st.recordHosFollowUp(props.item, props.now ?? new Date(), outcome));
    setBusy(false);
    if (result.ok) {
      setFailed(undefined);
      props.onSaved(result.value);
    } else {
      setFailed(result.error);
      if (result.error.kind === 'conflict') props.onConflict();
    }
  };

  return (
    <article aria-labelledby={headingId} className={classes.panel} data-summary={s.reference}>
      <h3 id={headingId}>{fill(strings.SummaryFor, strings.SummaryKinds[s.kind], s.reference)}</h3>
      <dl className={classes.facts}>
        <dt>{strings.Labels.received}</dt>
        <dd>{fill(strings.SharedOn, date(props.item.sharedAt ?? s.date))}</dd>
        {s.redacted ? (
          <>
            <dt>{strings.Labels.name}</dt>
            <dd data-redacted="true">{strings.NameWithheld}</dd>
          </>
        ) : (
          <>
            <dt>{strings.Labels.name}</dt>
            <dd>{s.name}</dd>
            <dt>{strings.Labels.role}</dt>
            <dd>{s.role}</dd>
            <dt>{strings.Labels.team}</dt>
            <dd>{s.team}</dd>
          </>
        )}
        <dt>{strings.Labels.serviceArea}</dt>
        <dd>{s.serviceArea}</dd>
        <dt>{strings.ConcernsAndActions}</dt>
        <dd>{s.concernsAndActionsNeeded}</dd>
        <dt>{strings.ActionsAgreed}</dt>
        <dd>{s.actionsAgreed}</dd>
        <dt>{strings.FollowUpHeading}</dt>
        <dd data-follow-up={props.item.hosFollowUpDoneAt ? 'done' : 'due'}>
          {props.item.hosFollowUpDoneAt
            ? fill(strings.FollowUpDone, date(props.item.hosFollowUpDoneAt), props.item.hosFollowUpOutcome ?? '')
            : fill(now > due ? strings.FollowUpOverdue : strings.FollowUpDue, date(due))}
        </dd>
      </dl>
      {props.canFollowUp && !props.item.hosFollowUpDoneAt ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void record();
          }}
        >
          <div className={classes.field}>
            <label htmlFor={`${headingId}-outcome`}>{strings.FollowUpOutcome}</label>
            {error ? (
              <span id={`${headingId}-error`} className={classes.fieldError}>
                {error}
              </span>
            ) : null}
            <textarea
              id={`${headingId}-outcome`}
              className={classes.textarea}
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${headingId}-error` : undefined}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          {failed ? <Problem what={strings.SaveFailed} error={failed} reassurance={strings.Kept} onRetry={() => void record()} /> : null}
          <button type="submit" className={classes.primaryButton} disabled={busy}>
            {strings.RecordFollowUp}
          </button>
        </form>
      ) : null}
    </article>
  );
}
