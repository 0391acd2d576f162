import { Counter, Registry } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '#kit/log.ts';
import { useBoundedMemory } from './useBoundedMemory.ts';

const plugin = (registry = new Registry()) =>
  useBoundedMemory({ maxSeriesPerMetric: 50 }, registry, createLogger('test', { quiet: true })) as { onDispose(): void };

describe('useBoundedMemory', () => {
  it('resets a metric once callers have made it hold more series than allowed', async () => {
    vi.useFakeTimers();
    try {
      const registry = new Registry();
      const counter = new Counter({ name: 'probe_total', help: 'probe', labelNames: ['operationName'], registers: [registry] });
      const bounded = plugin(registry);
      for (let i = 0; i < 60; i += 1) counter.inc({ operationName: `Fuzz${i}` });
      expect((await counter.get()).values).toHaveLength(60);
      await vi.advanceTimersByTimeAsync(10_000);
      expect((await counter.get()).values.length).toBeLessThanOrEqual(1);
      bounded.onDispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
