/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { publishThemesReport } from '../../../src/domain/themes';
import { parseQuarterId, Quarter } from '../../../src/domain/quarters';
import type { ThemeReportRecord } from '../../../src/services/store/IWellbeingStore';
import { trendFor } from '../../../src/webparts/wellbeingThemes/components/PublishedThemes';
import {
  blobText,
  fullText,
  fail,
  fakeStore,
  ok,
  Q1_RECORDS,
  Q1_REPORT,
  Q2_REPORT,
  reportRecord,
  showThemes,
  SMT_ACCESS,
  tableText
} from './themesFixtures';

const Q2_RECORD = reportRecord(Q2_REPORT, { id: 7, version: 2, publishedAt: new Date('2026-10-12T10:00:00Z') });
const Q1_RECORD = reportRecord(Q1_REPORT, { id: 3, publishedAt: new Date('2026-07-09T10:00:00Z'), commentary: '' });

function smtStore(reports: ThemeReportRecord[] = [Q2_RECORD, Q1_RECORD]): ReturnType<typeof fakeStore> {
  return fakeStore({ themeAccess: jest.fn(() => ok(SMT_ACCESS)), latestThemeReports: jest.fn(() => ok(reports)) });
}

async function table(id: string): Promise<HTMLTableElement> {
  await waitFor(() => expect(document.querySelector(`table[data-table="${id}"]`)).not.toBeNull());
  return document.querySelector(`table[data-table="${id}"]`) as HTMLTableElement;
}

/** R20: a suppressed cell shows the official statistics shorthand; its accessible name says it in full. */
const F = '[c]';

afterEach(() => jest.restoreAllMocks());

