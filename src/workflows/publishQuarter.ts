// R18, R20: triage publishes a quarter's suppressed report as its next version. If someone published the quarter
// since the publisher looked, nothing is written: a conflict, with the quarter's history read again so the
// screen can show what the other publisher did.

import type { PublishedThemesReport } from '../domain/themes';
import type { IThemesStore, ThemeReportRecord } from '../services/store/IWellbeingStore';
import type { StoreError } from '../services/store/storeErrors';
import { call, outcomeOf } from './outcome';

export interface PublishQuarterInput {
  quarterId: string;
  label: string;
  /** Only the suppressed form may be published (R20). */
  report: PublishedThemesReport;
  commentary: string;
  /** The latest version the publisher saw (0: none). */
  expectedLatestVersion: number;
}

export type Published =
  | { kind: 'saved'; value: ThemeReportRecord }
  | { kind: 'conflict'; error: StoreError; history?: ThemeReportRecord[] }
  | { kind: 'failed'; error: StoreError };

export async function publishQuarter(store: Pick<IThemesStore, 'publishThemeReport' | 'themeReportHistory'>, input: PublishQuarterInput): Promise<Published> {
  const outcome = outcomeOf(await call(() => store.publishThemeReport({ ...input, commentary: input.commentary.trim() })));
  if (outcome.kind !== 'conflict') return outcome;
  const history = await call(() => store.themeReportHistory(input.quarterId));
  return history.ok ? { ...outcome, history: history.value } : outcome;
}
