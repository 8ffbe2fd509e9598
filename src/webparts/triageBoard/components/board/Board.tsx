// The triage board (R10-R17): every open case, overdue first, with the count of overdue first contacts
// always in view; filters and a reference search; a case opens in place for working.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Problem } from '../../../../components/Problem';
import { isNoAccess } from '../../../../components/useStoreRead';
import { memberFor } from '../../../../domain/independence';
import { CASE_STATUSES, RAGS, ROUTES } from '../../../../domain/types';
import { organisationNames, OrganisationProvider } from '../../../../components/organisation';
import { BoardFilters, BoardRow, boardRows, filterRows, firstContactSettings, followUpsWaiting, NO_FILTERS, overdueCount, personName, referenceProblem } from './boardModel';
import { RagTag } from '../caseWords';
import { CaseWork } from './CaseWork';
import { UnreadableAlerts } from './UnreadableAlerts';
import { useBoard } from './useBoard';
import { clockText } from './clockText';
import { date, dateTime, fill, useTriageClasses } from '../triageStyles';

/** The queue shows this many rows at a time; "Show more" adds as many again. */
export const PAGE_SIZE = 50;

export function Board(props: { now?: Date }): React.ReactElement {
  const classes = useTriageClasses();
  const fixedNow = props.now;
  const now = React.useCallback(() => fixedNow ?? new Date(), [fixedNow]);
  const { state, reload } = useBoard(now);
  const [filters, setFilters] = React.useState<BoardFilters | undefined>(undefined);
  const [shown, setShown] = React.useState(PAGE_SIZE);
  const [open, setOpen] = React.useState<BoardRow | undefined>(undefined);
  /** What the last set-aside of an unreadable alert came to, kept while the board reads again. */
  const [setAsideSaid, setSetAsideSaid] = React.useState<string | undefined>(undefined);
  const returnFocus = React.useRef<string | undefined>(undefined);
  /** After "Show all overdue": the queue takes focus (the button that was pressed is gone). */
  const focusQueue = React.useRef(false);

  const data = state.status === 'ready' ? state.data : undefined;
  const me = data?.me;
  const member = data && me ? memberFor(data.config.triageTeam, me) : undefined;
  // Default view: my route's open cases (everyone's when my route is not configured).
  const active: BoardFilters = filters ?? { ...NO_FILTERS, route: member?.route ?? '' };
  const rows = React.useMemo(
    () => (data ? boardRows(data.work.openCases, now(), firstContactSettings(data.config)) : []),
    [data, now]
  );

  React.useEffect(() => {
    if (open === undefined && returnFocus.current) {
      document.getElementById(returnFocus.current)?.focus();
      returnFocus.current = undefined;
    }
  }, [open]);
  React.useEffect(() => {
    if (!focusQueue.current) return;
    focusQueue.current = false;
    document.getElementById('board-queue')?.focus();
  });

  if (state.status === 'loading') {
    return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  }
  if (state.status === 'failed') {
    return isNoAccess(state.error) ? (
      <p className={classes.problem} data-no-access="true">
        {strings.NoAccess}
      </p>
    ) : (
      <Problem what={strings.LoadFailed} error={state.error} onRetry={reload} />
    );
  }
  const d = state.data;

  const names = organisationNames(d.organisation);
  if (open !== undefined) {
    return (
      <OrganisationProvider value={d.organisation}>
      <CaseWork
        row={open}
        me={d.me}
        config={d.config}
        now={now}
        onBack={(changed) => {
          returnFocus.current = `open-${open.record.id}`;
          setOpen(undefined);
          if (changed) reload();
        }}
      />
      </OrganisationProvider>
    );
  }

  const filtered = filterRows(rows, active, d.me.loginName);
  const overdue = overdueCount(rows);
  // R10: overdue is counted over every open case; when the filters (by default my route) hide some of them,
  // the banner says both numbers and offers to show them all.
  const overdueShown = overdueCount(filtered);
  const hiddenOverdue = overdue > overdueShown;
  const shownWords = filters === undefined ? strings.OverdueOnRoute : strings.OverdueShown;
  const followUps = followUpsWaiting(rows);
  const set = (patch: Partial<BoardFilters>): void => {
    setFilters({ ...active, ...patch });
    setShown(PAGE_SIZE);
  };
  const owners = Array.from(new Set(rows.map((r) => r.record.case.owner).filter((o): o is string => o !== undefined)));
  const ownerName = (login?: string): string => (login === undefined ? strings.OwnerNobody : personName(login, d.config.triageTeam, d.me) ?? strings.SomeoneInTriage);

  return (
    <div data-board="true">
      <ul className={classes.counts} aria-live="polite">
        <li className={overdue > 0 ? classes.countAlert : classes.count} data-overdue-count={overdue}>
          {overdue === 0 ? strings.Overdue.none : overdue === 1 ? strings.Overdue.one : fill(strings.Overdue.other, overdue)}
          {hiddenOverdue ? `, ${overdueShown === 0 ? shownWords.none : fill(shownWords.some, overdueShown)}` : null}
        </li>
        {hiddenOverdue ? (
          <li>
            <button
              type="button"
              className={classes.button}
              data-show-all-overdue="true"
              onClick={() => {
                focusQueue.current = true;
                setFilters(NO_FILTERS);
                setShown(PAGE_SIZE);
              }}
            >
              {fill(strings.ShowAllOverdue, overdue)}
            </button>
          </li>
        ) : null}
        {followUps > 0 ? <li className={classes.count}>{followUps === 1 ? strings.FollowUpsDue.one : fill(strings.FollowUpsDue.other, followUps)}</li> : null}
      </ul>
      {state.opening ? <p role="status">{strings.OpeningCases}</p> : null}
      {state.openFailed ? <Problem what={strings.OpenCasesFailed} error={state.openFailed} onRetry={reload} /> : null}
      <UnreadableAlerts
        alerts={d.work.unreadableAlerts ?? []}
        said={setAsideSaid}
        onChanged={(said) => {
          setSetAsideSaid(said);
          reload();
        }}
      />

      <form role="search" aria-label={strings.FiltersHeading} onSubmit={(e) => e.preventDefault()}>
        <div className={classes.toolbar}>
          <Filter id="board-route" label={strings.FilterRoute} value={active.route} onChange={(route) => set({ route: route as BoardFilters['route'] })} options={ROUTES.map((r) => [r, strings.Routes[r]])} />
          <Filter id="board-status" label={strings.FilterStatus} value={active.status} onChange={(status) => set({ status: status as BoardFilters['status'] })} options={CASE_STATUSES.filter((s) => s !== 'Closed').map((s) => [s, strings.Statuses[s]])} />
          <Filter id="board-rag" label={strings.FilterRag} value={active.rag} onChange={(rag) => set({ rag: rag as BoardFilters['rag'] })} options={[...RAGS.map((r): [string, string] => [r, strings.Rags[r]]), ['NotRated', strings.NotRated]]} />
          <Filter id="board-area" label={strings.FilterServiceArea} value={active.serviceAreaId} onChange={(serviceAreaId) => set({ serviceAreaId })} options={d.organisation.serviceAreas.map((s) => [s.id, s.name])} />
          <Filter id="board-owner" label={strings.FilterOwner} value={active.owner} onChange={(owner) => set({ owner })} options={[['me', strings.OwnerMine], ['nobody', strings.OwnerNobody], ...owners.map((o): [string, string] => [o, ownerName(o)])]} />
          <div className={classes.field}>
            <label htmlFor="board-reference">{strings.SearchLabel}</label>
            <span id="board-reference-hint" className={classes.help}>
              {strings.SearchHint}
            </span>
            {referenceProblem(active.reference) ? (
              <span id="board-reference-error" className={classes.fieldError}>
                {strings.SearchNotAReference}
              </span>
            ) : null}
            <input
              id="board-reference"
              className={classes.input}
              value={active.reference}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={referenceProblem(active.reference) || undefined}
              aria-describedby={referenceProblem(active.reference) ? 'board-reference-hint board-reference-error' : 'board-reference-hint'}
              onChange={(e) => set({ reference: e.target.value })}
            />
          </div>
          <button type="button" className={classes.button} onClick={reload}>
            {strings.Refresh}
          </button>
        </div>
      </form>
      <p role="status" className={classes.help}>
        {fill(strings.ShowingCount, filtered.length, rows.length)}
      </p>
      {filtered.length === 0 ? (
        <p>{strings.NoneMatch}</p>
      ) : (
        <div id="board-queue" style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={strings.CaptionQueue}>
          <table className={classes.table} data-queue="true">
            <caption>{strings.CaptionQueue}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.ColReference}</th>
                <th scope="col">{strings.ColFirstContact}</th>
                <th scope="col">{strings.ColStatus}</th>
                <th scope="col">{strings.ColRag}</th>
                <th scope="col">{strings.ColServiceArea}</th>
                <th scope="col">{strings.ColOwner}</th>
                <th scope="col">{strings.ColReceived}</th>
              </tr>
            </thead>
            <tbody>
              {filtered.slice(0, shown).map((row) => {
                const c = row.record.case;
                return (
                  <tr key={row.record.id} data-reference={c.reference} data-overdue={row.clock.state === 'overdue'}>
                    <th scope="row">
                      <button
                        type="button"
                        id={`open-${row.record.id}`}
                        className={classes.linkButton}
                        aria-label={fill(strings.OpenCase, c.reference)}
                        onClick={() => setOpen(row)}
                      >
                        {c.reference}
                      </button>
                    </th>
                    <td className={row.clock.state === 'overdue' ? classes.overdue : undefined} data-sla={row.clock.state}>
                      {clockText(row.clock)}
                    </td>
                    <td>
                      {strings.Statuses[c.status]}
                      {row.followUpDue !== undefined ? (
                        // R14: the HoS follow-up stays on the board until its outcome is recorded.
                        <span className={row.followUpDue < now() ? classes.overdue : classes.help} style={{ display: 'block' }} data-follow-up-due={row.followUpDue.toISOString()}>
                          {fill(row.followUpDue < now() ? strings.FollowUpOverdue : strings.FollowUpDue, date(row.followUpDue))}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <RagTag rag={c.rag} />
                    </td>
                    <td>{names.serviceArea(row.record.serviceAreaId)}</td>
                    <td>{ownerName(c.owner)}</td>
                    <td>{dateTime(row.record.alertReceivedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {filtered.length > shown ? (
        <button type="button" className={classes.button} onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {fill(strings.MoreRows, Math.min(PAGE_SIZE, filtered.length - shown))}
        </button>
      ) : null}
    </div>
  );
}

function Filter(props: { id: string; label: string; value: string; onChange: (value: string) => void; options: Array<[string, string]> }): React.ReactElement {
  const classes = useTriageClasses();
  return (
    <div className={classes.field}>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} className={classes.input} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{strings.FilterAny}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
