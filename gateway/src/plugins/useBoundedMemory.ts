import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { parse, type ParseOptions, type Source } from 'graphql';
import type { Metric, Registry } from 'prom-client';
import type { Logger } from '#kit/log.ts';

export interface MemoryBounds {
  /** Documents longer than this (characters) are parsed without token locations. */
  compactParseAbove: number;
  /** Series one metric may hold before it is reset. */
  maxSeriesPerMetric: number;
}

/**
 * What callers can make the gateway keep, bounded. Measured with a heap snapshot after 1,500
 * distinct ~1,900-token operations (RSS 275 → 657 MB): the runtime's parse cache (1,024
 * documents, with their validation results and query plans, by entry count, not size) held
 * 370,000 tokens and 450,000 locations, and Prometheus held a series per operation name ever
 * seen, which grows without end under a fuzzer.
 * - Large documents are parsed without token locations, so a cached one costs about half as much
 *   (their errors then name no line and column; the message says what is wrong).
 * - A metric past `maxSeriesPerMetric` series is reset, and the reset logged: operation names are
 *   chosen by callers, so their number is too.
 */
export function useBoundedMemory(bounds: MemoryBounds, registry: Registry, log: Logger): GatewayPlugin {
  let checking = false;
  const sweep = setInterval(() => {
    if (checking) return;
    checking = true;
    void (async () => {
      // prom-client types these as plain descriptions; they are the metric instances themselves.
      for (const metric of registry.getMetricsAsArray() as unknown as Metric[]) {
        const { values } = await metric.get();
        if (values.length > bounds.maxSeriesPerMetric) {
          metric.reset();
          log.warn('metric reset: more series than allowed (operation names are chosen by callers)', {
            metric: (metric as unknown as { name: string }).name,
            series: values.length,
            max: bounds.maxSeriesPerMetric,
          });
        }
      }
    })().finally(() => (checking = false));
  }, 10_000);
  sweep.unref();
  return {
    onParse({ params, setParseFn }) {
      const source = params.source as string | Source;
      const length = typeof source === 'string' ? source.length : source.body.length;
      if (length > bounds.compactParseAbove) {
        setParseFn((document: string | Source, options?: ParseOptions) => parse(document, { ...options, noLocation: true }));
      }
    },
    onDispose() {
      clearInterval(sweep);
    },
  };
}
