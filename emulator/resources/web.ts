/*
 * The web (GET, MERGE of its title) and the form digest (contextinfo).
 */
import { randomBytes } from 'crypto';
import { empty, entityReply, json, parseBody } from '../http/replies';
import { Ctx, DIGEST_SECONDS, Env, Reply } from '../http/types';
import { requireOn, Routes } from './targets';

export function contextInfo(env: Env, ctx: Ctx): Reply {
  const value = `0x${randomBytes(32).toString('hex').toUpperCase()},${env.store.now().toUTCString()}`;
  env.digests.set(value, Date.now() + DIGEST_SECONDS * 1000);
  const info = {
    FormDigestTimeoutSeconds: DIGEST_SECONDS,
    FormDigestValue: value,
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: env.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: env.webUrl
  };
  if (ctx.verbose) return json(ctx, 200, { d: { GetContextWebInformation: info } });
  return json(ctx, 200, { 'odata.metadata': `${env.webUrl}/_api/$metadata#SP.ContextWebInformation`, ...info });
}

export function webEntity(env: Env): Record<string, unknown> {
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${env.webUrl}/_api/Web`,
    'odata.editLink': 'Web',
    Id: '00000000-0000-4000-8000-0000000000ab',
    Title: env.store.webTitle,
    Url: env.webUrl,
    ServerRelativeUrl: env.sitePath,
    Description: '',
    WebTemplate: 'STS',
    Language: 2057,
    HasUniqueRoleAssignments: true
  };
}

export const webRoutes: Routes = {
  web: {
    GET: (env, ctx) => entityReply(env, ctx, 200, webEntity(env)),
    MERGE: (env, ctx) => {
      requireOn(env, ctx.user, { kind: 'web' }, 'ManageWeb');
      const props = parseBody(ctx);
      if (typeof props.Title === 'string') env.store.webTitle = props.Title;
      return empty(204);
    }
  }
};
