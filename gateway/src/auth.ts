import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { fieldOf, isOneOf, isRecord, parseWith } from '#kit/guards.ts';
import { ROLES, type Role, type Viewer } from '#kit/viewer.ts';

export interface ApiKeyEntry {
  /** A name for the key (shown in logs), never the key itself. */
  id: string;
  /** sha256 of the key, hex: keys are stored hashed. */
  sha256: string;
  clientId: string;
  roles: Role[];
  scopes: string[];
  channel: string;
}

const apiKeyEntry: z.ZodType<ApiKeyEntry> = z.object({
  id: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "the key's SHA-256, 64 hex digits"),
  clientId: z.string().min(1),
  roles: z.array(z.enum(ROLES)).min(1),
  scopes: z.array(z.string()).default([]),
  channel: z.string().min(1),
});

/** A JSON Web Key Set as a file holds it: `{ "keys": [{ "kty": … }] }` (jose checks each key itself). */
const isKeySet = (value: unknown): value is JSONWebKeySet => {
  const keys = fieldOf(value, 'keys');
  return Array.isArray(keys) && keys.every((key) => isRecord(key) && typeof key.kty === 'string');
};

/** The key set in `file`; throws saying what is wrong with it. */
export function readKeySetFile(file: string): JSONWebKeySet {
  const keySet: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isKeySet(keySet)) throw new Error(`${file} is not a JSON Web Key Set ({ "keys": [{ "kty": … }] }).`);
  return keySet;
}

export interface AuthConfig {
  jwksFile?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  algorithms: string[];
  clockToleranceSeconds: number;
  apiKeys: ApiKeyEntry[];
}

/** The issuer and key-id prefix of the development tokens `npm start` signs; production refuses both. */
export const DEVELOPMENT_ISSUER = 'https://living-profile.local/dev';
export const DEVELOPMENT_KEY_PREFIX = 'dev-';

/** Credentials were presented and are not valid: the request is refused, never treated as anonymous. */
export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Maps verified token claims to a viewer: `sub`, `roles`, `scope`, `azp`/`client_id`, `channel`,
 * and for a customer the email their identity provider verified (`email` with `email_verified: true`).
 */
export function viewerFromClaims(claims: JWTPayload): Viewer {
  const requested = Array.isArray(claims.roles) ? claims.roles : [];
  const listed = requested.filter((r): r is Role => isOneOf(ROLES, r));
  // A token from the customer identity provider without roles is a customer's.
  const roles: Role[] = listed.length ? listed : ['customer'];
  const verifiedEmail =
    roles.includes('customer') && claims.email_verified === true && typeof claims.email === 'string' && claims.email.trim()
      ? claims.email.trim()
      : undefined;
  return {
    subject: typeof claims.sub === 'string' ? claims.sub : null,
    roles,
    scopes: typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [],
    clientId: typeof claims.azp === 'string' ? claims.azp : typeof claims.client_id === 'string' ? claims.client_id : 'unknown-client',
    channel: typeof claims.channel === 'string' ? claims.channel : 'web',
    ...(verifiedEmail ? { verifiedEmail } : {}),
  };
}

/**
 * Who is asking: a bearer token verified against the JWKS (issuer, audience, algorithm allow-list,
 * clock tolerance), or an API key for partners and systems; null when no credentials were sent.
 */
export function createAuthenticator(config: AuthConfig) {
  const keySet: JWTVerifyGetKey | null = config.jwksFile
    ? createLocalJWKSet(readKeySetFile(config.jwksFile))
    : config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl))
      : null;
  const keys = config.apiKeys.map((entry) => ({ ...entry, digest: Buffer.from(entry.sha256, 'hex') }));

  return async function authenticate(request: Request): Promise<Viewer | null> {
    const authorization = request.headers.get('authorization');
    const apiKey = request.headers.get('x-api-key');
    if (authorization) {
      const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
      if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length)
        throw new AuthenticationError('Send the token as "Authorization: Bearer <token>".');
      if (!keySet) throw new AuthenticationError('Bearer tokens are not accepted here.');
      try {
        const { payload } = await jwtVerify(token, keySet, {
          algorithms: config.algorithms,
          clockTolerance: config.clockToleranceSeconds,
          // A token without an expiry would be good forever once leaked.
          requiredClaims: ['exp'],
          ...(config.issuer ? { issuer: config.issuer } : {}),
          ...(config.audience ? { audience: config.audience } : {}),
        });
        return viewerFromClaims(payload);
      } catch (error) {
        if (error instanceof errors.JWTExpired) throw new AuthenticationError('The token has expired.');
        if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing')
          throw new AuthenticationError('The token has no expiry (exp); tokens that never expire are not accepted.');
        if (error instanceof errors.JWTClaimValidationFailed)
          throw new AuthenticationError(`The token's ${error.claim} claim is not accepted here.`);
        throw new AuthenticationError('The token is not valid.');
      }
    }
    if (apiKey) {
      const digest = Buffer.from(sha256Hex(apiKey), 'hex');
      const entry = keys.find((k) => k.digest.length === digest.length && timingSafeEqual(k.digest, digest));
      if (!entry) throw new AuthenticationError('Unknown API key.');
      return { subject: null, roles: entry.roles, scopes: entry.scopes, clientId: entry.clientId, channel: entry.channel };
    }
    return null;
  };
}

export function readApiKeys(file: string | undefined): ApiKeyEntry[] {
  if (!file) return [];
  const listed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(listed)) throw new Error('a list of API keys: [{ id, sha256, clientId, roles, scopes, channel }]');
  return listed.map((entry) => {
    const read = parseWith(apiKeyEntry, entry);
    if (!read.ok)
      throw new Error(
        `API key "${String(fieldOf(entry, 'id'))}": ${read.problem} (each needs id, sha256 (hex), clientId, roles, channel).`,
      );
    return read.value;
  });
}
