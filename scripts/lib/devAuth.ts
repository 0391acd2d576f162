import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

import { DEVELOPMENT_ISSUER, DEVELOPMENT_KEY_PREFIX } from '../../gateway/src/auth.ts';
import { isRecord } from '#kit/guards.ts';

export const DEV_ISSUER = DEVELOPMENT_ISSUER;
export const DEV_AUDIENCE = 'living-profile';

export interface DevAuth {
  jwksFile: string;
  /** Signs a development token (ES256, 12 hours unless said otherwise). */
  token(
    claims: {
      sub?: string;
      roles?: string[];
      scope?: string;
      azp?: string;
      channel?: string;
      /** A customer's email, with whether their provider verified it (OpenID Connect's standard claims). */
      email?: string;
      email_verified?: boolean;
    },
    /** null: no `exp` at all (only to show that such tokens are refused). */
    expiresIn?: string | number | null,
    overrides?: { issuer?: string; audience?: string },
  ): Promise<string>;
}

/** The development key as this module wrote it: an EC private key (P-256) with its id. */
const isPrivateEcKey = (value: unknown): value is JWK & { kid: string } =>
  isRecord(value) && value.kty === 'EC' && value.crv === 'P-256' && ['x', 'y', 'd', 'kid'].every((name) => typeof value[name] === 'string');

/**
 * A development signing key for this data folder (private JWK kept beside the other development
 * secrets, owner-readable), and the JWKS file the gateway verifies against. Never for production:
 * real deployments point AUTH_JWKS_URL at their identity provider.
 */
export async function developmentAuth(dir: string): Promise<DevAuth> {
  const privateFile = `${dir}/dev-auth-key.json`;
  const jwksFile = `${dir}/dev-jwks.json`;
  let privateJwk: JWK;
  const stored: unknown = existsSync(privateFile) ? JSON.parse(readFileSync(privateFile, 'utf8')) : null;
  if (isPrivateEcKey(stored)) {
    privateJwk = stored;
  } else {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), kid: `${DEVELOPMENT_KEY_PREFIX}${Date.now()}`, alg: 'ES256' };
    writeFileSync(privateFile, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d: _private, ...publicJwk } = privateJwk;
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...publicJwk, use: 'sig' }] }));
  const key = await importJWK(privateJwk, 'ES256');
  return {
    jwksFile,
    token: (claims, expiresIn = '12h', overrides = {}) => {
      const jwt = new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid! })
        .setIssuer(overrides.issuer ?? DEV_ISSUER)
        .setAudience(overrides.audience ?? DEV_AUDIENCE)
        .setIssuedAt();
      return (expiresIn === null ? jwt : jwt.setExpirationTime(expiresIn)).sign(key);
    },
  };
}

/** The gateway environment that verifies development tokens. */
export const devAuthEnv = (auth: DevAuth) => ({
  AUTH_JWKS_FILE: auth.jwksFile,
  AUTH_ISSUER: DEV_ISSUER,
  AUTH_AUDIENCE: DEV_AUDIENCE,
  AUTH_ALGORITHMS: 'ES256',
});
