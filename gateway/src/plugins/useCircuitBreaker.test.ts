import { describe, expect, it } from 'vitest';
import { createLogger } from '#kit/log.ts';
import { useCircuitBreaker } from './useCircuitBreaker.ts';

type Fetch = (url: string) => Promise<Response>;

/** Runs one subgraph request through the plugin's onFetch hook, as the Hive runtime does. */
function harness(threshold: number, coolDownMs: number) {
  let clock = 0;
  const plugin = useCircuitBreaker({ threshold, coolDownMs, log: createLogger('test', { quiet: true }), now: () => clock });
  let upstreamCalls = 0;
  const request = async (url: string, upstream: () => Promise<Response>, subgraphName: string | null = 'identity') => {
    let fetchFn: Fetch = async () => {
      upstreamCalls += 1;
      return upstream();
    };
    (plugin.onFetch as (payload: unknown) => void)({
      url,
      executionRequest: subgraphName ? { subgraphName } : undefined,
      fetchFn,
      setFetchFn: (replacement: Fetch) => {
        fetchFn = replacement;
      },
    });
    return fetchFn(url);
  };
  return {
    request,
    advance: (ms: number) => (clock += ms),
    upstreamCalls: () => upstreamCalls,
  };
}

const down = async (): Promise<Response> => {
  throw new TypeError('fetch failed');
};
const broken = async () => new Response('oops', { status: 503 });
const healthy = async () => Response.json({ data: {} });

const timedOut = async (): Promise<Response> => {
  throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
};
const refused = async () => Response.json({ errors: [{ message: 'bad input' }] }, { status: 400 });

describe('useCircuitBreaker', () => {
  it('does not count what callers cause or the gateway’s own timeouts: a burst of slow writes opens no circuit', async () => {
    const h = harness(2, 1_000);
    for (let i = 0; i < 5; i += 1) await expect(h.request('http://a:1/graphql', timedOut, 'identity')).rejects.toThrow(/timeout/);
    for (let i = 0; i < 5; i += 1) expect((await h.request('http://a:1/graphql', refused, 'identity')).status).toBe(400);
    expect((await h.request('http://a:1/graphql', healthy, 'identity')).status).toBe(200);
    expect(h.upstreamCalls()).toBe(11);
  });

  it('keeps one circuit per subgraph name, even when two subgraphs share a host', async () => {
    const h = harness(2, 1_000);
    for (let i = 0; i < 2; i += 1) await expect(h.request('http://shared:1/graphql', down, 'offer')).rejects.toThrow();
    await expect(h.request('http://shared:1/graphql', healthy, 'offer')).rejects.toThrow(/circuit open for offer/);
    expect((await h.request('http://shared:1/graphql', healthy, 'identity')).status).toBe(200);
  });

  it('stops calling a subgraph after `threshold` failures in a row, until the cool-down ends', async () => {
    const h = harness(3, 1_000);
    for (let i = 0; i < 3; i += 1) await expect(h.request('http://a:1/graphql', i % 2 ? broken : down)).rejects.toThrow();
    expect(h.upstreamCalls()).toBe(3);

    await expect(h.request('http://a:1/graphql', healthy)).rejects.toThrow(/circuit open/);
    expect(h.upstreamCalls()).toBe(3);

    h.advance(1_001);
    expect((await h.request('http://a:1/graphql', healthy)).status).toBe(200);
    expect(h.upstreamCalls()).toBe(4);
  });

  it('reopens after one failure past the cool-down, and a success resets the count', async () => {
    const h = harness(2, 1_000);
    await expect(h.request('http://a:1/graphql', down)).rejects.toThrow();
    expect((await h.request('http://a:1/graphql', healthy)).status).toBe(200);
    await expect(h.request('http://a:1/graphql', down)).rejects.toThrow();
    expect((await h.request('http://a:1/graphql', healthy)).status).toBe(200); // never two in a row: still closed

    await expect(h.request('http://a:1/graphql', down)).rejects.toThrow();
    await expect(h.request('http://a:1/graphql', down)).rejects.toThrow();
    h.advance(1_001);
    await expect(h.request('http://a:1/graphql', down)).rejects.toThrow(/fetch failed/);
    await expect(h.request('http://a:1/graphql', healthy)).rejects.toThrow(/circuit open/);
  });

  it('keeps one circuit per subgraph', async () => {
    const h = harness(1, 1_000);
    await expect(h.request('http://a:1/graphql', down, 'identity')).rejects.toThrow();
    await expect(h.request('http://a:1/graphql', healthy, 'identity')).rejects.toThrow(/circuit open/);
    expect((await h.request('http://b:2/graphql', healthy, 'offer')).status).toBe(200);
  });

  it('shares a subgraph’s circuit between its replicas, and never breaks a fetch that is no subgraph’s', async () => {
    const h = harness(2, 1_000);
    await expect(h.request('http://replica-1:1/graphql', down, 'offer')).rejects.toThrow();
    await expect(h.request('http://replica-2:1/graphql', down, 'offer')).rejects.toThrow();
    await expect(h.request('http://replica-1:1/graphql', healthy, 'offer')).rejects.toThrow(/circuit open for offer/);
    for (let i = 0; i < 3; i += 1) await expect(h.request('http://keys.example/jwks', down, null)).rejects.toThrow(/fetch failed/);
    expect((await h.request('http://keys.example/jwks', healthy, null)).status).toBe(200);
  });
});
