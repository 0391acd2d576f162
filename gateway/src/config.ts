import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  ConfigError,
  readEnvironment,
  readInteger,
  readMetricsToken,
  readOptional,
  readPort,
  readSigningKeys,
  readString,
  type Env,
  type Environment,
} from '#kit/config.ts';
import { ROLES, type Role } from '#kit/viewer.ts';
import type { JSONWebKeySet } from 'jose';
import { DEVELOPMENT_ISSUER, DEVELOPMENT_KEY_PREFIX, readApiKeys, readKeySetFile, type AuthConfig } from './auth.ts';
import type { Limits } from './plugins/useProtection.ts';
import type { MemoryBounds } from './plugins/useBoundedMemory.ts';
import type { RequestLimits } from './plugins/useRequestLimits.ts';
import type { TracingConfig } from './tracing.ts';
import { messageOf } from '#kit/guards.ts';

export interface GatewayConfig {
  environment: Environment;
  host: string;
  port: number;
  /** Supergraph SDL file; watched and hot-reloaded when it changes. */
  supergraphPath: string;
  /** Per-subgraph routing URL overrides (SUBGRAPH_<NAME>_URL), e.g. for other hosts or free test ports. */
  subgraphUrls: Record<string, string>;
  signingKeys: string[];
  /**
   * Until authentication lands, every request acts as this development role (never in
   * production). Unset: requests carry an anonymous viewer, which subgraphs refuse.
   */
  devViewerRole: Role | undefined;
  /** Upstream timeout per subgraph request, in ms. */
  subgraphTimeoutMs: number;
  /** Apollo persisted query manifests, one `<client>.json` per partner (`npm run operations`). */
  persistedOperationsDir: string;
  limits: Limits;
  requestLimits: RequestLimits;
  memoryBounds: MemoryBounds;
  tracing: TracingConfig;
  rateLimitPerMinute: number;
  /** Shared rate-limit buckets for several gateway replicas (redis:// or rediss://); unset: per replica. */
  rateLimitRedisUrl: string | undefined;
  /** Addresses of our own reverse proxies, whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Failed requests in a row that open a subgraph's circuit, and how long it stays open (ms). */
  circuitBreaker: { threshold: number; coolDownMs: number };
  /** Bearer token for `/metrics`; unset: loopback only (off in production). */
  metricsToken: string | undefined;
  /** Browser origins (scheme://host[:port]) whose pages may call the API with credentials; none: same origin only. */
  corsOrigins: string[];
  /** JWT (JWKS) and API-key authentication; without it, every caller without credentials is anonymous. */
  auth: AuthConfig;
  /** The customer portal the gateway serves at /portal/, and the identity provider it signs in with. */
  portal: PortalConfig;
  parentPid: number | undefined;
}

