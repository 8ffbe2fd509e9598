// The themes part of the store's types (R18-R20), apart so IWellbeingStore.ts stays readable; IWellbeingStore.ts
// re-exports them.

import type { NetworkThemeRecord, PublishedThemesReport } from '../../domain/themes';

export interface ThemeReportRecord {
  id: number;
  quarterId: string;
  label: string;
  version: number;
  publishedAt: Date;
  publishedBy?: string;
  /** The publisher's display name, when SharePoint still knows them (for the publishing history). */
  publishedByName?: string;
  threshold: number;
  report: PublishedThemesReport;
  commentary: string;
}

export interface PublishThemeReportInput {
  quarterId: string;
  label: string;
  /** Only the suppressed form may be published (R20). */
  report: PublishedThemesReport;
  commentary: string;
  /**
   * The latest version of this quarter the publisher saw (0: none). If someone has published since,
   * nothing is written and the result is 'conflict', so two publishers at once never overwrite each
   * other's intent unseen.
   */
  expectedLatestVersion?: number;
}

/**
 * What the signed-in person may do with the themes, from SharePoint's own permissions on the lists
 * (R18, R19, R21), so the web part offers only what SharePoint will allow.
 */
export interface ThemeAccess {
  /** Read published reports (SMT, HoS, network reps, triage). */
  readPublished: boolean;
  /** Build and publish a report: add to the reports list and read the cases (triage). */
  publish: boolean;
  /** Record network themes (network reps). */
  recordNetworkThemes: boolean;
}

export interface NetworkThemeInput extends NetworkThemeRecord {
  label?: string;
  note?: string;
  /**
   * Made once when the entry is started and sent with every attempt (like the raise form's idempotency key),
   * so a retry or a second tab never adds it twice; without one the store makes one per call.
   */
  key?: string;
}

export interface NetworkThemeItem extends NetworkThemeInput {
  id: number;
}

// ---------------------------------------------------------------------------------------------
// Configuration.

