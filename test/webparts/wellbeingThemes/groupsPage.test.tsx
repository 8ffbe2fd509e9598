/** @jest-environment jsdom */
// Issue 15: the page a senior manager reads in a minute: sentences first, theme groups and the rolling year
// (R18 decisions) with each group's themes and each service area's teams behind a disclosure button.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { publishThemesReport, ThemeRecord } from '../../../src/domain/themes';
import { THEME_GROUPS } from '../../../src/webparts/wellbeingThemes/components/draft';
import { summarySentences } from '../../../src/webparts/wellbeingThemes/components/summary';
import { fakeStore, ok, Q2, reportRecord, showThemes, SMT_ACCESS, tableText } from './themesFixtures';

function rec(createdAt: string, themeIds: string[]): ThemeRecord {
  return { createdAt, serviceAreaId: 'childrens-social-care', teamId: 'csc-first-response', locationId: 'county-hall', route: 'PSW', themeIds, escalations: [], rag: 'Green', firstContactHours: 5, firstContactOnTime: true };
}

// July to September 2026: six alerts on workload, three on supervision (both work and workload), three
// on mental health; and three workload alerts in each of the three quarters before (the rolling year).
const RECORDS: ThemeRecord[] = [
  ...['2026-07-06', '2026-07-13', '2026-07-20', '2026-08-03', '2026-08-10', '2026-08-17'].map((d) => rec(`${d}T09:00:00Z`, ['workload-and-caseload'])),
  rec('2026-08-24T09:00:00Z', ['supervision']),
  rec('2026-08-31T09:00:00Z', ['supervision']),
  rec('2026-09-01T09:00:00Z', ['supervision']),
  rec('2026-09-08T09:00:00Z', ['mental-health']),
  rec('2026-09-15T09:00:00Z', ['mental-health']),
  rec('2026-09-22T09:00:00Z', ['mental-health']),
  ...['2025-10-06', '2025-11-03', '2025-12-01', '2026-01-12', '2026-02-09', '2026-03-09', '2026-04-13', '2026-05-11', '2026-06-08'].map((d) =>
    rec(`${d}T09:00:00Z`, ['workload-and-caseload'])
  )
];
const REPORT = publishThemesReport(RECORDS, [], Q2, 3, { groups: THEME_GROUPS });

function showReport(): void {
  const record = reportRecord(REPORT, { id: 3, quarterId: 'FY2026Q2', label: '2026-27 Q2', version: 1 });
  showThemes('published', fakeStore({ themeAccess: jest.fn(() => ok(SMT_ACCESS)), latestThemeReports: jest.fn(() => ok([record])) }));
}

describe('the SMT page with theme groups and the rolling year (issue 15, R18 decisions)', () => {
  it('leads with plain sentences: the total, the change, first contact, the groups and the rolling year\'s themes', () => {
    const text = summarySentences(REPORT).join(' ');
    expect(REPORT.rollingYear).toBeDefined();
    expect(text).toContain('in 2026-27 Q2');
    expect(text).toContain('within 48 hours');
    expect(text).toMatch(/The theme groups raised most this quarter: Work and workload \(\d+\)/);
    expect(text).toMatch(/Over the year from .* to 2026-27 Q2 \(\d+ alerts\), the themes raised were: Workload and caseload \(\d+\)/);
    // nothing suppressed is named with a number
    for (const g of REPORT.current.byGroup ?? []) {
      if (g.count.kind === 'suppressed') expect(text).not.toMatch(new RegExp(`${g.key}`));
    }
  });

  it('shows the groups with each group\'s themes behind a disclosure button (aria-expanded), and says groups and the rolling year are decisions', async () => {
    showReport();
    await waitFor(() => expect(document.querySelector('table[data-table="groups"]')).not.toBeNull());
    expect(screen.getByText(/Theme groups, and the themes over the last four quarters, are decisions the wellbeing leads made/)).toBeTruthy();
    const groups = document.querySelector('table[data-table="groups"]') as HTMLTableElement;
    const button = screen.getAllByRole('button', { name: 'Show themes in Work and workload' })[0];
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const themeRow = groups.querySelector('tr[data-row="gtheme:work-and-workload:workload-and-caseload"]') as HTMLTableRowElement;
    const hiddenClass = themeRow.className;
    expect(hiddenClass).not.toBe('');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toBe('Hide themes in Work and workload');
    expect(document.activeElement === button || document.activeElement === document.body).toBe(true);
    expect(themeRow.className).not.toBe(hiddenClass);
    expect(tableText(groups).find((r) => r[0].endsWith('Workload and caseload'))).toBeDefined();
    // the rolling year's table too
    expect(document.querySelector('table[data-table="rollingYear"]')).not.toBeNull();
    // teams behind a disclosure too
    expect(screen.getByRole('button', { name: "Show teams in Children's Social Care" }).getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the secondary tables one disclosure away on screen, and in the page for print', async () => {
    showReport();
    const more = await screen.findByRole('button', { name: /More tables/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const region = document.getElementById(more.getAttribute('aria-controls') ?? '') as HTMLElement;
    // rendered (print shows it), hidden on screen by its class until opened
    expect(region.querySelector('table[data-table="locations"]')).not.toBeNull();
    const closedClass = region.className;
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(region.className).not.toBe(closedClass);
  });
});