export interface PortalConfig {
  /** The built portal (`npm run build:portal`). */
  dir: string;
  /** OpenID Connect: the company's identity provider (issuer URL), the portal's client id and scopes. Unset: nobody can sign in. */
  oidc: { issuer: string; clientId: string; scope: string } | undefined;
}

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
const DEFAULT_PERSISTED_OPERATIONS = fileURLToPath(new URL('../../schema/persisted', import.meta.url));
const DEFAULT_PORTAL = fileURLToPath(new URL('../../portal/dist', import.meta.url));

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const environment = readEnvironment(env);
  const devRoleName = readOptional(env, 'DEV_VIEWER_ROLE');
  const devRole = ROLES.find((role) => role === devRoleName);
  if (devRoleName !== undefined && !devRole) {
    throw new ConfigError(`DEV_VIEWER_ROLE must be one of ${ROLES.join(', ')}.`);
  }
  if (devRole && environment === 'production') {
    throw new ConfigError('DEV_VIEWER_ROLE gives every caller that role: it is refused when NODE_ENV=production.');
  }
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match?.[1] && value) subgraphUrls[match[1].toLowerCase()] = value;
  }
  const parentPid = readInteger(env, 'LIVING_PROFILE_PARENT_PID', 0);
  return {
    environment,
    host: readString(env, 'GATEWAY_HOST', '127.0.0.1'),
    port: readPort(env, 'GATEWAY_PORT', 4000),
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH),
    subgraphUrls,
    signingKeys: readSigningKeys(env),
    devViewerRole: devRole,
    subgraphTimeoutMs: readInteger(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, { min: 100 }),
    auth: readAuthConfig(env, environment),
    corsOrigins: readCorsOrigins(env),
    portal: readPortalConfig(env, environment),
    metricsToken: readMetricsToken(env),
    persistedOperationsDir: readString(env, 'PERSISTED_OPERATIONS_DIR', DEFAULT_PERSISTED_OPERATIONS),
    tracing: {
      endpoint: readOptionalUrl(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'),
      samplingRate: readRate(env, 'TRACING_SAMPLING_RATE', 1),
    },
    limits: {
      maxDepth: readInteger(env, 'LIMIT_MAX_DEPTH', 10, { min: 1 }),
      maxAliases: readInteger(env, 'LIMIT_MAX_ALIASES', 15, { min: 1 }),
      maxDuplicateFields: readInteger(env, 'LIMIT_MAX_DUPLICATE_FIELDS', 3, { min: 1 }),
      maxDirectives: readInteger(env, 'LIMIT_MAX_DIRECTIVES', 20, { min: 1 }),
      maxTokens: readInteger(env, 'LIMIT_MAX_TOKENS', 2000, { min: 10 }),
      maxCost: readInteger(env, 'LIMIT_MAX_COST', 5000, { min: 10 }),
    },
    requestLimits: {
      maxBodyBytes: readInteger(env, 'LIMIT_MAX_BODY_BYTES', 1024 * 1024, { min: 1024 }),
      maxVariableDepth: readInteger(env, 'LIMIT_MAX_VARIABLE_DEPTH', 32, { min: 2 }),
      maxVariableValues: readInteger(env, 'LIMIT_MAX_VARIABLE_VALUES', 50_000, { min: 10 }),
    },
    memoryBounds: {
      maxSeriesPerMetric: readInteger(env, 'METRICS_MAX_SERIES', 2000, { min: 10 }),
    },
    rateLimitPerMinute: readInteger(env, 'RATE_LIMIT_PER_MINUTE', 1200, { min: 1 }),
    rateLimitRedisUrl: readRedisUrl(env),
    trustedProxies: (readOptional(env, 'TRUSTED_PROXIES') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
      .map((address) => {
        if (!isIP(address)) throw new ConfigError(`TRUSTED_PROXIES: "${address}" is not an IP address (list your proxies' addresses).`);
        return address;
      }),
    circuitBreaker: {
      threshold: readInteger(env, 'CIRCUIT_BREAKER_THRESHOLD', 5, { min: 1 }),
      coolDownMs: readInteger(env, 'CIRCUIT_BREAKER_COOL_DOWN_MS', 10_000, { min: 100 }),
    },
    parentPid: parentPid || undefined,
  };
}

function readAuthConfig(env: Env, environment: Environment): AuthConfig {
  const jwksFile = readOptional(env, 'AUTH_JWKS_FILE');
  const jwksUrl = readOptional(env, 'AUTH_JWKS_URL');
  if (jwksFile && jwksUrl) throw new ConfigError('Set AUTH_JWKS_FILE or AUTH_JWKS_URL, not both.');
  if (environment === 'production') assertProductionIdentityProvider(env, jwksFile, jwksUrl);
  const algorithms = readString(env, 'AUTH_ALGORITHMS', 'RS256,ES256,EdDSA')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  if (algorithms.some((a) => a.toLowerCase() === 'none' || a.startsWith('HS'))) {
    throw new ConfigError('AUTH_ALGORITHMS may list asymmetric algorithms only (no "none", no shared-secret HS*).');
  }
  if ((jwksFile || jwksUrl) && (!readOptional(env, 'AUTH_ISSUER') || !readOptional(env, 'AUTH_AUDIENCE'))) {
    throw new ConfigError('With a JWKS, set AUTH_ISSUER and AUTH_AUDIENCE: tokens are checked against both.');
  }
  let apiKeys;
  try {
    apiKeys = readApiKeys(readOptional(env, 'API_KEYS_FILE'));
  } catch (error) {
    throw new ConfigError(`API_KEYS_FILE: ${messageOf(error)}`);
  }
  return {
    ...(jwksFile ? { jwksFile } : {}),
    ...(jwksUrl ? { jwksUrl } : {}),
    ...(readOptional(env, 'AUTH_ISSUER') ? { issuer: readOptional(env, 'AUTH_ISSUER')! } : {}),
    ...(readOptional(env, 'AUTH_AUDIENCE') ? { audience: readOptional(env, 'AUTH_AUDIENCE')! } : {}),
    algorithms,
    clockToleranceSeconds: readClockTolerance(env),
    apiKeys,
  };
}

