// Who may call the relay (issue 16): members of the council's tenant, holding an Entra ID access token for the
// relay's app registration. The token is checked with `jose` (signature against the tenant's published keys,
// issuer, audience, expiry, the tenant id) and then dropped: the caller's identity goes no further than
// `isTenantMember`'s yes or no. Every refusal is the same plain 401, so a caller learns nothing about why.
//
// Sources: Microsoft identity platform access tokens (learn.microsoft.com/entra/identity-platform/access-tokens):
// v1.0 tokens carry `iss` https://sts.windows.net/{tid}/, v2.0 tokens https://login.microsoftonline.com/{tid}/v2.0;
// `aud` is the app's Application ID URI or client id; keys at
// https://login.microsoftonline.com/{tid}/discovery/v2.0/keys; RS256. SPFx's AadHttpClient asks Entra ID for a
// token for the resource the web part names, which is the version the app registration's
// `accessTokenAcceptedVersion` says (v1.0 when unset), so both issuers of the one tenant are accepted.

import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';

export interface TokenRules {
  /** The council's tenant (directory) id. */
  tenantId: string;
  /** The relay's Application ID URI and client id. */
  audiences: string[];
  /** The tenant's signing keys (production: `tenantKeys(tenantId)`). */
  keys: JWTVerifyGetKey;
  /** Seconds of clock skew allowed on exp/nbf (default 0: the stricter reading). */
  clockToleranceSeconds?: number;
  /** The clock (tests). */
  now?: () => Date;
}

/** The tenant's published signing keys (jose caches them and refetches on an unknown key id). */
export function tenantKeys(tenantId: string, authority: string = 'https://login.microsoftonline.com'): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(`${authority}/${encodeURIComponent(tenantId)}/discovery/v2.0/keys`));
}

/** The issuers a token of this tenant may carry (v1.0 and v2.0 access tokens). */
export function tenantIssuers(tenantId: string): string[] {
  return [`https://sts.windows.net/${tenantId}/`, `https://login.microsoftonline.com/${tenantId}/v2.0`];
}

/**
 * True when `authorization` is `Bearer <token>` with a token this tenant signed for the relay, unexpired.
 * Nothing from the token is returned or kept: the relay needs to know only that the caller belongs.
 */
export async function isTenantMember(authorization: string | undefined, rules: TokenRules): Promise<boolean> {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec((authorization ?? '').trim());
  if (match === null) return false;
  try {
    const { payload } = await jwtVerify(match[1], rules.keys, {
      issuer: tenantIssuers(rules.tenantId),
      audience: rules.audiences,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat', 'tid'],
      clockTolerance: rules.clockToleranceSeconds ?? 0,
      ...(rules.now ? { currentDate: rules.now() } : {})
    });
    // The issuer names the tenant too; `tid` must agree (a token from another tenant never passes).
    return payload.tid === rules.tenantId;
  } catch {
    // Bad signature, unknown key, wrong issuer or audience, expired, malformed: all the same refusal.
    return false;
  }
}
