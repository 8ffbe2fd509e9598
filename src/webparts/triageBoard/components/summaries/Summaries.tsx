// Where a line manager or service manager opens a summary shared with them (R14, R16), and where the HoS
// Safeguarding sees every follow-up that is due and records it (R14). SharePoint decides who sees which:
// each summary is shared with its recipients only (R21), so this page shows whatever the store returns and
// never widens it; the reader's own filter and reference search (summaryList.tsx) only narrow what they see.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { Problem } from '../../../../components/Problem';
import { callStore, isNoAccess, useStoreRead } from '../../../../components/useStoreRead';
import { SUMMARY_LIMITS } from '../../../../domain/limits';
import { hosFollowUpCountdown } from '../../../../domain/managerSummary';
import type { ManagerSummaryRecord, StoreUser, WellbeingConfig } from '../../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../../services/store/storeErrors';
import { RagTag, SummaryFacts } from '../caseWords';
import { date, fill, useTriageClasses } from '../triageStyles';
import { filterSummaries, isFiltering, newestFirst, NO_SUMMARY_FILTERS, PagedSummaries, SummaryFilterForm, SummaryFilters, summaryHeadingId } from './summaryList';

interface SummariesData {
  me: StoreUser;
  config: WellbeingConfig;
  summaries: ManagerSummaryRecord[];
  /**
   * The order, and which were waiting, as loaded: a follow-up just recorded stays where the HoS is reading
   * (showing it is done) instead of jumping away to the end of the page.
   */
  order: number[];
  waitingAtLoad: number[];
}

const isWaiting = (s: ManagerSummaryRecord): boolean => s.hosFollowUpDoneAt === undefined;

/** Waiting follow-ups first, soonest due first (the HoS's to-do list); then the rest, newest first. */
export function summaryOrder(a: ManagerSummaryRecord, b: ManagerSummaryRecord): number {
  if (isWaiting(a) !== isWaiting(b)) return isWaiting(a) ? -1 : 1;
  return isWaiting(a)
    ? a.summary.hosFollowUpDue.getTime() - b.summary.hosFollowUpDue.getTime()
    : b.summary.date.getTime() - a.summary.date.getTime();
}

/**
 * "Follow-up due by 6 December 2026 (3 days to go)" / "... overdue since ... (1 day late)" (R14), in calendar
 * days as a person counts them (the domain's countdown, the same the board's follow-up badge uses).
 */
export function followUpWhen(item: ManagerSummaryRecord, now: Date): { text: string; overdue: boolean } {
  const due = item.summary.hosFollowUpDue;
  const plural = (forms: Record<'lessThanADay' | 'one' | 'other', string>, n: number): string =>
    n <= 0 ? forms.lessThanADay : n === 1 ? forms.one : fill(forms.other, n);
  const countdown = hosFollowUpCountdown(due, now);
  return countdown.overdue
    ? { text: `${fill(strings.FollowUpOverdue, date(due))} (${plural(strings.FollowUpLate, countdown.days)})`, overdue: true }
    : { text: `${fill(strings.FollowUpDue, date(due))} (${plural(strings.FollowUpToGo, countdown.days)})`, overdue: false };
}

