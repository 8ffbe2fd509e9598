// R10: every alert still without a case gets one, its 48-hour clock running from the alert's creation, whoever
// opens the board first. An alert a colleague's board opened at the same moment is a conflict (one case per
// alert): the caller reads the board again to show theirs.

import { openCase } from '../domain/caseLifecycle';
import { firstContactDue, FirstContactSettings } from '../domain/firstContactClock';
import type { AlertRecord, ITriageStore, OpenCase } from '../services/store/IWellbeingStore';
import type { StoreError } from '../services/store/storeErrors';
import { call, Clock } from './outcome';

export interface OpenedCases {
  /** saved: every waiting alert has a case; conflict: a colleague opened some first; failed: some could not be opened. */
  kind: 'saved' | 'conflict' | 'failed';
  /** The cases opened here, each with its alert now in progress. */
  opened: OpenCase[];
  /** The last failure, when kind is 'failed'. */
  error?: StoreError;
  /** A colleague opened at least one first (also when another failed): the board should be read again. */
  openedElsewhere: boolean;
}

export async function openWaitingCases(
  store: Pick<ITriageStore, 'openCase'>,
  clock: Clock,
  by: string,
  settings: FirstContactSettings,
  waiting: readonly AlertRecord[]
): Promise<OpenedCases> {
  const opened: OpenCase[] = [];
  let conflict = false;
  let error: StoreError | undefined;
  for (const alert of waiting) {
    const a = alert.alert;
    const created = openCase({ reference: a.reference, route: a.route, anonymous: a.anonymous, consentStatus: a.consentStatus }, { at: clock(), by });
    if (!created.ok) continue;
    const result = await call(() => store.openCase({ alert, case: created.case, events: created.events, firstContactDue: firstContactDue(a.submittedAt, settings) }));
    if (result.ok) opened.push({ record: result.value, alert: { ...alert, publicStatus: 'InProgress' } });
    else if (result.error.kind === 'conflict') conflict = true;
    else error = result.error;
  }
  if (error !== undefined) return { kind: 'failed', opened, error, openedElsewhere: conflict };
  return { kind: conflict ? 'conflict' : 'saved', opened, openedElsewhere: conflict };
}
