/**
 * The data site URL setting (ARCHITECTURE.md): every web part reads and writes the wellbeing lists on one
 * configurable site, because a Teams tab runs on the team's own site and because the records belong on a
 * restricted site whose owners are the triage team.
 */

export type DataSiteUrlProblem = 'notAbsolute' | 'notHttps' | 'otherTenant';

export type DataSiteUrlResult = { ok: true; url: string } | { ok: false; problem: DataSiteUrlProblem };

// Pages and forms inside a site are not the site: people paste whatever is in the address bar.
const SITE_SUFFIXES: RegExp[] = [/\/(SitePages|Lists|Shared%20Documents|Shared Documents|_layouts|Forms)(\/.*)?$/i, /\/+$/];

/**
 * Resolves the configured value against the site the web part is on: empty means "this site"; anything else
 * must be an https address on the same SharePoint host (SPFx tokens only reach the current tenant).
 */
export function resolveDataSiteUrl(configured: string | undefined, currentSiteUrl: string): DataSiteUrlResult {
  const value = (configured ?? '').trim();
  if (value === '') {
    return { ok: true, url: siteUrlOf(currentSiteUrl) };
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, problem: 'notAbsolute' };
  }
  if (parsed.protocol !== 'https:') {
    return { ok: false, problem: parsed.protocol === 'http:' ? 'notHttps' : 'notAbsolute' };
  }
  const current = new URL(currentSiteUrl);
  if (parsed.host.toLowerCase() !== current.host.toLowerCase()) {
    return { ok: false, problem: 'otherTenant' };
  }
  return { ok: true, url: siteUrlOf(`${parsed.origin}${parsed.pathname}`) };
}

/** The site part of an address: no page, list or trailing slash. */
export function siteUrlOf(url: string): string {
  return SITE_SUFFIXES.reduce((acc, suffix) => acc.replace(suffix, ''), url);
}