export function Summaries(props: { now?: Date }): React.ReactElement {
  const services = useWellbeingServices();
  const classes = useTriageClasses();
  const [filters, setFilters] = React.useState<SummaryFilters>(NO_SUMMARY_FILTERS);
  const read = useStoreRead<SummariesData>('summaries', async (store) => {
    const [me, config, summaries] = await Promise.all([store.currentUser(), store.config(), store.managerSummaries()]);
    if (!me.ok) return me;
    if (!config.ok) return config;
    if (!summaries.ok) return summaries;
    const sorted = summaries.value.slice().sort(summaryOrder);
    return {
      ok: true,
      value: { me: me.value, config: config.value, summaries: summaries.value, order: sorted.map((x) => x.id), waitingAtLoad: sorted.filter(isWaiting).map((x) => x.id) }
    };
  });
  if (read.state.status === 'loading') return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  if (read.state.status === 'failed') {
    // R21: no access to the summaries list at all means nothing was shared with this person.
    return isNoAccess(read.state.error) ? <p data-no-summaries="true">{strings.NoSummaries}</p> : <Problem what={strings.LoadFailed} error={read.state.error} onRetry={read.retry} />;
  }
  const { me, config, summaries, order, waitingAtLoad } = read.state.value;
  const now = props.now ?? new Date();
  const ids = [me.loginName, me.email].map((x) => x.toLowerCase()).filter((x) => x !== '');
  // R14: only the configured HoS Safeguarding records follow-ups (SharePoint also refuses anyone else's edit).
  const isHos = config.hosSafeguarding.some((p) => ids.includes(p.id.toLowerCase()));
  const waiting = summaries.filter(isWaiting);
  const overdue = waiting.filter((s) => now.getTime() > s.summary.hosFollowUpDue.getTime()).length;

  // After a conflict the list is read again without the spinner, so the summary (and what was typed) stays.
  const refresh = async (): Promise<StoreError | undefined> => {
    const fresh = await callStore(services.store, (st) => st.managerSummaries());
    if (!fresh.ok) return fresh.error;
    read.set((v) => ({ ...v, summaries: fresh.value }));
    return undefined;
  };

  // As loaded; any that a refresh brought in since go after, in their own order.
  const position = (s: ManagerSummaryRecord): number => (order.includes(s.id) ? order.indexOf(s.id) : order.length);
  const ordered = summaries.slice().sort((a, b) => position(a) - position(b) || summaryOrder(a, b));
  const item = (s: ManagerSummaryRecord, headingLevel: 3 | 4): React.ReactElement => (
    <SummaryItem
      key={s.id}
      item={s}
      headingLevel={headingLevel}
      canFollowUp={isHos}
      now={now}
      onSaved={(saved) => read.set((v) => ({ ...v, summaries: v.summaries.map((x) => (x.id === saved.id ? saved : x)) }))}
      onConflict={refresh}
    />
  );
  // The HoS's sections are as loaded: a follow-up she has just recorded stays where she was reading.
  const waitingNow = isHos ? (s: ManagerSummaryRecord): boolean => waitingAtLoad.includes(s.id) : isWaiting;
  const matching = filterSummaries(ordered, filters, waitingNow);
  const toRecord = matching.filter((s) => waitingAtLoad.includes(s.id));
  const followedUp = matching.filter((s) => !waitingAtLoad.includes(s.id));
  // A new search or filter starts again at the first page.
  const listKey = `${filters.followUp}|${filters.reference}`;

  return (
    <div data-summaries="true">
      <p>{strings.SummariesIntro}</p>
      {isHos ? (
        <p data-follow-ups-waiting={waiting.length} className={overdue > 0 ? classes.countAlert : classes.count}>
          {waiting.length === 0 ? strings.SummariesToRecord.none : waiting.length === 1 ? strings.SummariesToRecord.one : fill(strings.SummariesToRecord.other, waiting.length)}
          {overdue > 0 ? ` ${overdue === 1 ? strings.SummariesOverdue.one : fill(strings.SummariesOverdue.other, overdue)}` : ''}
        </p>
      ) : null}
      {summaries.length === 0 ? <p data-no-summaries="true">{strings.NoSummaries}</p> : <SummaryFilterForm filters={filters} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} />}
      {summaries.length > 0 && matching.length === 0 ? <p data-no-match="true">{strings.SummariesNoMatch}</p> : null}
      {!isHos && matching.length > 0 ? (
        // Managers: newest first, a page at a time.
        <PagedSummaries key={listKey} items={matching.slice().sort(newestFirst)} renderItem={(s) => item(s, 3)} name={strings.SummariesListNames.all} />
      ) : null}
      {isHos && toRecord.length > 0 ? (
        <section aria-labelledby="summaries-to-record" data-to-record="true">
          <h3 id="summaries-to-record">{strings.SummariesToRecordHeading}</h3>
          <PagedSummaries key={listKey} items={toRecord} renderItem={(s) => item(s, 4)} name={strings.SummariesListNames.toRecord} />
        </section>
      ) : null}
      {isHos && followedUp.length > 0 ? (
        // Years of done follow-ups stay one keypress away without burying the ones still to do; open when she
        // asked for them (by status or reference).
        <details data-followed-up="true" key={isFiltering(filters) ? 'found' : 'all'} open={isFiltering(filters)}>
          <summary className={classes.linkButton}>{fill(strings.SummariesFollowedUpHeading, followedUp.length.toLocaleString('en-GB'))}</summary>
          <PagedSummaries key={listKey} items={followedUp} renderItem={(s) => item(s, 4)} name={strings.SummariesListNames.followedUp} />
        </details>
      ) : null}
    </div>
  );
}

interface ISummaryItemProps {
  item: ManagerSummaryRecord;
  headingLevel: 3 | 4;
  canFollowUp: boolean;
  now: Date;
  onSaved: (saved: ManagerSummaryRecord) => void;
  /** Reads the latest again; the error when that failed too. */
  onConflict: () => Promise<StoreError | undefined>;
}

