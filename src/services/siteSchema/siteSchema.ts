import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConfigList } from '../../schema/runtime';
import { SCHEMA_VERSION, SCHEMA_VERSION_KEY, parseSchemaVersion } from '../../schema/version';
import { compare } from '../store/odata';
import { toStoreError } from '../store/storeErrors';

/**
 * Whether the data site's lists are as this package expects. The provisioner records the schema version in
 * WellbeingConfig when it finishes (README "Schema upgrades"); a site behind the package is missing columns
 * or lists the web parts use, and only an administrator running the provisioner can fix that.
 */
export type SiteSchemaStatus =
  | { status: 'current' }
  /** The site is at `siteVersion` (undefined: never provisioned, or its version was never recorded). */
  | { status: 'behind'; siteVersion: number | undefined; packageVersion: number }
  /** The version could not be read (network, throttling): nothing is claimed. */
  | { status: 'unknown' };

/** A site at or ahead of the package is current: a newer schema only adds what an older package ignores. */
export function compareSchemaVersion(siteVersion: number | undefined, packageVersion: number = SCHEMA_VERSION): SiteSchemaStatus {
  return siteVersion !== undefined && siteVersion >= packageVersion ? { status: 'current' } : { status: 'behind', siteVersion, packageVersion };
}

/**
 * One small read: `GET _api/web/lists/getbytitle('WellbeingConfig')/items?$select=ConfigValue&$filter=Title eq
 * 'schemaVersion'` (everyone the web parts serve may read WellbeingConfig, schema/security.ts). A missing list
 * (404) means the site was never provisioned.
 */
export async function readSiteSchemaStatus(sp: SPFI): Promise<SiteSchemaStatus> {
  const key = ConfigList.fields.key.internalName;
  const value = ConfigList.fields.value.internalName;
  try {
    const items: Record<string, unknown>[] = await sp.web.lists
      .getByTitle(ConfigList.title)
      .items.select(value)
      .filter(compare(key, 'eq', SCHEMA_VERSION_KEY))
      .top(1)();
    return compareSchemaVersion(items.length ? parseSchemaVersion(items[0][value]) : undefined);
  } catch (error) {
    return toStoreError(error).kind === 'notFound' ? compareSchemaVersion(undefined) : { status: 'unknown' };
  }
}