describe('Wellbeing themes: the published reports (SMT, R18, R20, R21)', () => {
  it('shows that it is loading, then the latest quarter with its publication details and commentary', async () => {
    const store = smtStore();
    showThemes('published', store);
    expect(screen.getByRole('heading', { level: 2, name: 'Wellbeing themes' })).toBeTruthy();
    expect(screen.getByText('Checking what you can see…')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 3, name: '2026-27 Q2: 1 July 2026 to 30 September 2026' })).toBeTruthy();
    expect(screen.getByText('Published on 12 October 2026 (version 2).')).toBeTruthy();
    expect(screen.getByText('Workload is the main theme again.')).toBeTruthy();
    // SMT reads published reports only: nothing else was asked of SharePoint.
    expect(store.latestThemeReports).toHaveBeenCalledTimes(1);
    expect(store.casesReceivedBetween).not.toHaveBeenCalled();
    expect(store.networkThemes).not.toHaveBeenCalled();
  });

  it('R18: every section has a real data table (caption, column and row headers) with this quarter, the previous one and the change', async () => {
    showThemes('published', smtStore());
    const areas = await table('serviceAreas');
    expect(areas.caption?.textContent).toBe('Alerts by service area and team');
    expect(areas.querySelectorAll('thead th[scope="col"]').length).toBe(4);
    expect(areas.querySelectorAll('tbody th[scope="row"]').length).toBe(areas.tBodies[0].rows.length);
    expect(tableText(areas)).toEqual([
      ['Service area or team', 'This quarter', 'Previous quarter', 'Change'],
      ['All alerts', '9', '5', '+4'],
      ["Children and Family Wellbeing Service", F, F, F],
      ["Children and Family Wellbeing Service: Family Help", '3', F, F],
      ["Children's Social Care", '6', F, F],
      ["Children's Social Care: First Response (screening and assessment)", F, F, F],
      ["Children's Social Care: Out of Hours Team", F, '0', F]
    ]);
    const sections = Array.from(document.querySelectorAll('section[data-section]')).map((s) => s.getAttribute('data-section'));
    // R18: the sentences first, then the tables a senior manager reads first; the rest one disclosure away
    expect(sections).toEqual([
      'summary',
      'serviceAreas',
      'firstContact',
      'trend',
      'locations',
      'themes',
      'themesByLocation',
      'routes',
      'rag',
      'escalations',
      'redFollowUps',
      'outcomes',
      'networkThemes'
    ]);
    // Every table sits in a named region that can be focused and scrolled sideways (400% zoom).
    for (const region of Array.from(document.querySelectorAll('[role="region"]'))) {
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.tagName).toBe('CAPTION');
    }
  });

  it('R20: a hidden figure shows [c] in the table, with its full words as its name, and is a labelled state in the chart, never 0 and never a bar', async () => {
    showThemes('published', smtStore());
    const rag = await table('rag');
    expect(tableText(rag).slice(1)).toEqual([
      ['Green', '6', F, F],
      ['Red', F, '0', F],
      // R18: rows all [c] or all 0 fold into one line each on screen (the CSV keeps every row)
      ['None in any column: Not rated yet'],
      ['[c] in every column: Amber']
    ]);
    // a suppressed cell's accessible name is the full words, and the legend says them once above the tables
    const LONG = 'confidential: fewer than 3, or hidden so that a small number cannot be worked out';
    expect(fullText(rag)[2]).toEqual(['Red', LONG, '0', LONG]);
    expect(document.querySelector('[data-legend]')?.textContent).toBe(`[c] ${LONG}.`);
    expect(screen.getByText(/A number below 3 is hidden, and so is any other number that would let it be worked out/)).toBeTruthy();
    // the ratings are one disclosure away
    fireEvent.click(await screen.findByRole('button', { name: /More tables/ }));
    const chart = await screen.findByRole('img', { name: 'Bar chart of the table that follows: Alerts by their current rating' });
    const bar = (key: string): HTMLElement => chart.querySelector(`[data-bar="${key}"]`) as HTMLElement;
    await waitFor(() => expect(bar('Red')).not.toBeNull());
    expect(bar('Green').textContent).toBe('Green6');
    for (const key of ['Amber', 'Red']) {
      expect(bar(key).textContent).toBe(`${key}${F}`);
      expect(bar(key).querySelector('[data-suppressed="true"]')?.textContent).toBe(F);
      // no bar element drawn for a hidden figure: only the label and the labelled state
      expect(bar(key).querySelectorAll('span').length).toBe(3);
    }
    expect(bar('NotRated').textContent).toBe('Not rated yet0');
  });

  it('R20: shares and medians on too few are "hidden"; shown ones are written as on screen', async () => {
    showThemes('published', smtStore());
    const fc = await table('firstContact');
    expect(tableText(fc).slice(1)).toEqual([
      ['Contacted within 48 hours', F, '5', F],
      ['Contacted after 48 hours', F, '0', F],
      ['Share contacted within 48 hours', F, '100%', F],
      ['Median time to first contact', '10 hours', '9 hours', '+1 hours'],
      ['None in any column: Not contacted yet']
    ]);
  });

  it('R18: the trend shows the last four quarters, each from its own published report', async () => {
    showThemes('published', smtStore());
    const trend = await table('trend');
    expect(tableText(trend)).toEqual([
      ['Quarter', 'Alerts', 'First contact within 48 hours', 'Median time to first contact', 'Rated Red'],
      ['2025-26 Q3', 'not published', 'not published', 'not published', 'not published'],
      ['2025-26 Q4', 'not published', 'not published', 'not published', 'not published'],
      ['2026-27 Q1', '5', '100%', '9 hours', '0'],
      ['2026-27 Q2', '9', F, '10 hours', F]
    ]);
  });

  it('the quarter picker shows another published quarter', async () => {
    showThemes('published', smtStore());
    const picker = (await screen.findByLabelText('Quarter')) as HTMLSelectElement;
    expect(Array.from(picker.options).map((o) => o.textContent)).toEqual([
      '2026-27 Q2 (1 July 2026 to 30 September 2026)',
      '2026-27 Q1 (1 April 2026 to 30 June 2026)'
    ]);
    fireEvent.change(picker, { target: { value: 'FY2026Q1' } });
    expect(await screen.findByRole('heading', { level: 3, name: '2026-27 Q1: 1 April 2026 to 30 June 2026' })).toBeTruthy();
    expect(screen.getByText('No commentary was written for this quarter.')).toBeTruthy();
  });

  it('R18: the CSV holds every table exactly as the screen shows it, escaped, with the small-number note', async () => {
    const created: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: jest.fn((b: Blob) => (created.push(b), 'blob:themes')) });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    showThemes('published', smtStore());
    await table('trend');
    fireEvent.click(screen.getByRole('button', { name: 'Download the tables (CSV)' }));
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe('wellbeing-themes-2026-27-Q2.csv');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The tables for 2026-27 Q2 are downloading as a CSV file.'));

    const csv = (await blobText(created[0])).replace(/^\ufeff/, '');
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      '"Wellbeing themes, 2026-27 Q2: 1 July 2026 to 30 September 2026"',
      'Published on 12 October 2026 (version 2).',
      '"[c] confidential: fewer than 3, or hidden so that a small number cannot be worked out."'
    ]);
    // Each table on screen appears in the CSV: its caption, then its rows cell for cell.
    // A row the screen folds (all 0, or all [c]) is in the CSV in full, each cell 0 or [c].
    for (const t of Array.from(document.querySelectorAll('table[data-table]')) as HTMLTableElement[]) {
      const start = lines.indexOf(csvLine([t.caption?.textContent ?? '']));
      expect(start).toBeGreaterThan(0);
      const block = lines.slice(start + 1, lines.indexOf('', start));
      const screenRows = tableText(t);
      const foldedRows = Array.from(t.querySelectorAll('tr[data-folded]'));
      const namesOf = (tr: Element): string[] => JSON.parse(tr.getAttribute('data-names') ?? '[]') as string[];
      const foldedNames = foldedRows.flatMap(namesOf);
      expect(block.filter((l) => !foldedNames.some((name) => l.startsWith(`${csvLine([name])},`)))).toEqual(screenRows.filter((r) => r.length > 1).map(csvLine));
      for (const tr of foldedRows) {
        const zero = tr.getAttribute('data-folded') === 'zero';
        expect(tr.textContent).toBe(`${zero ? 'None in any column' : '[c] in every column'}: ${namesOf(tr).join(', ')}`);
        for (const name of namesOf(tr)) {
          const row = block.find((l) => l.startsWith(`${csvLine([name])},`)) ?? '';
          expect(row.slice(csvLine([name]).length + 1).split(',').every((c) => (zero ? c === '0' : c === F))).toBe(true);
        }
      }
    }
    expect(csv).toContain(`Children's Social Care: First Response (screening and assessment),${F},${F},${F}`);
    // R20: the biggest theme (workload, 7) is hidden only to protect two single alerts; the CSV never calls it small.
    expect(csv).toContain(`Workload and caseload,${F},5,${F}`);
    expect(csv).not.toMatch(/priya|Priya/);
  });

  it('prints the whole report on A4 with the Print button', async () => {
    const print = jest.fn();
    Object.defineProperty(window, 'print', { configurable: true, value: print });
    showThemes('published', smtStore());
    fireEvent.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(Array.from(document.querySelectorAll('style')).some((s) => /@page\s*{\s*size:\s*A4/.test(s.textContent ?? ''))).toBe(true);
  });

  it('says plainly when nothing has been published yet', async () => {
    showThemes('published', smtStore([]));
    expect(await screen.findByText(/No quarter has been published yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download the tables (CSV)' })).toBeNull();
  });

  it('when SharePoint is busy, says so with a retry, and the retry shows the report', async () => {
    const store = smtStore();
    store.latestThemeReports.mockReturnValueOnce(fail({ kind: 'throttled', status: 429, retryAfterSeconds: 10 }));
    showThemes('published', store);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load this. SharePoint is busy just now. Please wait a moment and try again. SharePoint asked us to wait 10 seconds.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 3, name: /^2026-27 Q2/ })).toBeTruthy();
    expect(store.latestThemeReports).toHaveBeenCalledTimes(2);
  });

  it('R21: someone SharePoint will not show the reports to is told so, not shown a crash', async () => {
    showThemes('published', fakeStore({ themeAccess: jest.fn(() => ok({ readPublished: false, publish: false, recordNetworkThemes: true })) }));
    expect(await screen.findByRole('heading', { level: 3, name: 'You do not have access to this' })).toBeTruthy();
    // and if the permissions change between the check and the read, SharePoint's refusal says the same
    const store = smtStore();
    store.latestThemeReports.mockReturnValue(fail({ kind: 'notFound', status: 404, retryable: false }));
    document.body.innerHTML = '';
    showThemes('published', store);
    expect(await screen.findByRole('heading', { level: 3, name: 'You do not have access to this' })).toBeTruthy();
  });
});

describe('the trend (R18)', () => {
  it('takes each quarter from its own report and marks the ones never published', () => {
    const q4 = parseQuarterId('FY2025Q4') as Quarter;
    const q4Report = reportRecord(publishThemesReport(Q1_RECORDS.map((r) => ({ ...r, createdAt: '2026-02-10T10:00:00Z' })), [], q4));
    const trend = trendFor(Q2_RECORD, [Q2_RECORD, Q1_RECORD, q4Report]);
    expect(trend.map((t) => [t.quarterId, t.label, t.figures === undefined ? 'none' : 'report'])).toEqual([
      ['FY2025Q3', '2025-26 Q3', 'none'],
      ['FY2025Q4', '2025-26 Q4', 'report'],
      ['FY2026Q1', '2026-27 Q1', 'report'],
      ['FY2026Q2', '2026-27 Q2', 'report']
    ]);
  });
});

/** The CSV line a row of cells becomes (the export's own quoting rules, written out for the test). */
function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\r\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
