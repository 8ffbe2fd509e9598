import type { SiteSchemaStatus } from './siteSchema';

/**
 * The site's schema status, read at most once per web part: a known answer is kept, an 'unknown' one (the
 * read or its chunk failed) is not, so the next failure asks again. No PnPjs here: the read stays in its own chunk.
 */
export function rememberStatus(read: () => Promise<SiteSchemaStatus>): () => Promise<SiteSchemaStatus> {
  let remembered: Promise<SiteSchemaStatus> | undefined;
  return () => {
    remembered =
      remembered ??
      read()
        .catch((): SiteSchemaStatus => ({ status: 'unknown' }))
        .then((status) => {
          if (status.status === 'unknown') remembered = undefined;
          return status;
        });
    return remembered;
  };
}
