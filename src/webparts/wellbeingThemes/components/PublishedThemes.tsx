import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { useOrganisationNames } from '../../../components/organisation';
import { getId } from '@fluentui/react/lib/Utilities';
import { addQuarters, parseQuarterId, quarterId, quarterLabel } from '../../../domain/quarters';
import type { ThemeReportRecord } from '../../../services/store/IWellbeingStore';
import { csvFileName, downloadCsv, reportCsv } from './csv';
import { format, formatDate, quarterDates } from './format';
import { Loading, NoAccess, Problem } from './Notices';
import { reportTables, TrendQuarter } from './reportTables';
import { ReportView } from './ReportView';
import { PRINT_PAGE_CSS, useThemesClasses } from './themesStyles';
import { isNoAccess, useStoreRead } from '../../../components/useStoreRead';

const TREND_QUARTERS = 4;

/** The chosen quarter and the three before it, each from its own latest published report (oldest first). */
export function trendFor(selected: ThemeReportRecord, reports: ReadonlyArray<ThemeReportRecord>): TrendQuarter[] {
  const q = parseQuarterId(selected.quarterId);
  if (q === undefined) {
    return [];
  }
  const byId = new Map(reports.map((r) => [r.quarterId, r]));
  const result: TrendQuarter[] = [];
  for (let back = TREND_QUARTERS - 1; back >= 0; back--) {
    const id = quarterId(addQuarters(q, -back));
    const r = byId.get(id);
    result.push({ quarterId: id, label: r?.label ?? quarterLabel(addQuarters(q, -back)), figures: r?.report.current });
  }
  return result;
}

/** The SMT view (R18, R21): published reports only, a quarter picker, charts and tables, CSV and print. */
export function PublishedThemes(): React.ReactElement {
  const classes = useThemesClasses();
  const reports = useStoreRead<ThemeReportRecord[]>('published', (store) => store.latestThemeReports());
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const pickerId = React.useMemo(() => getId('themes-quarter'), []);

  const list = React.useMemo(() => (reports.state.status === 'ready' ? reports.state.value : []), [reports.state]);
  const selected = list.find((r) => r.quarterId === chosen) ?? list[0];
  const trend = React.useMemo(() => (selected ? trendFor(selected, list) : undefined), [selected, list]);
  const names = useOrganisationNames();
  const tables = React.useMemo(() => (selected ? reportTables(selected.report, names, trend) : []), [selected, names, trend]);

  if (reports.state.status === 'loading') {
    return <Loading label={strings.LoadingReport} />;
  }
  if (reports.state.status === 'failed') {
    return isNoAccess(reports.state.error) ? (
      <NoAccess view="published" />
    ) : (
      <Problem what={strings.LoadFailed} error={reports.state.error} onRetry={reports.retry} />
    );
  }
  if (selected === undefined) {
    return <p>{strings.NothingPublished}</p>;
  }

  const published = format(strings.PublishedOn, formatDate(selected.publishedAt), selected.version);
  const title = format(strings.ReportFor, selected.label, quarterDates(selected.report.current.start, selected.report.current.end));

  const download = (): void => {
    const csv = reportCsv(tables, { title: format(strings.CsvTitle, title), published, threshold: selected.report.threshold });
    downloadCsv(csvFileName(selected.label), csv);
    setAnnouncement(format(strings.DownloadStarted, selected.label));
  };

  return (
    <>
      <style>{PRINT_PAGE_CSS}</style>
      <div className={`${classes.toolbar} ${classes.noPrint}`}>
        <div className={classes.field} style={{ margin: 0 }}>
          <label htmlFor={pickerId}>{strings.QuarterPickerLabel}</label>
          <select id={pickerId} name="quarter" className={classes.input} value={selected.quarterId} onChange={(e) => setChosen(e.target.value)}>
            {list.map((r) => (
              <option key={r.quarterId} value={r.quarterId}>
                {format(strings.QuarterOption, r.label, quarterDates(r.report.current.start, r.report.current.end))}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={classes.button} onClick={download} data-action="download-csv">
          {strings.DownloadCsv}
        </button>
        <button type="button" className={classes.button} onClick={() => window.print()} data-action="print">
          {strings.Print}
        </button>
      </div>
      <div role="status" className={`${classes.visuallyHidden} ${classes.noPrint}`}>
        {announcement}
      </div>
      <h3>{title}</h3>
      <p>{published}</p>
      <ReportView report={selected.report} trend={trend} level={4} commentary={selected.commentary} tables={tables} />
    </>
  );
}
