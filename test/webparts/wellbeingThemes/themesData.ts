/*
 * Test data for the Wellbeing themes web part: a small fixed data set and the published reports the real
 * domain code makes from it (no React, so tools can print it too).
 */
import { parseQuarterId, Quarter } from '../../../src/domain/quarters';
import { NetworkThemeRecord, publishThemesReport, PublishedThemesReport, ThemeRecord } from '../../../src/domain/themes';
import type { ThemeReportRecord } from '../../../src/services/store/IWellbeingStore';

export const CSC = 'childrens-social-care';
export const CFWS = 'children-and-family-wellbeing-service';
export const FR = 'csc-first-response';
export const OOH = 'csc-out-of-hours';
export const FAMILY_HELP = 'cfws-family-help';

export const Q1 = parseQuarterId('FY2026Q1') as Quarter;
export const Q2 = parseQuarterId('FY2026Q2') as Quarter;

function rec(createdAt: string, partial: Partial<ThemeRecord> = {}): ThemeRecord {
  return {
    createdAt,
    serviceAreaId: CSC,
    teamId: FR,
    locationId: 'county-hall',
    route: 'PSW',
    themeIds: ['workload-and-caseload'],
    escalations: [],
    ...partial
  };
}

/**
 * July to September 2026 (FY2026Q2): 9 alerts. Out of Hours has 1 alert (suppressed, and so is one more
 * team to protect it); CFWS has 3.
 */
export const Q2_RECORDS: ThemeRecord[] = [
  rec('2026-07-06T09:00:00Z', { rag: 'Green', firstContactHours: 4, outcome: 'ResolvedWithManager' }),
  rec('2026-07-14T09:00:00Z', { rag: 'Green', firstContactHours: 6, outcome: 'ResolvedWithManager' }),
  rec('2026-07-21T09:00:00Z', { rag: 'Green', firstContactHours: 10, outcome: 'SignpostedToSupport' }),
  rec('2026-08-04T09:00:00Z', { rag: 'Amber', escalations: ['GreenToAmber'], firstContactHours: 20 }),
  rec('2026-08-11T09:00:00Z', { rag: 'Green', firstContactHours: 30, themeIds: ['supervision'] }),
  rec('2026-08-18T09:00:00Z', { teamId: OOH, rag: 'Red', firstContactHours: 60, themeIds: ['mental-health'] }),
  rec('2026-09-01T09:00:00Z', { serviceAreaId: CFWS, teamId: FAMILY_HELP, locationId: 'coalville', route: 'AP', rag: 'Green', firstContactHours: 5 }),
  rec('2026-09-08T09:00:00Z', { serviceAreaId: CFWS, teamId: FAMILY_HELP, locationId: 'coalville', route: 'AP', rag: 'Green', firstContactHours: 7 }),
  rec('2026-09-15T09:00:00Z', { serviceAreaId: CFWS, teamId: FAMILY_HELP, locationId: 'coalville', route: 'AP', rag: 'Amber', firstContactHours: 12 })
];

/** April to June 2026 (FY2026Q1): 5 alerts. */
export const Q1_RECORDS: ThemeRecord[] = [
  rec('2026-04-07T09:00:00Z', { rag: 'Green', firstContactHours: 8, outcome: 'ResolvedWithManager' }),
  rec('2026-04-14T09:00:00Z', { rag: 'Green', firstContactHours: 9, outcome: 'ResolvedWithManager' }),
  rec('2026-05-05T09:00:00Z', { rag: 'Green', firstContactHours: 11, outcome: 'ResolvedWithManager' }),
  rec('2026-05-12T09:00:00Z', { rag: 'Amber', firstContactHours: 40 }),
  rec('2026-06-02T09:00:00Z', { serviceAreaId: CFWS, teamId: FAMILY_HELP, locationId: 'coalville', route: 'AP', rag: 'Green', firstContactHours: 5 })
];

export const NETWORK: NetworkThemeRecord[] = [
  { network: 'BameNetwork', quarterId: 'FY2026Q2', themeId: 'race', count: 4 },
  { network: 'LgbtStaffNetwork', quarterId: 'FY2026Q2', themeId: 'lgbt', count: 1 }
];

export const Q2_REPORT: PublishedThemesReport = publishThemesReport([...Q1_RECORDS, ...Q2_RECORDS], NETWORK, Q2);
export const Q1_REPORT: PublishedThemesReport = publishThemesReport(Q1_RECORDS, [], Q1);

export function reportRecord(report: PublishedThemesReport, partial: Partial<ThemeReportRecord> = {}): ThemeReportRecord {
  return {
    id: 1,
    quarterId: report.current.quarterId,
    label: report.current.label,
    version: 1,
    publishedAt: new Date('2026-10-10T09:30:00Z'),
    publishedBy: 'i:0#.f|membership|priya.psw@leics.example',
    publishedByName: 'Priya PSW',
    threshold: report.threshold,
    report,
    commentary: 'Workload is the main theme again.',
    ...partial
  };
}

