/*
 * The live-tenant target's settings (README "The live-tenant run"): a real SharePoint site and an access token
 * for it, from the environment, as the PnPjs project's own tests take theirs (PNPTESTING_SITEURL and friends in
 * pnp/pnpjs test/). Shared by `npm run test:live` and the integration tests' target (test/integration/support).
 */

export interface LiveSettings {
  siteUrl: string;
  accessToken: string;
  /** From SP_TENANT_ID, or the token's own `tid` claim (an Entra ID access token is a JWT). */
  tenantId: string;
}

/** The tenant id an Entra ID access token was issued for (its `tid` claim), if it says. */
export function tenantIdOf(accessToken: string): string | undefined {
  const payload = accessToken.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { tid?: unknown };
    return typeof claims.tid === 'string' ? claims.tid : undefined;
  } catch {
    return undefined;
  }
}

/** The live target's settings from the environment, or what is missing. */
export function liveSettings(env: NodeJS.ProcessEnv = process.env): { ok: true; settings: LiveSettings } | { ok: false; missing: string[] } {
  const missing = ['SP_TEST_SITE', 'SP_ACCESS_TOKEN'].filter((name) => !env[name]);
  const tenantId = env.SP_TENANT_ID || tenantIdOf(env.SP_ACCESS_TOKEN ?? '');
  if (!missing.length && !tenantId) {
    missing.push('SP_TENANT_ID (the token does not say which tenant it is for)');
  }
  if (missing.length || !tenantId) {
    return { ok: false, missing };
  }
  return {
    ok: true,
    settings: { siteUrl: String(env.SP_TEST_SITE).replace(/\/$/, ''), accessToken: String(env.SP_ACCESS_TOKEN), tenantId }
  };
}

