// The relay's PnPjs root on the data site, calling with the relay's own identity (issue 16). In Azure the token is
// the Function App's managed identity's, for SharePoint (`https://<tenant>.sharepoint.com/.default`), and the
// identity holds Sites.Selected `write` on the data site only (README, relay section). Requests with an
// Authorization header need no form digest (PnPjs's RequestDigest behaviour skips them, as SharePoint does).

import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';

/** PnPjs for the data site with headers per request (a bearer token in Azure; the emulator's app login here). */
export function relaySp(siteUrl: string, headers: () => Promise<Record<string, string>>): SPFI {
  const withHeaders = (instance: Queryable): Queryable => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      init.headers = { ...(init.headers as Record<string, string>), ...(await headers()) };
      return [url, init, result];
    });
    return instance;
  };
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), withHeaders);
}