function readPortalConfig(env: Env, environment: Environment): PortalConfig {
  const issuer = readOptional(env, 'PORTAL_OIDC_ISSUER');
  let oidc: PortalConfig['oidc'];
  if (issuer !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(issuer);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash)
      throw new ConfigError(`PORTAL_OIDC_ISSUER must be your identity provider's issuer URL (https://…), got "${issuer}".`);
    if (environment === 'production' && parsed.protocol !== 'https:')
      throw new ConfigError('PORTAL_OIDC_ISSUER must be https in production: a sign-in in clear can be taken over on the way.');
    const scope = readString(env, 'PORTAL_OIDC_SCOPE', 'openid');
    if (!scope.split(' ').includes('openid')) throw new ConfigError('PORTAL_OIDC_SCOPE must include openid.');
    oidc = { issuer: issuer.replace(/\/$/, ''), clientId: readString(env, 'PORTAL_OIDC_CLIENT_ID', 'living-profile-portal'), scope };
  }
  return { dir: readString(env, 'PORTAL_DIR', DEFAULT_PORTAL), oidc };
}

function readOptionalUrl(env: Env, name: string): string | undefined {
  const raw = readOptional(env, name);
  if (raw !== undefined && !/^https?:\/\/\S+$/.test(raw)) throw new ConfigError(`${name} must be an http(s) URL, got "${raw}".`);
  return raw;
}

function readRate(env: Env, name: string, fallback: number): number {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  const rate = Number(raw);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new ConfigError(`${name} must be a number from 0 to 1, got "${raw}".`);
  return rate;
}

function readClockTolerance(env: Env): number {
  const seconds = readInteger(env, 'AUTH_CLOCK_TOLERANCE_SECONDS', 30);
  if (seconds > 300) throw new ConfigError('AUTH_CLOCK_TOLERANCE_SECONDS may be at most 300: more keeps expired tokens alive.');
  return seconds;
}

/**
 * Production verifies tokens from the company's identity provider: one must be configured, over
 * https, and it may not be the development one `npm start` makes (its issuer, or its `dev-` keys).
 */
function assertProductionIdentityProvider(env: Env, jwksFile: string | undefined, jwksUrl: string | undefined): void {
  if (!jwksFile && !jwksUrl) {
    throw new ConfigError(
      'NODE_ENV=production needs an identity provider: set AUTH_JWKS_URL (its JWKS, https), AUTH_ISSUER and AUTH_AUDIENCE. Without one nobody could sign in.',
    );
  }
  if (jwksUrl && !jwksUrl.startsWith('https://')) {
    throw new ConfigError('AUTH_JWKS_URL must be https in production: keys fetched in clear can be swapped on the way.');
  }
  if (readOptional(env, 'AUTH_ISSUER') === DEVELOPMENT_ISSUER) {
    throw new ConfigError(`AUTH_ISSUER is the development issuer (${DEVELOPMENT_ISSUER}), which NODE_ENV=production refuses.`);
  }
  if (jwksFile) {
    let keys: JSONWebKeySet['keys'];
    try {
      keys = readKeySetFile(jwksFile).keys;
    } catch {
      throw new ConfigError(`AUTH_JWKS_FILE (${jwksFile}) is not a readable JWKS.`);
    }
    if (keys.some((k) => k.kid?.startsWith(DEVELOPMENT_KEY_PREFIX))) {
      throw new ConfigError('AUTH_JWKS_FILE holds the development signing key, which NODE_ENV=production refuses.');
    }
  }
}

/**
 * CORS_ORIGINS: the other web origins (a company's own apps) allowed to call the API from a
 * browser with credentials, comma-separated. None by default: the portal is served by the
 * gateway itself, so it is the same origin and needs no CORS. `*` is refused: with credentials it
 * would let any page a signed-in person opens act as them.
 */
function readCorsOrigins(env: Env): string[] {
  const raw = readOptional(env, 'CORS_ORIGINS');
  if (!raw) return [];
  return raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
        throw new ConfigError(
          `CORS_ORIGINS: "${origin}" is not an origin; list exact origins such as https://app.example.com (no "*", no path).`,
        );
      }
      return origin;
    });
}

function readRedisUrl(env: Env): string | undefined {
  const raw = readOptional(env, 'RATE_LIMIT_REDIS_URL');
  if (raw !== undefined && !/^rediss?:\/\/\S+$/.test(raw))
    throw new ConfigError(`RATE_LIMIT_REDIS_URL must be a redis:// or rediss:// URL, got "${raw}".`);
  return raw;
}
