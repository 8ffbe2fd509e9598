// R14, R16: a Red summary (or an anonymous referral) leaves the restricted lists. The lifecycle decides first
// (a refusal shares nothing); the store writes the summary item, shares it with exactly its recipients and then
// notifies them (content-free, R22); only then is the case moved on with its ETag. A retry after a failure
// part-way makes the existing item exactly the new summary for exactly the new recipients (issue 14).

import { forwardAnonymous, RefusalReason, shareSummary as shareCommand } from '../domain/caseLifecycle';
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
  /** False when a notification could not be sent (the summary is shared; triage may tell people another way). */
  notified: boolean;
}

export async function shareSummary(
  store: Pick<ISummariesStore, 'shareManagerSummary'> & Pick<ITriageStore, 'updateCase'>,
  clock: Clock,
  input: ShareInput
): Promise<Outcome<Shared, RefusalReason>> {
  const { record, summary } = input;
  const ctx = { at: clock(), by: input.by };
  const next = record.case.anonymous ? forwardAnonymous(record.case, ctx) : shareCommand(record.case, ctx, !summary.redacted);
  if (!next.ok) return { kind: 'refused', reason: next.reason };
  const shared = outcomeOf(
    await call(() =>
      store.shareManagerSummary({ caseId: record.id, serviceAreaId: record.serviceAreaId, summary, hosSafeguarding: input.hosSafeguarding, link: input.link })
    )
  );
  if (shared.kind !== 'saved') return shared;
  const updated = outcomeOf(await call(() => store.updateCase(record, { case: next.case, events: next.events })));
  if (updated.kind !== 'saved') return updated;
  return { kind: 'saved', value: { record: updated.value, notified: shared.value.notified } };
}
