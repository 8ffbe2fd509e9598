/*
 * A PnPjs root for Node (the provisioner, scripts and integration tests): the same behaviours as in the
 * browser (default headers, retry on 429/503 honouring Retry-After, form digest), plus whatever headers the
 * caller needs: a bearer token for a real tenant, or the persona header for the local emulator.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';

export function nodeSp(siteUrl: string, headers: Record<string, string>): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders(headers));
}
