// A stand-in for the council's Entra ID tenant in the tests and the preview: an RS256 key pair whose public half
// is published as the tenant's keys (a JWKS), and tokens signed with it exactly as Entra ID shapes a v1.0 access
// token for the relay (iss https://sts.windows.net/{tid}/, aud, tid, oid, upn, exp). The relay checks them with
// its production code (token.ts): only the key set differs.

import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import type { TokenRules } from '../src/token';

export const LOCAL_TENANT_ID = '5b0c6a2e-7f4d-4c1e-9a37-2d1f0c9e4b11';
export const RELAY_CLIENT_ID = '0f6d2c4b-3a9e-4e57-8b21-6c7a1d5e9f30';
export const RELAY_AUDIENCE = `api://${RELAY_CLIENT_ID}`;

export interface TokenClaims {
  /** The signed-in person's account (what Entra ID puts in upn / unique_name / name). */
  upn: string;
  name: string;
  tenantId?: string;
  audience?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  issuer?: string;
}

export interface LocalTenant {
  tenantId: string;
  jwks: JSONWebKeySet;
  keys: JWTVerifyGetKey;
  rules: TokenRules;
  /** A token as Entra ID would issue it to AadHttpClient for the relay. */
  token(claims: TokenClaims): Promise<string>;
  /** Signed with another key (a forger's), otherwise correct. */
  forgedToken(claims: TokenClaims): Promise<string>;
}

async function signer(kid: string): Promise<{ sign: (claims: TokenClaims, tenantId: string) => Promise<string>; jwk: Awaited<ReturnType<typeof exportJWK>> }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  const sign = (claims: TokenClaims, tenantId: string): Promise<string> => {
    const tid = claims.tenantId ?? tenantId;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ tid, upn: claims.upn, unique_name: claims.upn, name: claims.name, oid: `oid-${claims.upn}`, scp: 'user_impersonation', ver: '1.0' })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(claims.issuer ?? `https://sts.windows.net/${tid}/`)
      .setAudience(claims.audience ?? RELAY_AUDIENCE)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (claims.expiresIn ?? 3600))
      .sign(privateKey);
  };
  return { sign, jwk };
}

export async function localTenant(tenantId: string = LOCAL_TENANT_ID): Promise<LocalTenant> {
  const kid = `local-${Date.now().toString(36)}`;
  const own = await signer(kid);
  const forger = await signer(kid);
  // The forger's key carries the same kid, so only the signature check can tell the two apart.
  const jwks: JSONWebKeySet = { keys: [own.jwk] };
  const keys = createLocalJWKSet(jwks);
  return {
    tenantId,
    jwks,
    keys,
    rules: { tenantId, audiences: [RELAY_AUDIENCE, RELAY_CLIENT_ID], keys },
    token: (claims) => own.sign(claims, tenantId),
    forgedToken: (claims) => forger.sign(claims, tenantId)
  };
}
