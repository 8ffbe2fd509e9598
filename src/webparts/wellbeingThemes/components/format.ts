// How every figure of the themes report is written, in one place: the tables, the charts, the key
// figures and the CSV export all use these, so the CSV says exactly what the screen says.
import * as strings from 'WellbeingThemesWebPartStrings';
import type { ChangeCell, CountCell, HoursCell, RatioCell } from '../../../domain/themes';
import { addDays, IsoDate, londonLongDate, londonTimeOfDay } from '../../../domain/londonTime';

export const format = (template: string, ...values: Array<string | number>): string =>
  values.reduce<string>((text, v, i) => text.split(`{${i}}`).join(String(v)), template);

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** What one cell shows. `value` is set only for a published count (a chart may draw it). */
export interface ShownCell {
  text: string;
  suppressed: boolean;
  value?: number;
  /** The full words for a suppressed cell (its accessible name; the legend says the same). */
  label?: string;
}

/**
 * R20: a suppressed cell shows the UK official statistics shorthand "[c]" (confidential), never 0 and
 * never a number; `label` says it in full for a screen reader. The threshold is the report's (a change
 * or share carries 0 there: the report's own threshold is used by the legend).
 */
export function hiddenCell(threshold: number = DEFAULT_THRESHOLD): ShownCell {
  return { text: strings.Suppressed, suppressed: true, label: format(strings.SuppressedLong, threshold > 0 ? threshold : DEFAULT_THRESHOLD) };
}

const DEFAULT_THRESHOLD = 3;

export function countCell(cell: CountCell): ShownCell {
  return cell.kind === 'suppressed' ? hiddenCell(cell.threshold) : { text: whole.format(cell.value), suppressed: false, value: cell.value };
}

/** A share (0..1) as a whole percentage; "[c]" when suppressed. */
export function ratioCell(cell: RatioCell): ShownCell {
  return cell.kind === 'suppressed'
    ? hiddenCell(cell.threshold)
    : { text: format(strings.Percent, whole.format(Math.round(cell.value * 100))), suppressed: false };
}

export function hoursCell(cell: HoursCell): ShownCell {
  return cell.kind === 'suppressed' ? hiddenCell(cell.threshold) : { text: format(strings.Hours, oneDecimal.format(cell.value)), suppressed: false };
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

/** Change since the previous quarter: "+2", "-1", "0"; shares in percentage points; medians in hours. */
export function changeCell(cell: ChangeCell, unit: 'count' | 'ratio' | 'hours' = 'count'): ShownCell {
  if (cell.kind === 'suppressed') {
    return hiddenCell(cell.threshold);
  }
  const v = cell.value;
  if (unit === 'ratio') {
    const points = Math.sign(v) * Math.round(Math.abs(v) * 100);
    return { text: format(strings.ChangePoints, signed(whole.format(Math.abs(points)), points)), suppressed: false };
  }
  if (unit === 'hours') {
    const hours = (Math.sign(v) * Math.round(Math.abs(v) * 10)) / 10;
    return { text: format(strings.ChangeHours, signed(oneDecimal.format(Math.abs(hours)), hours)), suppressed: false };
  }
  return { text: signed(whole.format(Math.abs(v)), v), suppressed: false };
}

export function formatDate(date: Date): string {
  return londonLongDate(date);
}

export function formatDateTime(date: Date): string {
  return `${londonLongDate(date)}, ${londonTimeOfDay(date)}`;
}

export function formatTime(date: Date): string {
  return londonTimeOfDay(date);
}

/** "1 October 2026 to 31 December 2026" from a quarter's [start, end) London dates. */
export function quarterDates(start: IsoDate, end: IsoDate): string {
  const noon = (d: IsoDate): Date => new Date(`${d}T12:00:00Z`);
  return format(strings.QuarterDates, formatDate(noon(start)), formatDate(noon(addDays(end, -1))));
}
