// The schema's version. There are no per-release upgrade steps: the provisioner converges any site,
// whatever it was left at, to the schema as it is now (README "Schema upgrades"), and records this number
// in WellbeingConfig (key `schemaVersion`) when it has finished. The web parts compare the site's number
// with this one to tell a site an administrator has not yet upgraded (SiteBehindNotice).
//
// Raise SCHEMA_VERSION whenever anything the provisioner applies changes (lists, fields, permission levels,
// groups, the permission table), and record the new digest beside it: test/schema/version.test.ts computes
// the digest of the schema and fails, printing the new one, when the two do not match.

// 1: the first release. 2 (issue 12): no unique columns on the alerts list (SharePoint refuses them with
// item-level security); client keys for network themes (EntryKey) and one version per quarter (QuarterVersion,
// unique); the summaries' person columns indexed. 3 (issue 14, perm): staff add and read their own alerts and
// never edit them ("Wellbeing Add and Read"; "Wellbeing Raise" retired); triage-only settings (triage team, HoS,
// service managers) moved from WellbeingConfig to WellbeingTriageSettings, which staff cannot read; who did a case
// event is its Author (EventBy retired, made optional on upgrade); R23: the WellbeingRetentionLog (a date and a
// count per deletion) and the config key retentionYears; R4: the worker's own confirmations
// (WellbeingConsentConfirmations) and the alert's ConsentProofHash and WorkerCopyTo; R20: readers see the latest
// version of a quarter only (WellbeingPublishedThemes, the level Wellbeing Read Latest without View Versions,
// also the level a summary is shared with). 4 (issues 14 and 18): a summary records when its recipients and the
// HoS were told (RecipientsNotifiedAt, HosNotifiedAt written only once sent), so a retried share tells nobody twice;
// WellbeingBoardState, where triage's board keeps the alert watermark (H07: what waits is decided from the cases,
// never PublicStatus);
// the settings view: only the site owners change WellbeingConfig and WellbeingTriageSettings (triage read them),
// each change logged in WellbeingSettingsLog (who and when are SharePoint's Author and Created); config keys
// quarterStartMonth and relayAddress; the organisation as site data (WellbeingOrganisation, read by everyone,
// edited by the site owners, seeded from the reference data): the service area, team and office base columns are
// text columns holding a key (choice columns before: a restructure needed a rebuild), converted in place on
// upgrade with their values kept; WellbeingConversations (issue 16), the anonymous raiser's conversation by
// follow-up code (code hashes, when the relay received each alert, and messages; triage add and read, the relay
// through its app grant).
export const SCHEMA_VERSION = 4;

/** sha-256 of the schema at SCHEMA_VERSION (test/schema/version.test.ts `schemaDigest()`). */
export const SCHEMA_DIGEST = 'ed6be26a5d28cb8b8818d602787f7dbb950934f71baa75304cb549948a2a931a';

/** The WellbeingConfig key the provisioner writes the version under (readable by everyone the lists serve). */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** The version as WellbeingConfig holds it (JSON text), or undefined when it is not a whole number. */
export function parseSchemaVersion(raw: unknown): number | undefined {
  try {
    const version: unknown = JSON.parse(String(raw));
    return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
  } catch {
    return undefined;
  }
}
