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
// unique); the summaries' person columns indexed. 3 (issue 14 #5, themespage): WellbeingPublishedThemes, one
// item per quarter, read by SMT, the HoS and the reps through "Wellbeing Read Latest" (no ViewVersions);
// WellbeingThemeReports (every version) triage only.
export const SCHEMA_VERSION = 3;

/** sha-256 of the schema at SCHEMA_VERSION (test/schema/version.test.ts `schemaDigest()`). */
export const SCHEMA_DIGEST = 'e695646933ed574480975e48ac2748e143020096fdab1a1b6d3bf5c8df0e8efa';

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
