// What the board shows, as pure functions of what the store read and the time (tests fix the clock):
// the 48-hour clock of every open case (R10), overdue first, the filters, and the counts that must always
// be visible. No React here.

import type { CaseStatus, Rag, Route } from '../../../../domain/types';
import { firstContactClock, FirstContactClockView, FirstContactSettings } from '../../../../domain/firstContactClock';
import { firstContactMadeAt } from '../../../../domain/caseLifecycle';
import type { TriageMember } from '../../../../domain/independence';
import { normaliseReference } from '../../../../domain/reference';
import { firstContactSettings as settingsFor } from '../../../../referenceData';
import type { OpenCase, StoreUser, WellbeingConfig } from '../../../../services/store/IWellbeingStore';

export interface BoardRow extends OpenCase {
  clock: FirstContactClockView;
  /** R14, R16: the HoS follow-up, while it is waiting. */
  followUpDue?: Date;
}

export interface BoardFilters {
  route: Route | '';
  status: CaseStatus | '';
  rag: Rag | 'NotRated' | '';
  serviceAreaId: string;
  /** '' anyone, 'me', 'nobody', or a login name. */
  owner: string;
  /** Typed reference (any spacing or case). */
  reference: string;
}

export const NO_FILTERS: BoardFilters = { route: '', status: '', rag: '', serviceAreaId: '', owner: '', reference: '' };

/** R10: the configured clock mode, with England and Wales bank holidays for working hours. */
export function firstContactSettings(config: Pick<WellbeingConfig, 'slaMode'>): FirstContactSettings {
  return settingsFor(config.slaMode);
}

const ORDER: Record<FirstContactClockView['state'], number> = { overdue: 0, dueSoon: 1, due: 2, metLate: 3, met: 3 };

/**
 * R10: every open case with its clock, overdue first (longest overdue at the top), then by when first
 * contact is due, then cases already contacted (a waiting HoS follow-up first, oldest alert first).
 */
export function boardRows(work: readonly OpenCase[], now: Date, settings: FirstContactSettings): BoardRow[] {
  const rows: BoardRow[] = work.map((w) => {
    const c = w.record.case;
    const row: BoardRow = { ...w, clock: firstContactClock(w.record.alertReceivedAt, now, settings, firstContactMadeAt(c)) };
    if (c.status === 'AwaitingFollowUp' && c.followUpRecordedAt === undefined && c.hosFollowUpDue !== undefined) {
      row.followUpDue = c.hosFollowUpDue;
    }
    return row;
  });
  return rows.sort((a, b) => {
    const state = ORDER[a.clock.state] - ORDER[b.clock.state];
    if (state !== 0) return state;
    if (a.clock.state === 'overdue') return b.clock.overdueMs - a.clock.overdueMs;
    if (ORDER[a.clock.state] < 3) return a.clock.dueAt.getTime() - b.clock.dueAt.getTime();
    const followUp = (a.followUpDue?.getTime() ?? Infinity) - (b.followUpDue?.getTime() ?? Infinity);
    if (followUp !== 0 && !isNaN(followUp)) return followUp;
    return a.record.alertReceivedAt.getTime() - b.record.alertReceivedAt.getTime();
  });
}

/** A reference search that is not a reference at all (misheard, mistyped): said beside the box. */
export function referenceProblem(text: string): boolean {
  return text.trim() !== '' && normaliseReference(text) === undefined;
}

export function filterRows(rows: readonly BoardRow[], f: BoardFilters, me: string): BoardRow[] {
  const reference = f.reference.trim() === '' ? undefined : normaliseReference(f.reference);
  return rows.filter((row) => {
    const c = row.record.case;
    if (reference !== undefined) return c.reference === reference; // a reference finds its case whatever the filters
    if (f.reference.trim() !== '') return false;
    if (f.route !== '' && c.route !== f.route) return false;
    if (f.status !== '' && c.status !== f.status) return false;
    if (f.rag === 'NotRated' ? c.rag !== undefined : f.rag !== '' && c.rag !== f.rag) return false;
    if (f.serviceAreaId !== '' && row.record.serviceAreaId !== f.serviceAreaId) return false;
    if (f.owner === 'me' && c.owner?.toLowerCase() !== me.toLowerCase()) return false;
    if (f.owner === 'nobody' && c.owner !== undefined) return false;
    if (f.owner !== '' && f.owner !== 'me' && f.owner !== 'nobody' && c.owner !== f.owner) return false;
    return true;
  });
}

/** R10: overdue first contacts, counted over every open case (never only the filtered ones). */
export function overdueCount(rows: readonly BoardRow[]): number {
  return rows.filter((r) => r.clock.state === 'overdue').length;
}

/** R14: HoS follow-ups still waiting. */
export function followUpsWaiting(rows: readonly BoardRow[]): number {
  return rows.filter((r) => r.followUpDue !== undefined).length;
}

/**
 * A person the board shows (owner, pass-to, who did what in the history) by name, never by account or e-mail
 * address: from the triage team setting, which names every member, or the signed-in person. undefined when
 * neither knows them (the caller says "a member of the triage team").
 */
export function personName(login: string | undefined, team: readonly TriageMember[], me?: StoreUser): string | undefined {
  if (login === undefined) return undefined;
  const key = login.toLowerCase();
  const claim = (id: string): string => id.toLowerCase().replace(/^.*\|/, '');
  const member = team.find((m) => m.id.toLowerCase() === key || claim(m.id) === claim(key));
  if (member !== undefined) return member.displayName;
  if (me !== undefined && [me.loginName, me.email].some((id) => id.toLowerCase() === key || claim(id) === claim(key))) return me.displayName;
  return undefined;
}
