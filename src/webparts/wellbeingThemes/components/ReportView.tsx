import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { useOrganisationNames } from '../../../components/organisation';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import type { PublishedThemesReport } from '../../../domain/themes';
import type { IBarChartBar } from '../../../components/BarChart';
import { format, ShownCell } from './format';
import { summarySentences } from './summary';
import { keyFigures, ReportTable, reportTables, TrendQuarter } from './reportTables';
import { ThemesClasses, toneColour, useThemesClasses } from './themesStyles';

// Charts load in their own chunk, only when a report is on screen (the entry bundle stays lean).
const BarChart = React.lazy(() =>
  import(/* webpackChunkName: 'wellbeing-chart' */ '../../../components/BarChart').then((m) => ({ default: m.BarChart }))
);

type HeadingLevel = 3 | 4;

function Heading(props: { level: HeadingLevel; id?: string; children: React.ReactNode }): React.ReactElement {
  return props.level === 3 ? <h3 id={props.id}>{props.children}</h3> : <h4 id={props.id}>{props.children}</h4>;
}

/** Rows the screen folds into one line: every cell 0, or every cell [c] (the CSV keeps each row). */
function foldKind(r: ReportTable['rows'][number]): 'zero' | 'suppressed' | undefined {
  if (r.total || r.level !== 0 || r.cells.length === 0) return undefined;
  if (r.cells.every((c) => c.suppressed)) return 'suppressed';
  if (r.cells.every((c) => !c.suppressed && /^[+-]?0(\.0+)?( hours| points|%)?$/.test(c.text))) return 'zero';
  return undefined;
}

function Cell(props: { cell: ShownCell; classes: ThemesClasses }): React.ReactElement {
  const c = props.cell;
  if (!c.suppressed) {
    return <td className="num">{c.text}</td>;
  }
  // "[c]" on screen; its full words for a screen reader (the legend above the tables says the same).
  return (
    <td className={`num ${props.classes.suppressed}`} data-suppressed="true">
      <span aria-hidden="true">{c.text}</span>
      <span className={props.classes.visuallyHidden} data-full="true">
        {c.label ?? c.text}
      </span>
    </td>
  );
}

/**
 * R18: a real data table (caption, th scope) in a named, focusable region that scrolls sideways at 400%.
 * A row's parts (the teams of a service area, the themes of a group) sit behind a disclosure button; rows
 * that are all 0 or all [c] fold into one line. Print shows every part (the CSV has every row).
 */
