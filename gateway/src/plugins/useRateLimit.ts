import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode } from '#kit/errors.ts';
import type { Viewer } from '#kit/viewer.ts';

/**
 * Per-client rate limit: a token bucket per client id (anonymous callers share one per address),
 * refilled continuously to `perMinute`. Over the limit: 429 RATE_LIMITED with Retry-After.
 * Buckets live in this gateway replica; with several replicas, each enforces its share.
 */
export function useRateLimit({ perMinute, viewerOf }: { perMinute: number; viewerOf: (request: Request) => Viewer }): GatewayPlugin {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql') return;
      const viewer = viewerOf(request);
      const key = viewer.roles.length ? `client:${viewer.clientId}` : `anonymous:${request.headers.get('x-forwarded-for') ?? 'local'}`;
      const now = Date.now();
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
      bucket.at = now;
      if (bucket.tokens < 1) {
        buckets.set(key, bucket);
        const retryAfter = Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
        endResponse(
          fetchAPI.Response.json(
            {
              errors: [
                {
                  message: `Too many requests from ${viewer.roles.length ? viewer.clientId : 'this address'}; retry in ${retryAfter} s.`,
                  extensions: { code: ErrorCode.RATE_LIMITED },
                },
              ],
            },
            { status: 429, headers: { 'retry-after': String(retryAfter) } },
          ),
        );
        return;
      }
      bucket.tokens -= 1;
      buckets.set(key, bucket);
      if (buckets.size > MAX_BUCKETS) forgetFullBuckets(buckets, perMinute, refillPerMs, now);
    },
  };
}

/** Past this many clients, buckets that have refilled completely are dropped: they hold nothing. */
const MAX_BUCKETS = 10_000;

function forgetFullBuckets(buckets: Map<string, { tokens: number; at: number }>, perMinute: number, refillPerMs: number, now: number) {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + (now - bucket.at) * refillPerMs >= perMinute) buckets.delete(key);
  }
}
