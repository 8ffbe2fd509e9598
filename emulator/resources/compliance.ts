/*
 * Microsoft Purview retention labels on a list (issue 18): the three SPPolicyStoreProxy service operations the
 * CLI for Microsoft 365 calls, at the site's _api root rather than under web/:
 *   GET  SP.CompliancePolicy.SPPolicyStoreProxy.GetAvailableTagsForSite(siteUrl=@a1)?@a1='<site>' (`spo web retentionlabel list`)
 *   POST SP_CompliancePolicy_SPPolicyStoreProxy_SetListComplianceTag {listUrl, complianceTagValue, blockDelete,
 *        blockEdit, syncToItems} (`spo list retentionlabel ensure`; an empty value clears it: `… remove`)
 *   POST SP_CompliancePolicy_SPPolicyStoreProxy_GetListComplianceTag {listUrl} (`spo list retentionlabel get`:
 *        `odata.null` when the list has none)
 * Only labels the records officer published to the site can be applied; any other is refused with the error the
 * CLI's tests record from SharePoint ("Can not find compliance tag with value: …"). Its HTTP status is not
 * published: 400 here, and the provisioner treats any refusal the same. Who may set a list's default label is
 * not documented for REST; SharePoint's UI offers it in the list's settings, so Manage Lists is required (the
 * stricter reading: site owners, not members).
 */
import { err, NOT_FOUND_RESOURCE } from '../http/errors';
import { json, parseBody } from '../http/replies';
import { Ctx, Env, Reply } from '../http/types';
import { namedArgs, Segment } from '../odata/path';
import type { ListRecord } from '../store';
import { requireOn } from './targets';

const META_KEY = 'retentionLabels';

/** The labels published to the site (what `EmulatorOptions.retentionLabels` set). */
export function publishedLabels(env: Env): string[] {
  return JSON.parse(env.store.meta(META_KEY) ?? '[]') as string[];
}

export function publishLabels(env: Pick<Env, 'store'>, labels: readonly string[]): void {
  env.store.setMeta(META_KEY, JSON.stringify(labels));
}

const tagId = (name: string): string => {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `00000000-0000-4000-8000-${h.toString(16).padStart(12, '0')}`;
};

function tag(name: string, blockDelete = false, blockEdit = false): Record<string, unknown> {
  return { TagId: tagId(name), TagName: name, DisplayName: name, BlockDelete: blockDelete, BlockEdit: blockEdit, IsEventTag: false, HasRetentionAction: true };
}

/** The list an absolute list URL names: the site's own `Lists/<title>`, as SharePoint makes it from the title. */
function listAt(env: Env, listUrl: unknown): ListRecord {
  const prefix = `${env.webUrl}/Lists/`.toLowerCase();
  const url = typeof listUrl === 'string' ? listUrl.replace(/\/$/, '') : '';
  const list = url.toLowerCase().startsWith(prefix) ? env.store.listByTitle(decodeURIComponent(url.slice(prefix.length))) : undefined;
  if (!list) throw err(400, '-2147024809, System.ArgumentException', `List '${url}' does not exist at site with URL '${env.webUrl}'.`);
  return list;
}

type Operation = (env: Env, ctx: Ctx, segment: Segment) => Reply;

const OPERATIONS: Record<string, { method: string; run: Operation }> = {
  'sp.compliancepolicy.sppolicystoreproxy.getavailabletagsforsite': {
    method: 'GET',
    run: (env, ctx, segment) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'ViewListItems');
      const site = namedArgs(segment.args, ctx.url.searchParams).siteurl ?? '';
      if (site.replace(/\/$/, '').toLowerCase() !== env.webUrl.toLowerCase()) throw NOT_FOUND_RESOURCE();
      return json(ctx, 200, { value: publishedLabels(env).map((name) => tag(name)) });
    }
  },
  sp_compliancepolicy_sppolicystoreproxy_setlistcompliancetag: {
    method: 'POST',
    run: (env, ctx) => {
      const body = parseBody(ctx);
      const list = listAt(env, body.listUrl);
      requireOn(env, ctx.user, { kind: 'list', list }, 'ManageLists');
      const name = typeof body.complianceTagValue === 'string' ? body.complianceTagValue : '';
      if (name && !publishedLabels(env).includes(name)) {
        throw err(400, '-1, Microsoft.SharePoint.Client.InvalidOperationException', `Can not find compliance tag with value: ${name}. SiteSubscriptionId: ${tagId(env.webUrl)}`);
      }
      env.store.saveList({ ...list, ComplianceTag: name ? tag(name, body.blockDelete === true, body.blockEdit === true) : undefined });
      return json(ctx, 200, { 'odata.null': true });
    }
  },
  sp_compliancepolicy_sppolicystoreproxy_getlistcompliancetag: {
    method: 'POST',
    run: (env, ctx) => {
      const list = listAt(env, parseBody(ctx).listUrl);
      requireOn(env, ctx.user, { kind: 'list', list }, 'ViewListItems');
      return json(ctx, 200, list.ComplianceTag ?? { 'odata.null': true });
    }
  }
};

/** A compliance operation at the _api root, or undefined when the path is not one. */
export function complianceOperation(env: Env, ctx: Ctx, segments: readonly Segment[]): Reply | undefined {
  const operation = segments.length === 1 ? OPERATIONS[segments[0].name] : undefined;
  if (!operation) return undefined;
  if (ctx.method !== operation.method) throw err(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `${segments[0].name} must be called with ${operation.method}.`);
  return operation.run(env, ctx, segments[0]);
}
