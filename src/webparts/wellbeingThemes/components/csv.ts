// The CSV for the SMT meeting pack (R18): every table of the report, written exactly as the screen shows
// it ("fewer than 3" included), escaped as RFC 4180 says, and safe to open in Excel.
import * as strings from 'WellbeingThemesWebPartStrings';
import { format } from './format';
import type { ReportTable } from './reportTables';

/** A figure as the report writes it: "12", "1,204", "+3", "-1", "78%", "20.5 hours", "+5 points". */
const FIGURE = /^[+-]?\d[\d,]*(\.\d+)?(%| hours| points)?$/;

/**
 * One field. Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, unless it is one of the report's own figures; then the field is quoted if it
 * holds a comma, a quote, a line break or outer spaces.
 */
export function csvField(text: string): string {
  let value = text;
  if (/^[=+\-@\t\r]/.test(value) && !FIGURE.test(value)) {
    value = `'${value}`;
  }
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: ReadonlyArray<string>): string {
  return fields.map(csvField).join(',');
}

/** The whole report: a title, what the publisher said about it, the small-number note, then each table. */
export function reportCsv(tables: ReadonlyArray<ReportTable>, heading: { title: string; published?: string; threshold: number }): string {
  const lines: string[] = [csvLine([heading.title])];
  if (heading.published) {
    lines.push(csvLine([heading.published]));
  }
  lines.push(csvLine([format(strings.CsvNote, heading.threshold)]), '');
  for (const t of tables) {
    lines.push(csvLine([t.caption]));
    lines.push(csvLine([t.rowHeader, ...t.columns]));
    for (const r of t.rows) {
      lines.push(csvLine([r.csvHeader, ...r.cells.map((c) => c.text)]));
    }
    lines.push('');
  }
  return lines.join('\r\n');
}

/** Saves text as a file in the browser (client side only: nothing leaves the page but the download). */
export function downloadCsv(fileName: string, text: string): void {
  // The byte order mark makes Excel read the file as UTF-8 (curly quotes, "fewer than 3").
  const blob = new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A file name from a quarter label: "2026-27 Q3" -> "wellbeing-themes-2026-27-Q3.csv". */
export function csvFileName(label: string): string {
  return format(strings.CsvFileName, label.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, ''));
}
