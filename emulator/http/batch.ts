/*
 * $batch: multipart/mixed in (change sets as PnPjs writes them), one flat batchresponse part per request out.
 * Requests run in order as the batch's caller; after the first part that fails, SharePoint Online answers
 * every later part 500 IndexOutOfRangeException without running it (README: $batch poisoning).
 */
import { randomUUID } from 'crypto';
import { sharePoint } from '../resources/dispatch';
import { BATCH_POISONED } from './errors';
import { BatchResponse, formatBatch, parseBatch } from './multipart';
import { errorReply } from './replies';
import { Ctx, Env, Reply, STATUS_TEXT } from './types';

export function batch(env: Env, ctx: Ctx): Reply {
  const requests = parseBatch(ctx.body, ctx.headers['content-type'] || '');
  const responses: BatchResponse[] = [];
  let failed = false;
  for (const r of requests) {
    const url = new URL(r.url, env.webUrl + '/');
    let method = r.method;
    if (method === 'POST' && r.headers['x-http-method']) method = r.headers['x-http-method'].toUpperCase();
    const inner: Ctx = { method, url, headers: r.headers, body: r.body, user: ctx.user, verbose: /odata=verbose/i.test(r.headers.accept || '') };
    let reply: Reply;
    if (failed) {
      // After the first part that fails, SharePoint Online answers every later part (reads included) with
      // this 500 and does not run it; the parts before stand (pnp/pnpjs#486, #1275: real responses).
      reply = errorReply(BATCH_POISONED(), inner.verbose);
    } else {
      try {
        reply = sharePoint(env, inner);
      } catch (e) {
        reply = errorReply(e, inner.verbose);
      }
      failed = reply.status < 200 || reply.status > 299;
    }
    responses.push({ status: reply.status, statusText: STATUS_TEXT[reply.status] || '', headers: reply.headers, body: reply.body });
    env.log({ method, url: url.toString(), user: ctx.user.LoginName, status: reply.status, batched: true, ...(method === 'GET' ? {} : { body: r.body }) });
  }
  const boundary = `batchresponse_${randomUUID()}`;
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: formatBatch(responses, boundary) };
}
