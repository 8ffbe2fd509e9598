import type { SPFI } from '@pnp/sp';

/** Where the wellbeing lists live, and the one PnPjs root that talks to it. */
export interface IDataSiteService {
  /** Absolute URL of the data site, without a trailing slash. */
  readonly url: string;
  /** True when the web part is reading its own site (no data site configured). */
  readonly isCurrentSite: boolean;
  /** The PnPjs root for the data site, created once per web part instance. */
  readonly sp: SPFI;
}
