import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import type { Viewer } from '#kit/viewer.ts';
import { AuthenticationError } from '../auth.ts';
import { errorResponse } from '../errorResponse.ts';

/**
 * Verifies the caller once per request, before anything else. Invalid credentials get 401 with
 * UNAUTHENTICATED; no credentials leave the request anonymous (or, in development only, the
 * development viewer). The result is read by useSignedViewer through `viewerOf`.
 */
export function useAuthentication({
  authenticate,
  fallback,
  log,
}: {
  authenticate: (request: Request) => Promise<Viewer | null>;
  /** Who a request without credentials is. */
  fallback: (request: Request) => Viewer;
  log: Logger;
}): { plugin: GatewayPlugin; viewerOf: (request: Request) => Viewer } {
  const viewers = new WeakMap<Request, Viewer>();
  return {
    viewerOf: (request) => viewers.get(request) ?? fallback(request),
    plugin: {
      async onRequest({ request, endResponse, fetchAPI }) {
        try {
          const viewer = await authenticate(request);
          viewers.set(request, viewer ?? fallback(request));
        } catch (error) {
          if (!(error instanceof AuthenticationError)) throw error;
          log.warn('rejected credentials', { reason: error.message });
          endResponse(
            errorResponse(
              fetchAPI.Response,
              401,
              error.message,
              { code: ErrorCode.UNAUTHENTICATED },
              { 'www-authenticate': 'Bearer error="invalid_token"' },
            ),
          );
        }
      },
    },
  };
}
