import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import useMeshPrometheus from '@graphql-mesh/plugin-prometheus';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { Registry } from 'prom-client';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Logger } from '#kit/log.ts';
import { ROLES, type Role, type Viewer } from '#kit/viewer.ts';
import { isThirdParty, type RegisteredPurpose } from '#kit/disclosure.ts';
import type { GatewayConfig } from './config.ts';
import { maskError } from './maskError.ts';
import { createAuthenticator } from './auth.ts';
import { useAccessAudit } from './plugins/useAccessAudit.ts';
import { useAnalysts } from './plugins/useAnalysts.ts';
import { useCircuitBreaker } from './plugins/useCircuitBreaker.ts';
import { usePersistedOperations } from './plugins/usePersistedOperations.ts';
import { loadRegisteredPurposes, loadTrustedDocuments } from './persistedOperations.ts';
import { mayExplore, useProtection } from './plugins/useProtection.ts';
import { useBoundedMemory } from './plugins/useBoundedMemory.ts';
import { useCsrfPrevention } from './plugins/useCsrfPrevention.ts';
import { useMetricsAccess } from './plugins/useMetricsAccess.ts';
import { useRateLimit } from './plugins/useRateLimit.ts';
import { useSkippedRoot } from './plugins/useSkippedRoot.ts';
import { memoryRateLimitStore, redisRateLimitStore } from './rateLimitStore.ts';
import { useRequestLimits } from './plugins/useRequestLimits.ts';
import { useAuthentication } from './plugins/useAuthentication.ts';
import { usePortal } from './plugins/usePortal.ts';
import { useReadiness } from './plugins/useReadiness.ts';
import { useRequestLog } from './plugins/useRequestLog.ts';
import { useSignedViewer } from './plugins/useSignedViewer.ts';
import { loadSupergraph, watchSupergraph, type SubgraphLocation } from './supergraph.ts';
import { runtimeLogger } from './runtimeLog.ts';
import { startTracing } from './tracing.ts';

export interface Gateway {
  runtime: GatewayRuntime;
  subgraphs(): SubgraphLocation[];
  close(): Promise<void>;
}

const ANONYMOUS: Viewer = { subject: null, roles: [], scopes: [], clientId: 'anonymous', channel: 'unknown' };

/**
 * Who is asking: the caller verified by useAuthentication (bearer token or API key). A request
 * without credentials is anonymous, or in development acts as the development viewer, which may be
 * narrowed per request with `x-dev-viewer-role` and `x-dev-viewer-subject`. The Global Privacy
 * Control signal travels signed.
 */
function resolveViewer(
  request: Request,
  verified: Viewer,
  devViewer: Viewer | undefined,
  registeredPurposes: ReadonlyMap<string, RegisteredPurpose[]>,
): Viewer {
  const gpc = request.headers.get('sec-gpc')?.trim() === '1';
  let viewer = verified;
  if (devViewer && verified === devViewer) {
    const role = request.headers.get('x-dev-viewer-role');
    const subject = request.headers.get('x-dev-viewer-subject');
    if (role && (ROLES as readonly string[]).includes(role)) viewer = { ...viewer, roles: [role as Role] };
    if (subject) viewer = { ...viewer, subject };
    if (role === 'customer') viewer = { ...viewer, clientId: 'development-web', channel: 'web' };
  }
  // A partner reads for what it is registered for, and nothing else (none registered: nothing).
  if (isThirdParty(viewer)) viewer = { ...viewer, purposes: registeredPurposes.get(viewer.clientId) ?? [] };
  return gpc ? { ...viewer, gpc: true } : viewer;
}

const LOOPBACK_HOST = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?$/i;
const addressedToLoopback = (request: Request) => LOOPBACK_HOST.test(request.headers.get('host') ?? '');

function corsFor(origins: string[]) {
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false as const;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-living-profile-csrf', 'x-request-id', 'x-purpose', 'sec-gpc'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    };
  };
}

/**
 * The gateway as a fetch-style handler (`runtime`), not yet listening: Hive Gateway runtime with
 * the Rust query planner, the supergraph from a file (hot-reloaded), and our plugins.
 */
