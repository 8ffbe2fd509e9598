import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { getId } from '@fluentui/react/lib/Utilities';
import { useWellbeingServices } from '../../../components/ServicesContext';
import { THEME_REPORT_LIMITS } from '../../../domain/limits';
import { lastQuarters, parseQuarterId, previousQuarter, quarterId, quarterLabel, quarterOf } from '../../../domain/quarters';
import { findIdentifyingText, IdentifyingText } from '../../../domain/themes';
import type { ThemeReportRecord } from '../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../services/store/storeErrors';
import { buildDraft, DraftInputs, readDraftInputs } from './draft';
import { format, formatDateTime, formatTime, quarterDates } from './format';
import { NetworkThemeEntries } from './NetworkThemeEntries';
import { Loading, NoAccess, Problem } from './Notices';
import { ReportView } from './ReportView';
import { ThemesClasses, useThemesClasses } from './themesStyles';
import { callStore, isNoAccess, useStoreRead } from '../../../components/useStoreRead';

/** How many finished quarters the publisher can choose from. */
const QUARTERS_OFFERED = 8;

function identifyingMessage(found: IdentifyingText[]): string {
  return format(strings.IdentifyingFound, found.map((f) => format(strings.IdentifyingKinds[f.kind], f.text)).join('; '));
}

/** The problems that stop a commentary being published (R18, R22). */
export function commentaryProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.length > THEME_REPORT_LIMITS.commentary) {
    problems.push(format(strings.CommentaryTooLong, text.length, THEME_REPORT_LIMITS.commentary));
  }
  const found = findIdentifyingText(text);
  if (found.length > 0) {
    problems.push(identifyingMessage(found));
  }
  return problems;
}

