import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Registry } from 'prom-client';
import type { Logger } from '#kit/log.ts';

export interface MemoryBounds {
  /** Series one metric may hold before it is reset. */
  maxSeriesPerMetric: number;
}

/**
 * Keeps what callers can make the gateway hold bounded. Heap snapshots after thousands of distinct
 * fuzzed operations showed two things callers fill: the runtime's parse cache (an LRU of 1,024
 * documents with their validation results and query plans: bounded by count, and each document
 * by the token limit) and Prometheus, which keeps a series per operation name ever seen (21,004
 * in one counter after 4,000 distinct names): that one grows without end. A metric past
 * `maxSeriesPerMetric` series is therefore reset, and the reset logged: operation names are chosen
 * by callers, so their number is too. The rest of the RSS growth seen under a fuzzer is V8 sizing
 * its heap lazily on a large machine, not retention (README, "Running in production").
 */
export function useBoundedMemory(bounds: MemoryBounds, registry: Registry, log: Logger): GatewayPlugin {
  let checking = false;
  const sweep = setInterval(() => {
    if (checking) return;
    checking = true;
    void (async () => {
      for (const { name } of registry.getMetricsAsArray()) {
        const metric = registry.getSingleMetric(name);
        if (!metric) continue;
        const { values } = await metric.get();
        if (values.length > bounds.maxSeriesPerMetric) {
          metric.reset();
          log.warn('metric reset: more series than allowed (operation names are chosen by callers)', {
            metric: name,
            series: values.length,
            max: bounds.maxSeriesPerMetric,
          });
        }
      }
    })().finally(() => (checking = false));
  }, 10_000);
  sweep.unref();
  return {
    onDispose() {
      clearInterval(sweep);
    },
  };
}
