// R18: what a senior manager reads first, in plain sentences: the total, the change, first contact within
// 48 hours, the theme groups and the themes of the rolling year. Only published cells come in, and a
// suppressed one is named as confidential ([c]), never guessed at (R20).
import * as strings from 'WellbeingThemesWebPartStrings';
import type { CountCell, KeyedRow, PublishedThemesReport } from '../../../domain/themes';
import { format } from './format';
import { groupName, themeName } from './reportTables';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "A, B and C". */
function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : format(strings.Summary.andMore, items.slice(0, -1).join(', '), items[items.length - 1]);
}

/** The shown rows, largest first (ties by name); rows that are [c] or 0 are left out. */
function readable(rows: ReadonlyArray<KeyedRow<string, CountCell>>, name: (key: string) => string, most: number): string[] {
  return rows
    .filter((r): r is KeyedRow<string, { kind: 'count'; value: number }> => r.count.kind === 'count' && r.count.value > 0)
    .sort((a, b) => b.count.value - a.count.value || name(a.key).localeCompare(name(b.key)))
    .slice(0, most)
    .map((r) => format(strings.Summary.item, name(r.key), whole.format(r.count.value)));
}

export function summarySentences(report: PublishedThemesReport): string[] {
  const s = strings.Summary;
  const cur = report.current;
  const out: string[] = [];
  out.push(cur.totalAlerts.kind === 'count' ? format(s.total, whole.format(cur.totalAlerts.value), cur.label) : format(s.totalHidden, cur.label));
  const change = report.change.totalAlerts;
  out.push(
    change.kind !== 'change'
      ? s.changeHidden
      : change.value > 0
        ? format(s.changeUp, whole.format(change.value))
        : change.value < 0
          ? format(s.changeDown, whole.format(-change.value))
          : s.changeSame
  );
  const share = cur.firstContact.shareWithinTarget;
  out.push(share.kind === 'ratio' ? format(s.firstContact, `${whole.format(Math.round(share.value * 100))}%`) : s.firstContactHidden);
  if (cur.byGroup !== undefined) {
    const groups = readable(cur.byGroup, groupName, 3);
    out.push(groups.length > 0 ? format(s.groups, listed(groups)) : s.groupsNone);
  }
  const year = report.rollingYear;
  if (year !== undefined) {
    const themes = readable(year.byTheme, themeName, 5);
    const total = year.totalAlerts.kind === 'count' ? whole.format(year.totalAlerts.value) : strings.Suppressed;
    out.push(themes.length > 0 ? format(s.rollingYear, year.firstLabel, year.lastLabel, total, listed(themes)) : format(s.rollingYearNone, year.firstLabel, year.lastLabel));
  }
  return out;
}
