import { Counter, Registry } from 'prom-client';
import { parse, type DocumentNode } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '#kit/log.ts';
import { useBoundedMemory } from './useBoundedMemory.ts';

const plugin = (registry = new Registry()) =>
  useBoundedMemory({ compactParseAbove: 100, maxSeriesPerMetric: 50 }, registry, createLogger('test', { quiet: true })) as {
    onParse(payload: unknown): void;
    onDispose(): void;
  };

describe('useBoundedMemory', () => {
  it('parses a large document without token locations, a small one as usual', () => {
    const bounded = plugin();
    let parseFn: ((source: string) => DocumentNode) | undefined;
    const large = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    bounded.onParse({ params: { source: large }, setParseFn: (fn: typeof parseFn) => (parseFn = fn) });
    expect(parseFn!(large).loc).toBeUndefined();
    expect(parse(large).loc).toBeDefined();
    parseFn = undefined;
    bounded.onParse({ params: { source: '{ __typename }' }, setParseFn: (fn: typeof parseFn) => (parseFn = fn) });
    expect(parseFn).toBeUndefined();
    bounded.onDispose();
  });

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
