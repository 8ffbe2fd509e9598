// R14, R16: a Red summary (or an anonymous referral) leaves the restricted lists. The lifecycle decides first
// (a refusal shares nothing); the store writes the summary item with its ETag and shares it with exactly its
// recipients; then the case is moved on with its ETag; only then are people told (content-free, R22), each
// notification recorded on the summary item as it is sent. So "Try again" after any failure part-way tells
// nobody twice: after a failed case update the item is already shared as wanted (left as it is) and nobody has
// been told; after a failed notification the case is already moved on and only what was not sent is sent.

import { forwardAnonymous, RefusalReason, shareSummary as shareCommand } from '../domain/caseLifecycle';
import type { Case } from '../domain/caseLifecycle';
import type { ManagerSummary, PersonRef } from '../domain/managerSummary';
import type { CaseRecord, ITriageStore, ISummariesStore } from '../services/store/IWellbeingStore';
import { call, Clock, Outcome, outcomeOf } from './outcome';

export interface ShareInput {
  record: CaseRecord;
  by: string;
  /** From buildManagerSummary (redaction and recipients applied). */
  summary: ManagerSummary;
  hosSafeguarding: PersonRef[];
  /** Where a recipient opens it; the notification carries only this (R22). */
  link: string;
}

export interface Shared {
  record: CaseRecord;
  /** False when a notification could not be sent (the summary is shared; triage may try again or tell people another way). */
  notified: boolean;
}

/** The case as a share leaves it: moved on to the follow-up (only a share or a forward does that, once). */
function movedOn(c: Case): boolean {
  return c.status === 'AwaitingFollowUp' && (c.anonymous ? c.forwardedAt : c.summarySharedAt) !== undefined;
}

export async function shareSummary(
  store: Pick<ISummariesStore, 'shareManagerSummary' | 'notifySummaryShared'> & Pick<ITriageStore, 'updateCase' | 'caseDetail'>,
  clock: Clock,
  input: ShareInput
): Promise<Outcome<Shared, RefusalReason>> {
  const { record, summary } = input;
  const ctx = { at: clock(), by: input.by };
  const next = record.case.anonymous ? forwardAnonymous(record.case, ctx) : shareCommand(record.case, ctx, !summary.redacted);
  if (!next.ok) return { kind: 'refused', reason: next.reason };
  const shared = outcomeOf(
    await call(() => store.shareManagerSummary({ caseId: record.id, serviceAreaId: record.serviceAreaId, summary, hosSafeguarding: input.hosSafeguarding }))
  );
  if (shared.kind !== 'saved') return shared;
  let updated = outcomeOf(await call(() => store.updateCase(record, { case: next.case, events: next.events })));
  if (updated.kind === 'conflict') {
    // "Try again" after a failed notification comes with the case as it was before: if it has been moved on
    // by the share, that step is done and only the telling is left.
    const now = outcomeOf(await call(() => store.caseDetail({ caseId: record.id, alertId: record.alertId })));
    if (now.kind === 'saved' && movedOn(now.value.record.case)) updated = { kind: 'saved', value: now.value.record };
  }
  if (updated.kind !== 'saved') return updated;
  const told = outcomeOf(await call(() => store.notifySummaryShared(shared.value.record, { hosSafeguarding: input.hosSafeguarding, link: input.link })));
  if (told.kind !== 'saved') return told;
  return { kind: 'saved', value: { record: updated.value, notified: told.value.notified } };
}
