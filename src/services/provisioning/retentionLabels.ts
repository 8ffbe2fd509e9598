import { body } from '@pnp/queryable';
import { extractWebUrl, SPQueryable, spGet, spPost } from '@pnp/sp';
import { AnyListDefinition, LISTS } from '../../schema';
import { CASE_PART_LISTS } from '../store/retentionStore';
import type { ProvisionSteps } from './provisionSteps';

/**
 * R23 with Microsoft Purview (issue 18): where the council's records officer runs retention labels, the
 * provisioner applies the label they published to the site as the default label of every list that holds a
 * part of a case (the lists the in-product deletion covers: CASE_PART_LISTS), existing items included, instead
 * of the product deleting them. Published theme reports, settings and the deletion log are not records about a
 * person and get no label. The calls are the SPPolicyStoreProxy service operations the CLI for Microsoft 365
 * uses for `spo web retentionlabel list` and `spo list retentionlabel ensure|get`.
 */
export const LABELLED_LISTS: readonly AnyListDefinition[] = Object.values(CASE_PART_LISTS).flatMap((list) => (list === undefined ? [] : [LISTS[list.key]]));

interface ComplianceTag {
  TagName?: string;
  'odata.null'?: boolean;
}

export class RetentionLabelNotPublished extends Error {
  public constructor(label: string, available: readonly string[]) {
    super(
      `The retention label "${label}" is not published to this site, so SharePoint would refuse it. ` +
        `The records officer publishes it to the data site in Microsoft Purview first (labels published here: ${
          available.length ? available.map((a) => `"${a}"`).join(', ') : 'none'
        }).`
    );
  }
}

function siteRoot(steps: ProvisionSteps): string {
  return extractWebUrl(steps.sp.web.toUrl()).replace(/\/$/, '');
}

function operation(steps: ProvisionSteps, path: string): ReturnType<typeof SPQueryable> {
  return SPQueryable([steps.sp.web, `${siteRoot(steps)}/_api/${path}`]);
}

/** The labels published to the site, refused before any change when `label` is not one of them. */
export async function assertLabelPublished(steps: ProvisionSteps, label: string): Promise<void> {
  const site = siteRoot(steps);
  const query = operation(steps, 'SP.CompliancePolicy.SPPolicyStoreProxy.GetAvailableTagsForSite(siteUrl=@a1)');
  query.query.set('@a1', `'${site.replace(/'/g, "''")}'`);
  const tags: { value?: ComplianceTag[] } | ComplianceTag[] = await spGet(query);
  const names = (Array.isArray(tags) ? tags : tags.value ?? []).map((t) => String(t.TagName));
  if (!names.includes(label)) throw new RetentionLabelNotPublished(label, names);
}

/** Applies `label` to each list that holds a part of a case, where it is not already that list's label. */
export async function ensureRetentionLabels(steps: ProvisionSteps, label: string, listsThere: ReadonlySet<string>): Promise<void> {
  const site = siteRoot(steps);
  for (const list of LABELLED_LISTS) {
    const listUrl = `${site}/${list.url}`;
    // A list this (dry) run would add has no label yet.
    const current: ComplianceTag | undefined = listsThere.has(list.title)
      ? await spPost(operation(steps, 'SP_CompliancePolicy_SPPolicyStoreProxy_GetListComplianceTag'), body({ listUrl }))
      : undefined;
    if (current?.TagName === label) continue;
    await steps.change(`apply retention label "${label}" to ${list.title} (its items too)`, () =>
      spPost(
        operation(steps, 'SP_CompliancePolicy_SPPolicyStoreProxy_SetListComplianceTag'),
        body({ listUrl, complianceTagValue: label, blockDelete: false, blockEdit: false, syncToItems: true })
      )
    );
  }
}
