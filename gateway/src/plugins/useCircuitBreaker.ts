import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '#kit/log.ts';
import { nameOf } from '#kit/guards.ts';

export interface CircuitBreakerOptions {
  /** Faults in a row that open the circuit. */
  threshold: number;
  coolDownMs: number;
  log: Logger;
  now?: () => number;
}

/**
 * A circuit breaker per subgraph (by name): after `threshold` faults in a row, requests to it fail
 * at once (SUBGRAPH_UNAVAILABLE for its fields) for `coolDownMs`; then requests try it again, and a
 * single further fault opens the circuit again (one success closes it).
 * The rest of the graph keeps answering, and a struggling subgraph gets room to recover.
 *
 * A fault is the subgraph's: it could not be reached, or it answered 5xx. What a caller caused (a
 * 4xx, a GraphQL error in a 200) and the gateway's own timeout giving up on a busy subgraph are
 * not: otherwise one customer's burst of slow writes would open the circuit for every customer.
 */
export function useCircuitBreaker({ threshold, coolDownMs, log, now = Date.now }: CircuitBreakerOptions): GatewayPlugin {
  const circuits = new Map<string, { failures: number; openUntil: number }>();
  return {
    onFetch({ executionRequest, setFetchFn, fetchFn }) {
      // Only subgraph requests, by subgraph name (replicas behind one name share its circuit);
      // anything else the runtime fetches (a JWKS, say) is not a subgraph's to break.
      const subgraph = executionRequest?.subgraphName;
      if (!subgraph) return undefined;
      const circuit = circuits.get(subgraph) ?? { failures: 0, openUntil: 0 };
      circuits.set(subgraph, circuit);
      if (circuit.openUntil > now()) {
        setFetchFn(async () => {
          throw new Error(`circuit open for ${subgraph}`);
        });
        return undefined;
      }
      const fault = () => {
        circuit.failures += 1;
        if (circuit.failures >= threshold) {
          circuit.openUntil = now() + coolDownMs;
          log.warn('circuit opened for a failing subgraph', { subgraph, failures: circuit.failures, coolDownMs });
        }
      };
      setFetchFn(async (...args: Parameters<typeof fetchFn>) => {
        let response: Response;
        try {
          response = await fetchFn(...args);
        } catch (error) {
          const name = nameOf(error);
          if (name !== 'AbortError' && name !== 'TimeoutError') fault();
          throw error;
        }
        if (response.status >= 500) {
          fault();
          throw new Error(`HTTP ${response.status}`);
        }
        circuit.failures = 0;
        return response;
      });
      return undefined;
    },
  };
}
