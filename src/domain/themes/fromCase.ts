// R10, R14, R17, R18: one case as the themes report counts it.

import type { Case } from '../caseLifecycle';
import { contactedWithinTarget, FirstContactSettings, hoursToFirstContact } from '../firstContactClock';
import { hosFollowUpOnTime } from '../managerSummary';
import type { ThemeRecord } from './types';

/** What the report needs of a case as the triage lists hold it (WellbeingCases). */
export interface CaseForThemes {
  /** R10: when the alert arrived; decides the quarter. */
  alertReceivedAt: Date;
  serviceAreaId: string;
  /** Blank or undefined when not recorded (anonymous alerts, R5). */
  teamId?: string;
  locationId?: string;
  /** R12: the themes chosen from the discussion. */
  themeIds: ReadonlyArray<string>;
  case: Pick<Case, 'route' | 'rag' | 'escalations' | 'firstContactAt' | 'summarySharedAt' | 'forwardedAt' | 'followUpRecordedAt' | 'outcome'>;
}

/**
 * R10, R14, R17, R18: one case as the report counts it, on the SLA clock the council set (calendar or
 * working hours) and as things stand at `now` (a Red follow-up not yet due is not counted either way).
 * Only ids and dates cross over: no names, no free text, no reference.
 */
export function themeRecordOfCase(record: CaseForThemes, clock: FirstContactSettings, now: Date): ThemeRecord {
  const c = record.case;
  const contacted = c.firstContactAt;
  const result: ThemeRecord = {
    createdAt: record.alertReceivedAt,
    serviceAreaId: record.serviceAreaId,
    route: c.route,
    themeIds: [...record.themeIds],
    escalations: c.escalations.map((e) => e.kind)
  };
  if (record.teamId) {
    result.teamId = record.teamId;
  }
  if (record.locationId) {
    result.locationId = record.locationId;
  }
  if (c.rag !== undefined) {
    result.rag = c.rag;
  }
  if (contacted !== undefined) {
    result.firstContactHours = hoursToFirstContact(record.alertReceivedAt, contacted, clock);
    result.firstContactOnTime = contactedWithinTarget(record.alertReceivedAt, contacted, clock);
  }
  if (c.rag === 'Red') {
    // R14: the follow-up clock runs from the Red summary, or from sending an anonymous alert on (R16).
    const onTime = hosFollowUpOnTime(c.summarySharedAt ?? c.forwardedAt, c.followUpRecordedAt, now);
    if (onTime !== undefined) {
      result.redFollowUpOnTime = onTime;
    }
  }
  if (c.outcome !== undefined) {
    result.outcome = c.outcome;
  }
  return result;
}
