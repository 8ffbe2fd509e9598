// R18, R20: what triage publishes for a quarter, built by the domain from the cases as they stand, with the
// theme groups and the rolling year (R18 decisions) and protected within everything already published
// (R20: every version of every quarter the audit looks back over, issue 14 #5). Pure apart from the read;
// no React, so the preview's demo seed publishes exactly what the publish page would.

import type { FirstContactSettings } from '../../../domain/firstContactClock';
import { addQuarters, isInQuarter, previousQuarter, Quarter, quarterId, quarterRange } from '../../../domain/quarters';
import {
  NetworkThemeRecord,
  PERIODS_CARRIED,
  PublishedThemesReport,
  PublishOptions,
  publishThemesReport,
  ThemeGroupDefinition,
  ThemeRecord,
  themeRecordOfCase
} from '../../../domain/themes';
import { firstContactSettings, themeGroups } from '../../../referenceData';
import type {
  CaseRecord,
  IWellbeingStore,
  NetworkThemeItem,
  ThemeReportRecord,
  WellbeingConfig
} from '../../../services/store/IWellbeingStore';
import type { StoreResult } from '../../../services/store/storeErrors';


/**
 * How many quarters the draft reads, the report's own included: the rolling year is four, and the audit
 * (R20) ties it to the rolling years published before it, so three more (the domain's PERIODS_CARRIED).
 */
export const DRAFT_QUARTERS = PERIODS_CARRIED;

/** R18 (decision): the theme groups of the reference data, as the domain takes them. */
export const THEME_GROUPS: ReadonlyArray<ThemeGroupDefinition> = themeGroups.map((g) => ({ id: g.id, themeIds: g.themeIds }));

/** Everything one quarter's draft needs, read in one go. */
export interface DraftInputs {
  config: WellbeingConfig;
  /** Latest published version of every quarter (the previous quarter's snapshot, the picker's labels). */
  latest: ThemeReportRecord[];
  /** Cases whose alert arrived in this quarter or the six before (the rolling year and its audit). */
  cases: CaseRecord[];
  network: NetworkThemeItem[];
  /** Every published version of this quarter, newest first. */
  history: ThemeReportRecord[];
  /** Every published version of the six quarters before (R20: all of it was published). */
  earlierVersions: ThemeReportRecord[];
}

/** The quarters the draft reads, oldest first; the last is q. */
export function draftQuarters(q: Quarter): Quarter[] {
  return Array.from({ length: DRAFT_QUARTERS }, (_x, k) => addQuarters(q, k - DRAFT_QUARTERS + 1));
}

export type DraftStore = Pick<IWellbeingStore, 'config' | 'latestThemeReports' | 'casesReceivedBetween' | 'networkThemes' | 'themeReportHistory'>;

export async function readDraftInputs(store: DraftStore, q: Quarter): Promise<StoreResult<DraftInputs>> {
  const prev = previousQuarter(q);
  const quarters = draftQuarters(q);
  const [config, latest, cases, networkNow, networkBefore, ...histories] = await Promise.all([
    store.config(),
    store.latestThemeReports(),
    store.casesReceivedBetween(quarterRange(quarters[0]).startInstant, quarterRange(q).endInstant),
    store.networkThemes(quarterId(q)),
    store.networkThemes(quarterId(prev)),
    ...quarters.map((each) => store.themeReportHistory(quarterId(each)))
  ]);
  if (!config.ok) return config;
  if (!latest.ok) return latest;
  if (!cases.ok) return cases;
  if (!networkNow.ok) return networkNow;
  if (!networkBefore.ok) return networkBefore;
  const versions: ThemeReportRecord[][] = [];
  for (const [k, h] of histories.entries()) {
    if (!h.ok) return h;
    versions.push(h.value.filter((r) => r.quarterId === quarterId(quarters[k])));
  }
  return {
    ok: true,
    value: {
      config: config.value,
      latest: latest.value,
      cases: cases.value,
      network: [...networkNow.value, ...networkBefore.value],
      history: versions[versions.length - 1],
      earlierVersions: versions.slice(0, -1).flat()
    }
  };
}

/**
 * R20: what the new report is protected within: every version published of the quarters the audit covers
 * (this quarter's earlier versions included), oldest first so the latest of each quarter comes last, and
 * the previous quarter exactly as SMT last saw it.
 */
export function publishOptionsFor(q: Quarter, versions: ReadonlyArray<ThemeReportRecord>): PublishOptions {
  const ordered = [...versions].sort((a, b) => (a.quarterId < b.quarterId ? -1 : a.quarterId > b.quarterId ? 1 : a.version - b.version));
  const previousId = quarterId(previousQuarter(q));
  const previous = ordered.filter((r) => r.quarterId === previousId).pop();
  const options: PublishOptions = { groups: THEME_GROUPS, earlier: ordered.map((r) => r.report) };
  if (previous !== undefined) {
    options.previousPublished = previous.report.current;
  }
  return options;
}

/** R18, R20: the report exactly as it would be stored, from theme records already made. */
export function draftReport(
  q: Quarter,
  records: ReadonlyArray<ThemeRecord>,
  network: ReadonlyArray<NetworkThemeRecord>,
  threshold: number,
  versions: ReadonlyArray<ThemeReportRecord>
): PublishedThemesReport {
  return publishThemesReport(records, network, q, threshold, publishOptionsFor(q, versions));
}

export interface Draft {
  report: PublishedThemesReport;
  /** Case records in the quarter itself. */
  caseCount: number;
  /** Network theme entries for the quarter itself. */
  networkEntries: NetworkThemeItem[];
  /** The previous quarter is the snapshot SMT already saw. */
  previousFromPublished: boolean;
}

/** R18, R20: the draft exactly as it would be stored: aggregated by the domain, suppressed, nothing else. */
export function buildDraft(q: Quarter, inputs: DraftInputs, now: Date): Draft {
  const clock: FirstContactSettings = firstContactSettings(inputs.config.slaMode);
  const records = inputs.cases.map((c) =>
    themeRecordOfCase(
      { alertReceivedAt: c.alertReceivedAt, serviceAreaId: c.serviceAreaId, teamId: c.teamId, locationId: c.locationId, themeIds: c.themeIds, case: c.case },
      clock,
      now
    )
  );
  const id = quarterId(q);
  const versions = [...inputs.earlierVersions, ...inputs.history];
  const report = draftReport(q, records, inputs.network, inputs.config.suppressionThreshold, versions);
  return {
    report,
    caseCount: inputs.cases.filter((c) => isInQuarter(c.alertReceivedAt, q)).length,
    networkEntries: inputs.network.filter((n) => n.quarterId === id),
    previousFromPublished: versions.some((r) => r.quarterId === quarterId(previousQuarter(q)))
  };
}
