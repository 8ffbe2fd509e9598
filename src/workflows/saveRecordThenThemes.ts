// R12, R18: the meeting record is saved (created, or updated with its ETag), then the key themes chosen from it
// go on the case (for the quarterly report, no event). A record that is empty or too long writes nothing.

import type { Alert } from '../domain/alert';
import type { RefusalReason } from '../domain/caseLifecycle';
import { DISCUSSION_LIMITS } from '../domain/limits';
import { findTeam } from '../domain/organisation';
import type { CaseRecord, DiscussionRecordItem, ITriageStore } from '../services/store/IWellbeingStore';
import { call, Clock, Outcome, outcomeOf } from './outcome';
import { saveCaseChange, unchanged } from './saveCaseChange';

export interface MeetingRecordText {
  summary: string;
  agreedActions: string;
  consentToShare: boolean;
  themeIds: string[];
}

export type RecordRefusal = 'summaryRequired' | 'tooLong' | RefusalReason;

export async function saveRecordThenThemes(
  store: Pick<ITriageStore, 'saveDiscussion' | 'updateCase' | 'organisation'>,
  clock: Clock,
  input: { record: CaseRecord; alert: Alert; existing?: DiscussionRecordItem; text: MeetingRecordText; by: string }
): Promise<Outcome<CaseRecord, RecordRefusal>> {
  const { record, alert: a, text } = input;
  const c = record.case;
  const summary = text.summary.trim();
  const agreedActions = text.agreedActions.trim();
  if (summary === '') return { kind: 'refused', reason: 'summaryRequired' };
  if (summary.length > DISCUSSION_LIMITS.summary || agreedActions.length > DISCUSSION_LIMITS.agreedActions) return { kind: 'refused', reason: 'tooLong' };
  // Appendix 2's Team, by name: the team as the site holds it (a retired team keeps its name, issue 18).
  const organisation = outcomeOf(await call(() => store.organisation()));
  if (organisation.kind !== 'saved') return organisation;
  const saved = outcomeOf(
    await call(() =>
      store.saveDiscussion(
        {
          reference: c.reference,
          caseId: record.id,
          date: c.meetingHeldAt ?? clock(),
          workerName: a.workerName,
          role: a.role,
          team: findTeam(organisation.value.organisation, a.teamId)?.name ?? '',
          serviceAreaId: a.serviceAreaId,
          details: a.details,
          actionTaken: a.actionTaken,
          whatNeedsToHappen: a.whatNeedsToHappen,
          summary,
          agreedActions,
          consentToShare: text.consentToShare
        },
        input.existing
      )
    )
  );
  if (saved.kind !== 'saved') return saved;
  return saveCaseChange(store, clock, { record, by: input.by, command: unchanged, themeIds: text.themeIds });
}
