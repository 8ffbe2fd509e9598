// The 48-hour clock in words (R10), for the queue and a case. Its own module so that neither the board nor a
// case imports the other for it (issue 14: no import circles).
import * as strings from 'TriageBoardWebPartStrings';
import { durationParts, FirstContactClockView } from '../../../../domain/firstContactClock';
import { fill } from '../triageStyles';

export function duration(ms: number): string {
  const d = durationParts(ms);
  // "2 d 3 h", "5 h 20 min", "2 h", "45 min": to the minute only within a day.
  const parts = [
    d.days > 0 ? fill(strings.Duration.days, d.days) : '',
    d.hours > 0 ? fill(strings.Duration.hours, d.hours) : '',
    d.days === 0 && (d.minutes > 0 || d.hours === 0) ? fill(strings.Duration.minutes, d.minutes) : ''
  ];
  return parts.filter((p) => p !== '').join(' ');
}

export function clockText(clock: FirstContactClockView): string {
  switch (clock.state) {
    case 'overdue':
      return fill(strings.Sla.overdue, duration(clock.overdueMs));
    case 'metLate':
      return fill(strings.Sla.metLate, duration(clock.overdueMs));
    case 'met':
      return strings.Sla.met;
    default:
      return fill(strings.Sla[clock.state], duration(clock.remainingMs));
  }
}