export function DataTable(props: { table: ReportTable; describedBy?: string; classes: ThemesClasses }): React.ReactElement {
  const { table, classes } = props;
  const captionId = React.useMemo(() => getId(`themes-${table.id}`), [table.id]);
  const [open, setOpen] = React.useState<Record<string, boolean>>({});
  const parents = new Set(table.rows.filter((r) => r.parent !== undefined).map((r) => r.parent as string));
  const folded = { zero: [] as string[], suppressed: [] as string[] };
  const shown = table.rows.filter((r) => {
    const kind = parents.has(r.key) ? undefined : foldKind(r);
    if (kind !== undefined) folded[kind].push(r.header);
    return kind === undefined;
  });
  const span = table.columns.length + 1;
  // Short on screen, beside the row's name; the name completes it for a screen reader ("Show themes in Health":
  // the visible words start the accessible name, WCAG 2.5.3).
  const toggleText = (isOpen: boolean): string =>
    table.id === 'serviceAreas' ? (isOpen ? strings.HideTeams : strings.ShowTeams) : isOpen ? strings.HideThemes : strings.ShowThemes;
  return (
    <div className={classes.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={classes.table} aria-describedby={props.describedBy} data-table={table.id}>
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((c) => (
              <th scope="col" className="num" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const collapsed = r.parent !== undefined && open[r.parent] !== true;
            const rowClass = [r.total ? classes.total : '', collapsed ? classes.screenHidden : ''].filter((c) => c !== '').join(' ');
            return (
              <tr key={r.key} className={rowClass === '' ? undefined : rowClass} data-row={r.key}>
                <th scope="row" className={r.level === 1 ? classes.child : undefined}>
                  {r.csvHeader !== r.header && <span className={classes.visuallyHidden}>{r.csvHeader.slice(0, r.csvHeader.length - r.header.length)}</span>}
                  {r.header}
                  {parents.has(r.key) && (
                    <button
                      type="button"
                      className={`${classes.disclosure} ${classes.noPrint}`}
                      aria-expanded={open[r.key] === true}
                      data-action="disclose"
                      onClick={() => setOpen((o) => ({ ...o, [r.key]: o[r.key] !== true }))}
                    >
                      {toggleText(open[r.key] === true)}{' '}
                      <span className={classes.visuallyHidden}>{format(strings.DisclosureOf, r.header)}</span>
                    </button>
                  )}
                </th>
                {r.cells.map((c, i) => (
                  <Cell key={i} cell={c} classes={classes} />
                ))}
              </tr>
            );
          })}
          {folded.zero.length > 0 && (
            <tr data-folded="zero" data-names={JSON.stringify(folded.zero)}>
              <th scope="row" colSpan={span} className={classes.folded}>
                {format(strings.FoldedZero, folded.zero.join(', '))}
              </th>
            </tr>
          )}
          {folded.suppressed.length > 0 && (
            <tr data-folded="suppressed" data-names={JSON.stringify(folded.suppressed)}>
              <th scope="row" colSpan={span} className={classes.folded}>
                {format(strings.FoldedSuppressed, folded.suppressed.join(', '))}
              </th>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function chartBars(table: ReportTable, colour: (tone: ReportTable['rows'][number]['tone']) => string): IBarChartBar[] {
  return table.rows
    .filter((r) => r.chart)
    .map((r) => {
      const cell = r.cells[0];
      return { key: r.key, label: r.header, valueText: cell.text, value: cell.value, suppressed: cell.suppressed, colour: colour(r.tone) };
    });
}

export interface IReportViewProps {
  report: PublishedThemesReport;
  /** The last four quarters (oldest first) for the trend; omitted in the draft. */
  trend?: ReadonlyArray<TrendQuarter>;
  /** Heading level of each section (3 under the web part's h2; 4 inside the draft). */
  level: HeadingLevel;
  /** What the publisher wrote; undefined shows no commentary section (the draft has its own box). */
  commentary?: string;
  /** The tables, when the caller already built them (for the CSV). */
  tables?: ReportTable[];
}

/** R18: the tables a senior manager reads first; the rest are one disclosure away (and all print). */
const FIRST_TABLES: ReadonlyArray<ReportTable['id']> = ['groups', 'rollingYear', 'serviceAreas', 'firstContact', 'trend'];

/** R18, R20: the whole report: plain sentences first, key figures, commentary, then charts and tables. */
export function ReportView(props: IReportViewProps): React.ReactElement {
  const classes = useThemesClasses();
  const theme = useTheme();
  const explanationId = React.useMemo(() => getId('themes-small-numbers'), []);
  const moreId = React.useMemo(() => getId('themes-more'), []);
  const whyId = React.useMemo(() => getId('themes-why'), []);
  const [moreOpen, setMoreOpen] = React.useState(false);
  const [whyOpen, setWhyOpen] = React.useState(false);
  const names = useOrganisationNames();
  const tables = React.useMemo(() => props.tables ?? reportTables(props.report, names, props.trend), [props.tables, props.report, names, props.trend]);
  const figures = React.useMemo(() => keyFigures(props.report), [props.report]);
  const sentences = React.useMemo(() => summarySentences(props.report), [props.report]);
  const sub: HeadingLevel = props.level;
  const first = tables.filter((t) => FIRST_TABLES.indexOf(t.id) >= 0);
  const more = tables.filter((t) => FIRST_TABLES.indexOf(t.id) < 0);
  const section = (t: ReportTable): React.ReactElement => (
    <section key={t.id} className={classes.section} aria-labelledby={`${explanationId}-${t.id}`} data-section={t.id}>
      <Heading level={sub} id={`${explanationId}-${t.id}`}>
        {t.title}
      </Heading>
      <div className={classes.sectionBody}>
        {t.hasChart && (
          <React.Suspense fallback={<div aria-hidden="true" />}>
            <BarChart bars={chartBars(t, (tone) => toneColour(theme, tone))} label={format(strings.ChartLabel, t.caption)} />
          </React.Suspense>
        )}
        <DataTable table={t} describedBy={explanationId} classes={classes} />
      </div>
    </section>
  );
  return (
    <div data-report={props.report.current.quarterId}>
      <section className={classes.section} aria-labelledby={`${explanationId}-summary`} data-section="summary">
        <Heading level={sub} id={`${explanationId}-summary`}>
          {strings.SummaryHeading}
        </Heading>
        <p className={classes.summary}>{sentences.join(' ')}</p>
      </section>
      <section className={classes.section} aria-labelledby={`${explanationId}-key`}>
        <Heading level={sub} id={`${explanationId}-key`}>
          {strings.KeyFiguresHeading}
        </Heading>
        <ul className={classes.keyFigures}>
          {figures.map((f) => (
            <li key={f.label} className={classes.keyFigure}>
              {f.label}
              <span className={classes.keyValue} data-suppressed={f.cell.suppressed ? 'true' : undefined}>
                {f.cell.suppressed ? (
                  <>
                    <span aria-hidden="true">{f.cell.text}</span>
                    <span className={classes.visuallyHidden} data-full="true">
                      {f.cell.label}
                    </span>
                  </>
                ) : (
                  f.cell.text
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {props.commentary !== undefined && (
        <section className={classes.section} aria-labelledby={`${explanationId}-commentary`}>
          <Heading level={sub} id={`${explanationId}-commentary`}>
            {strings.CommentaryHeading}
          </Heading>
          {props.commentary.trim() === '' ? (
            <p className={classes.muted}>{strings.NoCommentary}</p>
          ) : (
            <p className={classes.commentary}>{props.commentary}</p>
          )}
        </section>
      )}
      <div id={explanationId}>
        <p className={classes.legend} data-legend="true">
          {format(strings.SuppressedLegend, props.report.threshold)}
        </p>
        {/* The legend says what [c] means; why, and the R18 decisions, are one press away on screen (always printed). */}
        <button
          type="button"
          className={`${classes.wideButton} ${classes.noPrint}`}
          aria-expanded={whyOpen}
          aria-controls={whyId}
          data-action="small-numbers"
          onClick={() => setWhyOpen((o) => !o)}
        >
          {strings.SmallNumbersMore}
        </button>
        <div id={whyId} className={whyOpen ? undefined : classes.screenHidden}>
          <p className={classes.intro}>{format(strings.SuppressedExplanation, props.report.threshold)}</p>
          {props.report.rollingYear !== undefined && <p className={classes.intro}>{format(strings.GroupsRollingNote, props.report.threshold)}</p>}
        </div>
      </div>
      {first.map(section)}
      {more.length > 0 && (
        <>
          <button
            type="button"
            className={`${classes.wideButton} ${classes.noPrint}`}
            aria-expanded={moreOpen}
            aria-controls={moreId}
            data-action="more-tables"
            onClick={() => setMoreOpen((o) => !o)}
          >
            {strings.MoreTables}
          </button>
          <div id={moreId} className={moreOpen ? undefined : classes.screenHidden} data-more="true">
            {more.map(section)}
          </div>
        </>
      )}
    </div>
  );
}