function History(props: { label: string; history: ThemeReportRecord[]; classes: ThemesClasses }): React.ReactElement {
  const { classes } = props;
  const captionId = React.useMemo(() => getId('themes-history'), []);
  if (props.history.length === 0) {
    return <p>{format(strings.HistoryEmpty, props.label)}</p>;
  }
  const c = strings.HistoryColumns;
  return (
    <div className={classes.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={classes.table} data-table="history">
        <caption id={captionId}>{format(strings.HistoryCaption, props.label)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.version}</th>
            <th scope="col">{c.when}</th>
            <th scope="col">{c.who}</th>
            <th scope="col">{c.threshold}</th>
          </tr>
        </thead>
        <tbody>
          {props.history.map((h) => (
            <tr key={h.id}>
              <th scope="row">{h.version}</th>
              <td>{formatDateTime(h.publishedAt)}</td>
              <td>{h.publishedByName ?? strings.SomeoneUnknown}</td>
              <td>{h.threshold}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The triage view (R18-R20): choose a finished quarter, check its draft, write a commentary, publish. */
export function PublishThemes(): React.ReactElement {
  const classes = useThemesClasses();
  const services = useWellbeingServices();
  const [now] = React.useState(() => new Date());
  const quarters = React.useMemo(() => lastQuarters(previousQuarter(quarterOf(now)), QUARTERS_OFFERED).reverse(), [now]);
  const [chosenId, setChosenId] = React.useState(() => quarterId(quarters[0]));
  const quarter = parseQuarterId(chosenId) ?? quarters[0];
  const label = quarterLabel(quarter);

  const inputs = useStoreRead<DraftInputs>(chosenId, (store) => readDraftInputs(store, quarter));
  /** What the publisher typed, per quarter (kept through failures and quarter changes). */
  const [commentaries, setCommentaries] = React.useState<Record<string, string>>({});
  const [confirming, setConfirming] = React.useState(false);
  const [publishing, setPublishing] = React.useState(false);
  const [publishError, setPublishError] = React.useState<StoreError | undefined>(undefined);
  const [conflict, setConflict] = React.useState(false);
  const [success, setSuccess] = React.useState('');
  const [problems, setProblems] = React.useState<string[]>([]);

  const ids = React.useMemo(
    () => ({ picker: getId('themes-publish-quarter'), commentary: getId('themes-commentary'), help: getId('themes-commentary-help'), errors: getId('themes-commentary-errors'), count: getId('themes-commentary-count'), confirm: getId('themes-confirm') }),
    []
  );
  const confirmRef = React.useRef<HTMLDivElement>(null);
  const commentaryRef = React.useRef<HTMLTextAreaElement>(null);
  const publishButtonRef = React.useRef<HTMLButtonElement>(null);

  const ready = inputs.state.status === 'ready' ? inputs.state.value : undefined;
  const draft = React.useMemo(() => (ready ? buildDraft(quarter, ready, now) : undefined), [ready, chosenId, now]); // eslint-disable-line react-hooks/exhaustive-deps
  const latestVersion = ready?.history[0]?.version ?? 0;

  // A republished quarter starts from the commentary SMT saw last time (only until the publisher types).
  React.useEffect(() => {
    if (ready !== undefined && commentaries[chosenId] === undefined) {
      setCommentaries((c) => ({ ...c, [chosenId]: ready.history[0]?.commentary ?? '' }));
    }
  }, [ready, chosenId, commentaries]);

  React.useEffect(() => {
    if (confirming) {
      confirmRef.current?.focus();
    }
  }, [confirming]);

  const commentary = commentaries[chosenId] ?? '';
  const published = React.useMemo(() => new Map((ready?.latest ?? []).map((r) => [r.quarterId, r.version])), [ready]);

  const choose = (id: string): void => {
    setChosenId(id);
    setConfirming(false);
    setPublishError(undefined);
    setConflict(false);
    setSuccess('');
    setProblems([]);
  };

  const askToPublish = (): void => {
    const found = commentaryProblems(commentary);
    setProblems(found);
    setSuccess('');
    if (found.length > 0) {
      commentaryRef.current?.focus();
      return;
    }
    setConfirming(true);
  };

  const publish = async (): Promise<void> => {
    if (draft === undefined) {
      return;
    }
    setPublishing(true);
    setPublishError(undefined);
    setConflict(false);
    const result = await callStore(services.store, (store) =>
      store.publishThemeReport({ quarterId: chosenId, label, report: draft.report, commentary: commentary.trim(), expectedLatestVersion: latestVersion })
    );
    setPublishing(false);
    setConfirming(false);
    if (result.ok) {
      const record = result.value;
      inputs.set((v) => ({
        ...v,
        history: [record, ...v.history],
        latest: [record, ...v.latest.filter((r) => r.quarterId !== record.quarterId)]
      }));
      setSuccess(format(strings.Published, label, record.version, formatTime(record.publishedAt)));
      publishButtonRef.current?.focus();
      return;
    }
    setPublishError(result.error);
    if (result.error.kind === 'conflict') {
      // Show what the other publisher did; the commentary stays as typed.
      setConflict(true);
      const history = await callStore(services.store, (store) => store.themeReportHistory(chosenId));
      if (history.ok) {
        inputs.set((v) => ({ ...v, history: history.value }));
      }
    }
    publishButtonRef.current?.focus();
  };

  const tooLong = commentary.length > THEME_REPORT_LIMITS.commentary;
  return (
    <>
      <p className={classes.intro}>{strings.PublishIntro}</p>
      <div className={classes.field}>
        <label htmlFor={ids.picker}>{strings.PublishQuarterLabel}</label>
        <select id={ids.picker} name="quarter" className={classes.input} value={chosenId} onChange={(e) => choose(e.target.value)}>
          {quarters.map((q) => {
            const id = quarterId(q);
            const version = published.get(id);
            const state = version === undefined ? strings.PublishQuarterNotPublished : format(strings.PublishQuarterPublished, version);
            return (
              <option key={id} value={id}>
                {format(strings.PublishQuarterOption, quarterLabel(q), state)}
              </option>
            );
          })}
        </select>
      </div>

      {inputs.state.status === 'loading' && <Loading label={strings.LoadingReport} />}
      {inputs.state.status === 'failed' &&
        (isNoAccess(inputs.state.error) ? (
          <NoAccess view="publish" />
        ) : (
          <Problem what={strings.LoadFailed} error={inputs.state.error} onRetry={inputs.retry} />
        ))}

      {ready !== undefined && draft !== undefined && (
        <>
          <h3>{format(strings.ReportFor, label, quarterDates(draft.report.current.start, draft.report.current.end))}</h3>
          <p>
            <strong>{strings.DraftNote}</strong>
          </p>
          <p>{format(strings.DraftBasis, draft.caseCount, draft.networkEntries.length, draft.report.threshold)}</p>
          {draft.previousFromPublished && <p>{strings.DraftPreviousFromPublished}</p>}

          <div className={classes.field} style={{ maxWidth: '60em' }}>
            <label htmlFor={ids.commentary}>{strings.CommentaryLabel}</label>
            <span id={ids.help} className={classes.help}>
              {strings.CommentaryHelp}
            </span>
            <textarea
              id={ids.commentary}
              name="commentary"
              ref={commentaryRef}
              className={classes.input}
              rows={6}
              value={commentary}
              aria-describedby={`${ids.help} ${ids.count}${problems.length > 0 ? ` ${ids.errors}` : ''}`}
              aria-invalid={problems.length > 0 ? true : undefined}
              onChange={(e) => {
                const text = e.target.value;
                setCommentaries((c) => ({ ...c, [chosenId]: text }));
              }}
            />
            <span id={ids.count} className={tooLong ? classes.fieldError : classes.help}>
              {format(strings.CommentaryCount, commentary.length, THEME_REPORT_LIMITS.commentary)}
            </span>
            {problems.length > 0 && (
              <div id={ids.errors} className={classes.fieldError}>
                {problems.map((p) => (
                  <p key={p}>{p}</p>
                ))}
              </div>
            )}
          </div>

          <button type="button" ref={publishButtonRef} className={classes.primaryButton} onClick={askToPublish} disabled={publishing} data-action="publish">
            {format(strings.PublishButton, label)}
          </button>

          {confirming && (
            <div ref={confirmRef} role="group" aria-labelledby={ids.confirm} tabIndex={-1} className={classes.confirm}>
              <h4 id={ids.confirm}>{format(strings.ConfirmHeading, label)}</h4>
              <p>
                {strings.ConfirmBody}
                {latestVersion > 0 && ` ${format(strings.ConfirmRepublish, latestVersion)}`}
              </p>
              <div className={classes.toolbar}>
                <button type="button" className={classes.primaryButton} onClick={() => void publish()} disabled={publishing} data-action="confirm-publish">
                  {strings.ConfirmYes}
                </button>
                <button
                  type="button"
                  className={classes.button}
                  disabled={publishing}
                  onClick={() => {
                    setConfirming(false);
                    publishButtonRef.current?.focus();
                  }}
                >
                  {strings.ConfirmNo}
                </button>
              </div>
            </div>
          )}

          <div role="status" className={classes.status}>
            {publishing ? strings.Publishing : success !== '' ? <p className={classes.success}>{success}</p> : null}
          </div>
          {publishError && (
            <Problem
              what={strings.PublishFailed}
              error={publishError}
              reason={conflict ? format(strings.PublishConflict, label) : undefined}
              onRetry={conflict ? undefined : () => void publish()}
            />
          )}

          <h3>{format(strings.HistoryHeading, label)}</h3>
          <History label={label} history={ready.history} classes={classes} />

          <h3>{format(strings.DraftHeading, label)}</h3>
          <ReportView report={draft.report} level={4} />

          <h3>{format(strings.NetworkEntriesHeading, label)}</h3>
          <p>{strings.NetworkEntriesIntro}</p>
          <NetworkThemeEntries entries={draft.networkEntries} classes={classes} rowHeader="network" tableKey="networkEntries" caption={format(strings.NetworkEntriesCaption, label)} empty={format(strings.NetworkEntriesEmpty, label)} />
        </>
      )}
    </>
  );
}
