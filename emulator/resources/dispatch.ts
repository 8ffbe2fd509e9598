/*
 * SharePoint REST: the one table every request is dispatched through. The path is walked to a Target
 * (navigate.ts); the table gives the handler for the target's kind and the method (PATCH is MERGE), and
 * service operations (…/breakroleinheritance(…), …/ensureuser) go through the action table by name.
 */
import { BAD_QUERY, err, METHOD_NOT_SUPPORTED, NOT_FOUND_RESOURCE } from '../http/errors';
import { errorReply } from '../http/replies';
import { Ctx, Env, Reply } from '../http/types';
import { segmentsOf } from '../odata/path';
import { ODataQueryError } from '../odata/query';
import { isEmpty } from '../permissions';
import { ACCESS_DENIED } from '../store';
import { complianceOperation } from './compliance';
import { fieldActions, fieldRoutes } from './fields';
import { itemActions, itemRoutes } from './items';
import { listRoutes } from './lists';
import { resolve } from './navigate';
import { principalActions, principalRoutes } from './principals';
import { securityActions, securityRoutes } from './security';
import { Actions, Method, Routes, Target } from './targets';
import { contextInfo, webRoutes } from './web';

const ROUTES: Routes = { ...webRoutes, ...listRoutes, ...fieldRoutes, ...itemRoutes, ...principalRoutes, ...securityRoutes };
const ACTIONS: Actions = { ...fieldActions, ...itemActions, ...principalActions, ...securityActions };

type AnyHandler = (env: Env, ctx: Ctx, target: Target) => Reply;

/** Runs one REST request (a $batch part included) and answers it, errors in SharePoint's shape. */
export function sharePoint(env: Env, ctx: Ctx): Reply {
  try {
    return dispatch(env, ctx);
  } catch (e) {
    if (e instanceof ODataQueryError) return errorReply(BAD_QUERY(e.message), ctx.verbose);
    return errorReply(e, ctx.verbose);
  }
}

export function dispatch(env: Env, ctx: Ctx): Reply {
  const at = ctx.url.pathname.toLowerCase().indexOf('/_api/');
  if (at < 0) throw NOT_FOUND_RESOURCE();
  const segments = segmentsOf(decodeURIComponent(ctx.url.pathname.slice(at + '/_api/'.length)));
  // No permission at all on the site: SharePoint refuses every request, the form digest included.
  if (isEmpty(env.store.effectiveMask(ctx.user, { kind: 'web' }))) throw ACCESS_DENIED();
  if (segments.length === 1 && segments[0].name === 'contextinfo') {
    if (ctx.method !== 'POST') throw NOT_FOUND_RESOURCE();
    return contextInfo(env, ctx);
  }
  const compliance = complianceOperation(env, ctx, segments);
  if (compliance) return compliance;
  if (!segments.length || segments[0].name !== 'web') throw NOT_FOUND_RESOURCE();
  let target: Target = { kind: 'web' };
  for (const segment of segments.slice(1)) target = resolve(env, ctx, target, segment);
  return execute(env, ctx, target);
}

function execute(env: Env, ctx: Ctx, target: Target): Reply {
  if (target.kind === 'action') {
    if (ctx.method !== 'POST' && !target.name.startsWith('ra-')) {
      throw err(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `${target.name} must be called with POST.`);
    }
    const action = ACTIONS[target.name];
    if (!action) throw NOT_FOUND_RESOURCE();
    return action(env, ctx, target);
  }
  const method = (ctx.method === 'PATCH' ? 'MERGE' : ctx.method) as Method;
  const handlers = ROUTES[target.kind] as Partial<Record<Method, AnyHandler>> | undefined;
  const handler = handlers ? handlers[method] : undefined;
  if (!handler) throw METHOD_NOT_SUPPORTED(ctx.method);
  return handler(env, ctx, target);
}