function SummaryItem(props: ISummaryItemProps): React.ReactElement {
  const classes = useTriageClasses();
  const services = useWellbeingServices();
  const s = props.item.summary;
  const headingId = summaryHeadingId(props.item);
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [failed, setFailed] = React.useState<StoreError | undefined>(undefined);
  const [conflict, setConflict] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const textRef = React.useRef<HTMLTextAreaElement>(null);
  const statusRef = React.useRef<HTMLParagraphElement>(null);
  const done = props.item.hosFollowUpDoneAt !== undefined;
  const when = followUpWhen(props.item, props.now);

  const record = async (): Promise<void> => {
    const outcome = text.trim();
    if (outcome === '') {
      setError(strings.FollowUpRequired);
      textRef.current?.focus();
      return;
    }
    if (outcome.length > SUMMARY_LIMITS.followUpOutcome) {
      setError(fill(strings.TooLong, strings.FollowUpOutcome, SUMMARY_LIMITS.followUpOutcome.toLocaleString('en-GB')));
      textRef.current?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    const result = await callStore(services.store, (st) => st.recordHosFollowUp(props.item, props.now, outcome));
    if (result.ok) {
      setFailed(undefined);
      setConflict(false);
      setSaved(true);
      props.onSaved(result.value);
    } else if (result.error.kind === 'conflict') {
      // Someone changed the item meanwhile (412): nothing was overwritten. Load theirs, keep the typing.
      // Loaded first, so the message said is the one that fits what is now there.
      setFailed(undefined);
      const notLoaded = await props.onConflict();
      if (notLoaded) {
        // The latest could not be read: say only that it was not saved; trying again reads it again.
        setConflict(false);
        setFailed(notLoaded);
      } else {
        setConflict(true);
      }
    } else {
      setFailed(result.error);
    }
    setBusy(false);
  };

  React.useEffect(() => {
    // The form has gone: the keyboard user lands on the confirmation, not the top of the page.
    if (saved) statusRef.current?.focus();
  }, [saved]);

  return (
    <article aria-labelledby={headingId} className={classes.panel} data-summary={s.reference}>
      {/* Focusable from script: "Show more" moves the keyboard here when this summary is the first newly shown. */}
      {React.createElement(`h${props.headingLevel}`, { id: headingId, tabIndex: -1 }, fill(strings.SummaryFor, strings.SummaryKinds[s.kind], s.reference))}
      <dl className={classes.facts}>
        {s.kind === 'RedSummary' ? (
          <>
            <dt>{strings.Labels.rag}</dt>
            {/* RAG as a word; the colour only adds to it. */}
            <dd>
              <RagTag rag="Red" />
            </dd>
          </>
        ) : null}
        {/* Labelled as what the value is: the day it was shared with this reader. */}
        <dt>{strings.SharedOnLabel}</dt>
        <dd data-shared-on="true">{date(props.item.sharedAt ?? s.date)}</dd>
        <SummaryFacts summary={s} />
        <dt>{strings.FollowUpHeading}</dt>
        <dd data-follow-up={done ? 'done' : when.overdue ? 'overdue' : 'due'} className={!done && when.overdue ? classes.overdue : undefined}>
          {done ? fill(strings.FollowUpDone, date(props.item.hosFollowUpDoneAt as Date), props.item.hosFollowUpOutcome ?? '') : when.text}
        </dd>
      </dl>
      {props.canFollowUp ? (
        <p role="status" ref={statusRef} tabIndex={-1} className={saved ? classes.success : undefined}>
          {saved ? strings.FollowUpSaved : ''}
        </p>
      ) : null}
      {props.canFollowUp && done && conflict ? (
        <div role="alert" className={classes.problem} data-conflict="true">
          <p>{strings.FollowUpRecordedMeanwhile}</p>
          <blockquote>{text}</blockquote>
        </div>
      ) : null}
      {props.canFollowUp && !done ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void record();
          }}
        >
          {conflict ? (
            <div role="alert" className={classes.problem} data-conflict="true">
              <p>{strings.SummaryConflict}</p>
            </div>
          ) : null}
          <div className={classes.field}>
            <label htmlFor={`${headingId}-outcome`}>{strings.FollowUpOutcome}</label>
            {error ? (
              <span id={`${headingId}-error`} className={classes.fieldError}>
                {error}
              </span>
            ) : null}
            <textarea
              id={`${headingId}-outcome`}
              ref={textRef}
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
