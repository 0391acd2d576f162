import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isOneOf, isRecord } from './guards.ts';

/**
 * Who is asking. The gateway verifies the caller and signs this into one upstream header; a
 * subgraph trusts nothing else about the caller, and rejects a request whose header is missing,
 * tampered with, signed by an unknown key or expired, so nobody can bypass the gateway.
 * Each signature also covers a SHA-256 of the exact request body, so a header seen on the wire
 * cannot be replayed with another query during its short life.
 */
export const ROLES = ['customer', 'agent', 'partner', 'system', 'analyst', 'admin', 'dpo'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** The profile id of the customer the caller acts as (customers), or the caller's own id (staff). */
  subject: string | null;
  roles: Role[];
  scopes: string[];
  /** The application or system the request came through (web app, CRM sync, partner id …). */
  clientId: string;
  /** The channel the request came through (web, app, call-centre, batch …). */
  channel: string;
  /** The request carried the Global Privacy Control signal (`Sec-GPC: 1`). */
  gpc?: boolean;
  /** A partner's registered purposes: what each read of a customer must be allowed for (see disclosure.ts). */
  purposes?: { purpose: string; channel: string }[];
  /**
   * The email the customer's identity provider verified (the token's `email` with
   * `email_verified: true`): what a self-service sign-up starts from. Customers' tokens only.
   */
  verifiedEmail?: string;
}

export const VIEWER_HEADER = 'x-living-profile-viewer';
const VERSION = 'v1';
const DEFAULT_TTL_SECONDS = 60;

interface SignedClaims extends Viewer {
  iat: number;
  exp: number;
  /** base64url SHA-256 of the request body the header travels with ('' body for GET). */
  bodySha256: string;
}

export type ViewerRejection = 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'body-mismatch';

export class ViewerSignatureError extends Error {
  readonly reason: ViewerRejection;
  constructor(reason: ViewerRejection) {
    super(`viewer header rejected: ${reason}`);
    this.name = 'ViewerSignatureError';
    this.reason = reason;
  }
}

const mac = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
const bodyDigest = (body: string | Uint8Array) => createHash('sha256').update(body).digest('base64url');

export function signViewer(
  viewer: Viewer,
  key: string,
  body: string | Uint8Array,
  { nowSeconds = Math.floor(Date.now() / 1000), ttlSeconds = DEFAULT_TTL_SECONDS } = {},
): string {
  const claims: SignedClaims = { ...viewer, iat: nowSeconds, exp: nowSeconds + ttlSeconds, bodySha256: bodyDigest(body) };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${VERSION}.${payload}.${mac(key, `${VERSION}.${payload}`)}`;
}

/** Verifies against every key (rotation: the newest signs, older ones still verify). */
export function verifyViewer(
  header: string | null | undefined,
  keys: readonly string[],
  body: string | Uint8Array,
  { nowSeconds = Math.floor(Date.now() / 1000), clockToleranceSeconds = 5 } = {},
): Viewer {
  if (!header) throw new ViewerSignatureError('missing');
  const [version, payload, signature, ...rest] = header.split('.');
  if (version !== VERSION || !payload || !signature || rest.length > 0) throw new ViewerSignatureError('malformed');

  const given = Buffer.from(signature, 'base64url');
  const valid = keys.some((key) => {
    const expected = Buffer.from(mac(key, `${version}.${payload}`), 'base64url');
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) throw new ViewerSignatureError('bad-signature');

  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new ViewerSignatureError('malformed');
  }
  if (!isViewerClaims(claims)) throw new ViewerSignatureError('malformed');
  if (claims.exp + clockToleranceSeconds < nowSeconds || claims.iat - clockToleranceSeconds > nowSeconds) {
    throw new ViewerSignatureError('expired');
  }
  if (claims.bodySha256 !== bodyDigest(body)) throw new ViewerSignatureError('body-mismatch');
  return {
    subject: claims.subject,
    roles: claims.roles,
    scopes: claims.scopes,
    clientId: claims.clientId,
    channel: claims.channel,
    ...(claims.gpc ? { gpc: true } : {}),
    ...(claims.purposes ? { purposes: claims.purposes } : {}),
    ...(claims.verifiedEmail ? { verifiedEmail: claims.verifiedEmail } : {}),
  };
}

function isViewerClaims(value: unknown): value is SignedClaims {
  if (!isRecord(value)) return false;
  const c = value;
  return (
    (c.subject === null || typeof c.subject === 'string') &&
    Array.isArray(c.roles) &&
    c.roles.every((r) => isOneOf(ROLES, r)) &&
    Array.isArray(c.scopes) &&
    c.scopes.every((s) => typeof s === 'string') &&
    typeof c.clientId === 'string' &&
    typeof c.channel === 'string' &&
    (c.gpc === undefined || typeof c.gpc === 'boolean') &&
    (c.verifiedEmail === undefined || typeof c.verifiedEmail === 'string') &&
    (c.purposes === undefined ||
      (Array.isArray(c.purposes) && c.purposes.every((p) => typeof p?.purpose === 'string' && typeof p?.channel === 'string'))) &&
    typeof c.iat === 'number' &&
    typeof c.exp === 'number' &&
    typeof c.bodySha256 === 'string'
  );
}

/**
 * One call between services: a JSON POST to `path` on `baseUrl`, signed as `viewer` and bound to
 * its body, the way the gateway signs for subgraphs (internal routes check the same signature).
 */
export function postSigned(
  baseUrl: string,
  path: string,
  viewer: Viewer,
  signingKey: string,
  body: unknown,
  timeoutMs?: number,
): Promise<Response> {
  const json = JSON.stringify(body);
  return fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [VIEWER_HEADER]: signViewer(viewer, signingKey, json) },
    body: json,
    ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
  });
}

export const hasRole = (viewer: Viewer, ...roles: Role[]) => viewer.roles.some((r) => roles.includes(r));

/** An analyst and nothing more: reads only, and sees personal values masked unless a scope allows them. */
export const isAnalystOnly = (viewer: Viewer) => hasRole(viewer, 'analyst') && !hasRole(viewer, 'admin', 'agent', 'system', 'customer');
