// The summaries page at volume (issue 13): a line manager may have had a summary a fortnight for years, a
// service manager several a week. The list is newest first, shown a page at a time, filtered by where the HoS
// follow-up stands and searched by reference (the board's parsing: any spacing or case, and a text that is not
// a reference is said to be one). Pure helpers first, then the filter form and the paged list.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { normaliseReference } from '../../../../domain/reference';
import type { ManagerSummaryRecord } from '../../../../services/store/IWellbeingStore';
import { fill, useTriageClasses } from '../triageStyles';

/** How many summaries show at first, and how many more each "Show more" adds. */
export const SUMMARIES_PAGE_SIZE = 10;

/** '' any; 'due': the HoS follow-up is still to be recorded; 'done': it has been (R14). */
export type FollowUpFilter = '' | 'due' | 'done';

export interface SummaryFilters {
  followUp: FollowUpFilter;
  /** Typed reference, any spacing or case. */
  reference: string;
}

export const NO_SUMMARY_FILTERS: SummaryFilters = { followUp: '', reference: '' };

const sharedTime = (s: ManagerSummaryRecord): number => (s.sharedAt ?? s.summary.date).getTime();

/** Newest shared first (the one a notification has just pointed to is at the top). */
export function newestFirst(a: ManagerSummaryRecord, b: ManagerSummaryRecord): number {
  return sharedTime(b) - sharedTime(a) || b.id - a.id;
}

/** Typed text that is not a reference at all (mistyped, misread): said beside the box, as on the board. */
export function summaryReferenceProblem(text: string): boolean {
  return text.trim() !== '' && normaliseReference(text) === undefined;
}

/**
 * The summaries the filters let through. A reference finds its summary whatever the follow-up filter; text
 * that is not a reference finds nothing. `waiting` says whether a summary counts as follow-up due (the HoS's
 * page keeps a follow-up she has just recorded where it was).
 */
export function filterSummaries(
  items: readonly ManagerSummaryRecord[],
  filters: SummaryFilters,
  waiting: (s: ManagerSummaryRecord) => boolean
): ManagerSummaryRecord[] {
  if (filters.reference.trim() !== '') {
    const wanted = normaliseReference(filters.reference);
    return items.filter((s) => wanted !== undefined && s.summary.reference === wanted);
  }
  return items.filter((s) => (filters.followUp === 'due' ? waiting(s) : filters.followUp === 'done' ? !waiting(s) : true));
}

export function isFiltering(filters: SummaryFilters): boolean {
  return filters.followUp !== '' || filters.reference.trim() !== '';
}

/** The follow-up status and the reference search, above the list. */
export function SummaryFilterForm(props: { filters: SummaryFilters; onChange: (patch: Partial<SummaryFilters>) => void }): React.ReactElement {
  const classes = useTriageClasses();
  const problem = summaryReferenceProblem(props.filters.reference);
  return (
    <form role="search" aria-label={strings.SummariesFiltersHeading} onSubmit={(e) => e.preventDefault()} data-summary-filters="true">
      <div className={classes.toolbar}>
        <div className={classes.field}>
          <label htmlFor="summaries-follow-up">{strings.SummariesFilterFollowUp}</label>
          <select
            id="summaries-follow-up"
            className={classes.input}
            value={props.filters.followUp}
            onChange={(e) => props.onChange({ followUp: e.target.value as FollowUpFilter })}
          >
            <option value="">{strings.FilterAny}</option>
            <option value="due">{strings.SummariesFollowUpDueOption}</option>
            <option value="done">{strings.SummariesFollowUpDoneOption}</option>
          </select>
        </div>
        <div className={classes.field}>
          <label htmlFor="summaries-reference">{strings.SearchLabel}</label>
          <span id="summaries-reference-hint" className={classes.help}>
            {strings.SearchHint}
          </span>
          {problem ? (
            <span id="summaries-reference-error" className={classes.fieldError}>
              {strings.SummariesNotAReference}
            </span>
          ) : null}
          <input
            id="summaries-reference"
            className={classes.input}
            value={props.filters.reference}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem || undefined}
            aria-describedby={problem ? 'summaries-reference-hint summaries-reference-error' : 'summaries-reference-hint'}
            onChange={(e) => props.onChange({ reference: e.target.value })}
          />
        </div>
      </div>
    </form>
  );
}

/** The heading id of a summary (SummaryItem gives its heading this id, focusable from script). */
export const summaryHeadingId = (s: Pick<ManagerSummaryRecord, 'id'>): string => `summary-${s.id}`;

/**
 * A page of summaries at a time, with "Show more" for the next ones. After "Show more" the keyboard and
 * screen reader land on the first summary just shown, so reading carries on where the list grew; how many
 * are shown of how many is said in a status line. Give it a new key when the filters change (back to page 1).
 */
export function PagedSummaries(props: {
  items: readonly ManagerSummaryRecord[];
  renderItem: (s: ManagerSummaryRecord) => React.ReactElement;
  /** What the list holds, in words ("summaries", "follow-ups to record"): said in the count and on the button. */
  name: string;
}): React.ReactElement {
  const classes = useTriageClasses();
  const [shown, setShown] = React.useState(SUMMARIES_PAGE_SIZE);
  const focusNext = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    if (focusNext.current !== undefined) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = undefined;
    }
  }, [shown]);
  const total = props.items.length;
  const rest = total - Math.min(shown, total);
  return (
    <div data-paged-summaries={props.name}>
      <p role="status" className={classes.help} data-summaries-showing="true">
        {fill(strings.SummariesShowing, Math.min(shown, total).toLocaleString('en-GB'), total.toLocaleString('en-GB'), props.name)}
      </p>
      {props.items.slice(0, shown).map(props.renderItem)}
      {rest > 0 ? (
        <button
          type="button"
          className={classes.button}
          data-show-more="true"
          onClick={() => {
            focusNext.current = summaryHeadingId(props.items[shown]);
            setShown((n) => n + SUMMARIES_PAGE_SIZE);
          }}
        >
          {fill(strings.SummariesShowMore, Math.min(SUMMARIES_PAGE_SIZE, rest).toLocaleString('en-GB'), props.name)}
        </button>
      ) : null}
    </div>
  );
}
