import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import useMeshPrometheus from '@graphql-mesh/plugin-prometheus';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { Registry } from 'prom-client';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Logger } from '#kit/log.ts';
import type { GatewayConfig } from './config.ts';
import { maskError } from './maskError.ts';
import { createAuthenticator } from './auth.ts';
import { useAccessAudit } from './plugins/useAccessAudit.ts';
import { useAnalysts } from './plugins/useAnalysts.ts';
import { useCircuitBreaker } from './plugins/useCircuitBreaker.ts';
import { usePersistedOperations } from './plugins/usePersistedOperations.ts';
import { loadRegisteredPurposes, loadTrustedDocuments } from './persistedOperations.ts';
import { useProtection } from './plugins/useProtection.ts';
import { useGlobalPrivacyControl } from './plugins/useGlobalPrivacyControl.ts';
import { mayExplore } from './roles.ts';
import { createViewerResolver } from './viewer.ts';
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

  const signingKey = config.signingKeys[0]!;
  const trusted = loadTrustedDocuments(config.persistedOperationsDir);
  const tracing = startTracing(config.tracing);
  const authentication = useAuthentication({
    resolveViewer: createViewerResolver({
      authenticate: createAuthenticator(config.auth),
      devViewerRole: config.devViewerRole,
      registeredPurposes: loadRegisteredPurposes(config.persistedOperationsDir, trusted.keys()),
    }),
    log,
  });
  const { viewerOf } = authentication;
  const subgraphUrl = (name: string) => locate().find((s) => s.name === name)?.url;

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
    disableIntrospection: { disableIf: ({ context }) => !mayExplore(viewerOf(context.request)) },
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
      useRequestLog({ log, viewerOf }),
      useRateLimit({
        perMinute: config.rateLimitPerMinute,
        store: rateLimitStore,
        trustedProxies: config.trustedProxies,
        viewerOf,
        log,
      }),
      usePersistedOperations({ trusted, viewerOf }),
      ...useProtection({ limits: config.limits, viewerOf }),
      useAnalysts({ viewerOf }),
      useGlobalPrivacyControl({ consentUrl: () => subgraphUrl('consent'), signingKey, viewerOf, log }),
      useSkippedRoot(),
      useCircuitBreaker({ ...config.circuitBreaker, log }),
      useSignedViewer({ signingKey, viewerOf }),
      useAccessAudit({ privacyUrl: () => subgraphUrl('privacy'), signingKey, viewerOf, log }),
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
