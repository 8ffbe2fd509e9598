/*
 * Issue 12: the values a newer schema needs on items an older one left (backfills.ts), worked out from the items
 * alone. Theme reports get QuarterVersion "<quarter>#<version>"; of two reports with one version, the one
 * published first keeps it; a report that already has its key is never touched.
 */
import { ThemeReportsList } from '../../../src/schema';
import { BackfillItem, backfillsOf, THEME_REPORT_VERSION_KEYS } from '../../../src/services/provisioning/backfills';

const F = ThemeReportsList.fields;

function report(Id: number, quarterId: string, version: number | null, key?: string): BackfillItem {
  return { Id, [F.quarterId.internalName]: quarterId, [F.reportVersion.internalName]: version, ...(key === undefined ? {} : { [F.versionKey.internalName]: key }) };
}

function updates(items: BackfillItem[]): [number, Record<string, unknown>][] {
  return [...THEME_REPORT_VERSION_KEYS.updates(items)].sort(([a], [b]) => a - b);
}

describe('theme report version keys (issue 12)', () => {
  it('fills each report from its quarter and version, and leaves the ones that have it', () => {
    expect(updates([report(1, 'FY2025Q4', 1), report(2, 'FY2025Q4', 2, 'FY2025Q4#2'), report(3, 'FY2026Q1', 1, '')])).toEqual([
      [1, { QuarterVersion: 'FY2025Q4#1' }],
      [3, { QuarterVersion: 'FY2026Q1#1' }]
    ]);
    expect(updates([report(1, 'FY2025Q4', 1, 'FY2025Q4#1')])).toEqual([]);
  });

  it('gives a later report with a version already taken the next free one, past every version in use', () => {
    expect(updates([report(7, 'FY2025Q4', 2), report(3, 'FY2025Q4', 2), report(5, 'FY2025Q4', 1), report(9, 'FY2025Q4', 4, 'FY2025Q4#4')])).toEqual([
      [3, { QuarterVersion: 'FY2025Q4#2' }],
      [5, { QuarterVersion: 'FY2025Q4#1' }],
      [7, { QuarterVersion: 'FY2025Q4#5', ReportVersion: 5 }]
    ]);
    // A version whose key another report already holds is taken too.
    expect(updates([report(1, 'FY2025Q4', 1, 'FY2025Q4#1'), report(2, 'FY2025Q4', 1)])).toEqual([[2, { QuarterVersion: 'FY2025Q4#2', ReportVersion: 2 }]]);
  });

  it('reads a report without a version as version 1, as the store does', () => {
    expect(updates([report(1, 'FY2025Q4', null)])).toEqual([[1, { QuarterVersion: 'FY2025Q4#1' }]]);
  });

  it('is the theme reports list\'s only backfill, on its unique column', () => {
    expect(backfillsOf(ThemeReportsList)).toEqual([THEME_REPORT_VERSION_KEYS]);
    expect(THEME_REPORT_VERSION_KEYS.field.unique).toBe(true);
  });
});
