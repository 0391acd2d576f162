import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import type { Viewer } from '#kit/viewer.ts';
import { clientAddress } from '../clientAddress.ts';
import { isAnonymous, rateLimitKey } from '../roles.ts';
import { errorResponse } from '../errorResponse.ts';
import type { RateLimitStore } from '../rateLimitStore.ts';

export interface RateLimitOptions {
  perMinute: number;
  store: RateLimitStore;
  /** Proxies whose X-Forwarded-For is believed (exact addresses); everyone else is who the socket says. */
  trustedProxies: readonly string[];
  viewerOf: (request: Request) => Viewer;
  log: Logger;
}

/**
 * A token bucket per caller (see rateLimitKey in roles.ts), refilled continuously to `perMinute`. Over the
 * limit: 429 RATE_LIMITED with Retry-After. With the Redis store, all gateway replicas share the
 * buckets and behave as one; the memory store counts per replica.
 */
export function useRateLimit({ perMinute, store, trustedProxies, viewerOf, log }: RateLimitOptions): GatewayPlugin {
  let storeDown = false;
  return {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (url.pathname !== '/graphql') return;
      const viewer = viewerOf(request);
      const key = rateLimitKey(viewer, clientAddress(request, serverContext, trustedProxies));
      let taken;
      try {
        taken = await store.take(key, perMinute, Date.now());
        storeDown = false;
      } catch (error) {
        // The shared store is unreachable: serve rather than refuse everyone, and say so once.
        if (!storeDown) log.error('rate-limit store unavailable; requests are not rate limited until it answers', error);
        storeDown = true;
        return;
      }
      const { allowed, retryAfterSeconds } = taken;
      if (allowed) return;
      endResponse(
        errorResponse(
          fetchAPI.Response,
          429,
          `Too many requests from ${isAnonymous(viewer) ? 'this address' : (viewer.subject ?? viewer.clientId)}; retry in ${retryAfterSeconds} s.`,
          { code: ErrorCode.RATE_LIMITED },
          { 'retry-after': String(retryAfterSeconds) },
        ),
      );
    },
  };
}
