import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import type { PublishedThemesReport } from '../../../domain/themes';
import type { IBarChartBar } from '../../../components/BarChart';
import { format } from './format';
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

/** R18: a real data table (caption, th scope) in a named, focusable region that scrolls sideways at 400%. */
export function DataTable(props: { table: ReportTable; describedBy?: string; classes: ThemesClasses }): React.ReactElement {
  const { table, classes } = props;
  const captionId = React.useMemo(() => getId(`themes-${table.id}`), [table.id]);
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
          {table.rows.map((r) => (
            <tr key={r.key} className={r.total ? classes.total : undefined}>
              <th scope="row" className={r.level === 1 ? classes.child : undefined}>
                {r.csvHeader !== r.header && <span className={classes.visuallyHidden}>{r.csvHeader.slice(0, r.csvHeader.length - r.header.length)}</span>}
                {r.header}
              </th>
              {r.cells.map((c, i) => (
                <td key={i} className={c.suppressed ? `num ${classes.suppressed}` : 'num'} data-suppressed={c.suppressed ? 'true' : undefined}>
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
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

/** R18, R20: the whole report: key figures, commentary, then each section as a chart and its table. */
export function ReportView(props: IReportViewProps): React.ReactElement {
  const classes = useThemesClasses();
  const theme = useTheme();
  const explanationId = React.useMemo(() => getId('themes-small-numbers'), []);
  const tables = React.useMemo(() => props.tables ?? reportTables(props.report, props.trend), [props.tables, props.report, props.trend]);
  const figures = React.useMemo(() => keyFigures(props.report), [props.report]);
  const sub: HeadingLevel = props.level;
  return (
    <div data-report={props.report.current.quarterId}>
      <p id={explanationId}>{format(strings.SuppressedExplanation, props.report.threshold)}</p>
      <section className={classes.section} aria-labelledby={`${explanationId}-key`}>
        <Heading level={sub} id={`${explanationId}-key`}>
          {strings.KeyFiguresHeading}
        </Heading>
        <ul className={classes.keyFigures}>
          {figures.map((f) => (
            <li key={f.label} className={classes.keyFigure}>
              {f.label}
              <span className={classes.keyValue} data-suppressed={f.cell.suppressed ? 'true' : undefined}>
                {f.cell.text}
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
      {tables.map((t) => (
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
      ))}
    </div>
  );
}