export function createGateway(config: GatewayConfig, log: Logger): Gateway {
  let supergraph = loadSupergraph(config.supergraphPath);
  const locate = (): SubgraphLocation[] => supergraph.subgraphs.map(({ name, url }) => ({ name, url: config.subgraphUrls[name] ?? url }));

  const devViewer: Viewer | undefined = config.devViewerRole && {
    subject: null,
    roles: [config.devViewerRole],
    scopes: [],
    clientId: 'development',
    channel: 'development',
  };
  const signingKey = config.signingKeys[0]!;
  const trusted = loadTrustedDocuments(config.persistedOperationsDir);
  const registeredPurposes = loadRegisteredPurposes(config.persistedOperationsDir, trusted.keys());
  const tracing = startTracing(config.tracing);
  // The development viewer is for the developer's own machine: a request addressed to another
  // host name (a page that rebinds its DNS name to 127.0.0.1, say) stays anonymous.
  const fallback = (request: Request): Viewer => (devViewer && addressedToLoopback(request) ? devViewer : ANONYMOUS);
  const authentication = useAuthentication({ authenticate: createAuthenticator(config.auth), fallback, log });

  const rateLimitStore = config.rateLimitRedisUrl ? redisRateLimitStore(config.rateLimitRedisUrl) : memoryRateLimitStore();

  const metricsRegistry = new Registry();

  const runtime: GatewayRuntime = createGatewayRuntime({
    supergraph: () => supergraph.sdl,
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }])),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    // Hive's own check only covers the supergraph; ours (useReadiness) also asks every subgraph.
    readinessCheckEndpoint: '/_hive/readiness',
    landingPage: false,
    graphiql: false,
    upstreamTimeout: config.subgraphTimeoutMs,
    // Only queries are retried: a mutation might have been applied before the connection broke.
    upstreamRetry: ({ executionRequest }) => (executionRequest.operationType === 'query' ? { maxRetries: 2, retryDelay: 100 } : undefined),
    batching: false,
    // CSRF prevention is our own plugin (useCsrfPrevention), so that its refusal carries a code.
    // Only the configured origins get CORS headers; every other page gets none, so a browser
    // keeps it from reading responses or sending credentialed JSON (see readCorsOrigins).
    cors: corsFor(config.corsOrigins),
    disableIntrospection: { disableIf: ({ context }) => !mayExplore(authentication.viewerOf((context as { request: Request }).request)) },
    // Unexpected errors become a generic message; details go to the log, never to the client.
    maskedErrors: { maskError, isDev: false },
    logging: runtimeLogger(log, config.environment === 'test' ? 'warn' : 'info'),
    plugins: (context) => [
      useMetricsAccess({ token: config.metricsToken, environment: config.environment }),
      ...(tracing ? [useOpenTelemetry({ ...context, traces: true })] : []),
      // Prometheus at /metrics: HTTP requests, operations (duration, errors) by operation name and
      // type, subgraph requests by subgraph; never labelled with variables or personal data.
      useBoundedMemory(config.memoryBounds, metricsRegistry, log),
      useMeshPrometheus({
        ...context,
        endpoint: '/metrics',
        registry: metricsRegistry,
        metrics: {
          graphql_yoga_http_duration: true,
          graphql_envelop_request_duration: true,
          graphql_envelop_request: true,
          graphql_envelop_error_result: true,
          graphql_envelop_phase_parse: true,
          graphql_envelop_phase_validate: true,
          graphql_gateway_subgraph_execute_duration: true,
          graphql_gateway_subgraph_execute_errors: true,
          graphql_gateway_fetch_duration: true,
        },
        labels: { subgraphName: true, fetchRequestHeaders: false, fetchResponseHeaders: false },
      }),
      usePortal(config.portal),
      useCsrfPrevention(),
      useRequestLimits(config.requestLimits),
      authentication.plugin,
      useRequestLog({ log, viewerOf: authentication.viewerOf }),
      useRateLimit({
        perMinute: config.rateLimitPerMinute,
        store: rateLimitStore,
        trustedProxies: config.trustedProxies,
        viewerOf: authentication.viewerOf,
        log,
      }),
      usePersistedOperations({ trusted, viewerOf: authentication.viewerOf }),
      ...useProtection(config.limits, authentication.viewerOf),
      useAnalysts({ viewerOf: authentication.viewerOf }),
      useSkippedRoot(),
      useCircuitBreaker({ ...config.circuitBreaker, log }),
      useSignedViewer({
        signingKey,
        resolveViewer: (request) => resolveViewer(request, authentication.viewerOf(request), devViewer, registeredPurposes),
      }),
      useAccessAudit({ privacyUrl: () => locate().find((s) => s.name === 'privacy')?.url, signingKey, log }),
      useReadiness({
        supergraphLoaded: async (): Promise<boolean> => {
          try {
            return Boolean(await runtime.getSchema());
          } catch {
            return false;
          }
        },
        subgraphs: locate,
      }),
    ],
  });

  const watcher = watchSupergraph(config.supergraphPath, log, (next) => {
    supergraph = next;
    runtime.invalidateUnifiedGraph();
  });

  return {
    runtime,
    subgraphs: locate,
    async close() {
      watcher.close();
      await runtime.dispose();
      await rateLimitStore.close();
    },
  };
}
