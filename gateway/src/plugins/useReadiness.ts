import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { SubgraphLocation } from '../supergraph.ts';

/**
 * `GET /readiness`: ready only when the supergraph is loaded and every subgraph answers its own
 * readiness check (which includes its database). Load balancers route by this; `/healthcheck`
 * only says the process is alive.
 */
export function useReadiness({
  path = '/readiness',
  supergraphLoaded,
  subgraphs,
  timeoutMs = 2_000,
}: {
  path?: string;
  supergraphLoaded: () => Promise<boolean>;
  subgraphs: () => SubgraphLocation[];
  timeoutMs?: number;
}): GatewayPlugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const loaded = await supergraphLoaded();
      const checks = await Promise.all(
        subgraphs().map(async ({ name, url: subgraphUrl }) => {
          try {
            const response = await fetchAPI.fetch(new URL('/readiness', subgraphUrl), { signal: AbortSignal.timeout(timeoutMs) });
            return [name, response.ok ? 'ready' : `not ready (HTTP ${response.status})`] as const;
          } catch {
            return [name, 'unreachable'] as const;
          }
        }),
      );
      const ready = loaded && checks.every(([, state]) => state === 'ready');
      endResponse(
        fetchAPI.Response.json(
          { status: ready ? 'ready' : 'not ready', supergraph: loaded ? 'loaded' : 'not loaded', subgraphs: Object.fromEntries(checks) },
          { status: ready ? 200 : 503 },
        ),
      );
    },
  };
}
