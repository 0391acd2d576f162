import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '#kit/log.ts';

/**
 * A circuit breaker per subgraph: after `threshold` failed requests in a row, requests to it fail
 * at once (SUBGRAPH_UNAVAILABLE for its fields) for `coolDownMs`; then requests try it again, and a
 * single further failure opens the circuit again (one success closes it).
 * The rest of the graph keeps answering, and a struggling subgraph gets room to recover.
 */
export function useCircuitBreaker({
  threshold,
  coolDownMs,
  log,
  now = Date.now,
}: {
  threshold: number;
  coolDownMs: number;
  log: Logger;
  now?: () => number;
}): GatewayPlugin {
  const circuits = new Map<string, { failures: number; openUntil: number }>();
  return {
    onFetch({ url, setFetchFn, fetchFn }) {
      const origin = new URL(url).origin;
      const circuit = circuits.get(origin) ?? { failures: 0, openUntil: 0 };
      circuits.set(origin, circuit);
      if (circuit.openUntil > now()) {
        setFetchFn(async () => {
          throw new Error(`circuit open for ${origin}`);
        });
        return undefined;
      }
      setFetchFn(async (...args: Parameters<typeof fetchFn>) => {
        try {
          const response = await fetchFn(...args);
          if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
          circuit.failures = 0;
          return response;
        } catch (error) {
          circuit.failures += 1;
          if (circuit.failures >= threshold) {
            circuit.openUntil = now() + coolDownMs;
            log.warn('circuit opened for a failing subgraph', { origin, failures: circuit.failures, coolDownMs });
          }
          throw error;
        }
      });
      return undefined;
    },
  };
}
