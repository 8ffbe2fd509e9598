// List items <-> domain types: Case events (R17): codes only, never free text or names (R22). (the conventions are in itemValues.ts).

import type { CaseEvent } from '../../domain/caseLifecycle';
import { CaseEventsList, DiscussionsList, RuntimeField } from '../../schema/runtime';
import type { DiscussionRecord, DiscussionRecordItem } from './IWellbeingStore';
import {
  SpItem,
  UserById,
  etagOf,
  idOf,
  readText,
  readOptionalText,
  readBool,
  readNumber,
  requireDate,
  readChoice,
  readOptionalChoice,
  readLogin,
  blankToNull,
  withDefined
} from './itemValues';
// ---------------------------------------------------------------------------------------------
// Case events (R17): codes only, never free text or names (R22).

const E = CaseEventsList.fields;

export const EVENT_USER_FIELDS: readonly RuntimeField[] = [E.by];

/**
 * The item for an event. `e.by` is not written: SharePoint records the account that adds the item (Author),
 * and that is who the trail shows, whatever the browser claims.
 */
export function toEventItem(caseId: number, reference: string, e: CaseEvent): SpItem {
  return {
    [E.reference.internalName]: reference,
    [E.caseId.internalName]: caseId,
    [E.kind.internalName]: e.kind,
    [E.at.internalName]: e.at.toISOString(),
    [E.from.internalName]: e.from ?? null,
    [E.to.internalName]: e.to ?? null,
    [E.escalation.internalName]: e.escalation ?? null
  };
}

/** What makes two stored events the same event (R17: one item per event): kind, when, what (who is the author). */
export function eventKeyOf(item: SpItem): string {
  const at = Date.parse(String(item[E.at.internalName] ?? ''));
  const parts = [item[E.kind.internalName], at, item[E.from.internalName], item[E.to.internalName], item[E.escalation.internalName]];
  return JSON.stringify(parts.map((v) => (v === undefined ? null : v)));
}

export function fromEventItem(item: SpItem, users: UserById): CaseEvent {
  const e: CaseEvent = {
    kind: readChoice(item, E.kind),
    at: requireDate(item, E.at),
    by: readLogin(item, E.by, users) ?? ''
  };
  return withDefined(e, {
    from: readOptionalText(item, E.from),
    to: readOptionalText(item, E.to),
    escalation: readOptionalChoice(item, E.escalation)
  });
}

// ---------------------------------------------------------------------------------------------
// Discussion records (appendix 2, R12).

const D = DiscussionsList.fields;

export function toDiscussionItem(r: DiscussionRecord): SpItem {
  return {
    [D.reference.internalName]: r.reference,
    [D.caseId.internalName]: r.caseId,
    [D.discussionDate.internalName]: r.date.toISOString(),
    [D.workerName.internalName]: blankToNull(r.workerName),
    [D.role.internalName]: blankToNull(r.role),
    [D.team.internalName]: blankToNull(r.team),
    [D.serviceAreaId.internalName]: r.serviceAreaId,
    [D.details.internalName]: blankToNull(r.details),
    [D.actionTaken.internalName]: blankToNull(r.actionTaken),
    [D.whatNeedsToHappen.internalName]: blankToNull(r.whatNeedsToHappen),
    [D.summary.internalName]: r.summary,
    [D.agreedActions.internalName]: blankToNull(r.agreedActions),
    [D.consentToShare.internalName]: r.consentToShare
  };
}

export function fromDiscussionItem(item: SpItem): DiscussionRecordItem {
  return {
    id: idOf(item),
    etag: etagOf(item),
    record: {
      reference: readText(item, D.reference),
      caseId: readNumber(item, D.caseId) ?? 0,
      date: requireDate(item, D.discussionDate),
      workerName: readText(item, D.workerName),
      role: readText(item, D.role),
      team: readText(item, D.team),
      serviceAreaId: readText(item, D.serviceAreaId),
      details: readText(item, D.details),
      actionTaken: readText(item, D.actionTaken),
      whatNeedsToHappen: readText(item, D.whatNeedsToHappen),
      summary: readText(item, D.summary),
      agreedActions: readText(item, D.agreedActions),
      consentToShare: readBool(item, D.consentToShare)
    }
  };
}

