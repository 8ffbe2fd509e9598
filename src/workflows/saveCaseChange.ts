// One change to a case (R10-R17): the lifecycle command decides (a refusal writes nothing), the case is saved
// with the ETag it was read with (someone else's change first is a conflict: nothing overwritten), then its
// events are appended (the store does both, in that order: R17).

import type { Case, CommandContext, CommandResult, RefusalReason } from '../domain/caseLifecycle';
import type { CaseRecord, ITriageStore } from '../services/store/IWellbeingStore';
import { call, Clock, Outcome, outcomeOf } from './outcome';

export type CaseCommand = (c: Case, ctx: CommandContext) => CommandResult;

export interface CaseChangeInput {
  record: CaseRecord;
  /** The acting person's account. */
  by: string;
  command: CaseCommand;
  /** R12, R18: the key themes, when this change sets them. */
  themeIds?: string[];
}

export async function saveCaseChange(store: Pick<ITriageStore, 'updateCase'>, clock: Clock, input: CaseChangeInput): Promise<Outcome<CaseRecord, RefusalReason>> {
  const next = input.command(input.record.case, { at: clock(), by: input.by });
  if (!next.ok) return { kind: 'refused', reason: next.reason };
  return outcomeOf(await call(() => store.updateCase(input.record, { case: next.case, events: next.events, themeIds: input.themeIds })));
}

/** The same case, unchanged: for a save that only sets the themes (no event). */
export const unchanged: CaseCommand = (c) => ({ ok: true, case: c, events: [] });
