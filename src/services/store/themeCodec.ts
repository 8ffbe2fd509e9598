// List items <-> domain types: Theme reports (R18, R20) and network themes (R19). (the conventions are in itemValues.ts).

import type { PublishedThemesReport } from '../../domain/themes';
import { RuntimeField, NetworkThemesList, PublishedThemesList, ThemeReportsList } from '../../schema/runtime';
import type { NetworkThemeInput, NetworkThemeItem, ThemeReportRecord } from './IWellbeingStore';
import {
  SpItem,
  UserById,
  MappingError,
  userKey,
  idOf,
  readText,
  readOptionalText,
  readNumber,
  requireDate,
  readChoice,
  readLogin,
  blankToNull,
  withDefined
} from './itemValues';
// ---------------------------------------------------------------------------------------------
// Theme reports (R18, R20) and network themes (R19).

const T = ThemeReportsList.fields;

export function toThemeReportItem(
  input: { quarterId: string; label: string; report: PublishedThemesReport; commentary: string },
  version: number,
  publishedAt: Date,
  publishedById: number
): SpItem {
  return {
    [T.label.internalName]: input.label,
    [T.quarterId.internalName]: input.quarterId,
    [T.reportVersion.internalName]: version,
    [T.versionKey.internalName]: themeReportVersionKey(input.quarterId, version),
    [userKey(T.publishedBy)]: publishedById,
    [T.publishedAt.internalName]: publishedAt.toISOString(),
    [T.reportJson.internalName]: JSON.stringify(input.report),
    [T.commentary.internalName]: blankToNull(input.commentary),
    [T.suppressionThreshold.internalName]: input.report.threshold
  };
}

/**
 * A history item's values as the readers' copy holds them (WellbeingPublishedThemes uses the same internal
 * names; it has no QuarterVersion, since it holds one item per quarter).
 */
export function toPublishedThemeItem(version: SpItem): SpItem {
  const values: SpItem = {};
  const fields: RuntimeField[] = Object.values(PublishedThemesList.fields);
  for (const field of fields) {
    const key = field.type === 'User' || field.type === 'UserMulti' ? userKey(field) : field.internalName;
    values[key] = version[key] ?? null;
  }
  return values;
}

/** The unique QuarterVersion value: one item per version of a quarter. */
export function themeReportVersionKey(quarterId: string, version: number): string {
  return `${quarterId}#${version}`;
}

export const THEME_REPORT_USER_FIELDS: readonly RuntimeField[] = [T.publishedBy];

export function fromThemeReportItem(item: SpItem, users: UserById): ThemeReportRecord {
  let report: PublishedThemesReport;
  try {
    report = JSON.parse(readText(item, T.reportJson)) as PublishedThemesReport;
  } catch {
    throw new MappingError(`${T.reportJson.internalName} is not JSON`);
  }
  const record: ThemeReportRecord = {
    id: idOf(item),
    quarterId: readText(item, T.quarterId),
    label: readText(item, T.label),
    version: readNumber(item, T.reportVersion) ?? 1,
    publishedAt: requireDate(item, T.publishedAt),
    threshold: readNumber(item, T.suppressionThreshold) ?? report.threshold,
    report,
    commentary: readText(item, T.commentary)
  };
  const by = readLogin(item, T.publishedBy, users);
  if (by !== undefined) {
    record.publishedBy = by;
  }
  return record;
}

/** The latest version of each quarter, newest quarter first (quarter ids sort as text: "FY2026Q3"). */
export function latestPerQuarter(reports: readonly ThemeReportRecord[]): ThemeReportRecord[] {
  const latest = new Map<string, ThemeReportRecord>();
  for (const r of reports) {
    const seen = latest.get(r.quarterId);
    if (seen === undefined || r.version > seen.version) {
      latest.set(r.quarterId, r);
    }
  }
  return Array.from(latest.values()).sort((a, b) => (a.quarterId < b.quarterId ? 1 : a.quarterId > b.quarterId ? -1 : 0));
}

const N = NetworkThemesList.fields;

export function toNetworkThemeItem(input: NetworkThemeInput, entryKey: string): SpItem {
  return {
    [N.entryKey.internalName]: entryKey,
    [N.label.internalName]: blankToNull(input.label),
    [N.network.internalName]: input.network,
    [N.quarterId.internalName]: input.quarterId,
    [N.serviceAreaId.internalName]: blankToNull(input.serviceAreaId),
    [N.themeId.internalName]: input.themeId,
    [N.count.internalName]: input.count,
    [N.note.internalName]: blankToNull(input.note)
  };
}

export function fromNetworkThemeItem(item: SpItem): NetworkThemeItem {
  const result: NetworkThemeItem = {
    id: idOf(item),
    network: readChoice(item, N.network),
    quarterId: readText(item, N.quarterId),
    themeId: readText(item, N.themeId),
    count: readNumber(item, N.count) ?? 0
  };
  return withDefined(result, {
    serviceAreaId: readOptionalText(item, N.serviceAreaId),
    label: readOptionalText(item, N.label),
    note: readOptionalText(item, N.note)
  });
}

