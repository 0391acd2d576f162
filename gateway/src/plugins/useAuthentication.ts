import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import type { Viewer } from '#kit/viewer.ts';
import { AuthenticationError } from '../auth.ts';
import { errorResponse } from '../errorResponse.ts';
import { ANONYMOUS } from '../viewer.ts';

export interface AuthenticationOptions {
  /** Who is asking (see createViewerResolver); throws AuthenticationError for invalid credentials. */
  resolveViewer: (request: Request) => Promise<Viewer>;
  log: Logger;
}

/**
 * Resolves who is asking once per request, before any plugin that decides by it. Invalid
 * credentials get 401 with UNAUTHENTICATED, never anonymous treatment. Every later plugin, and the
 * signed viewer the subgraphs trust, read that one viewer through `viewerOf`.
 */
export function useAuthentication({ resolveViewer, log }: AuthenticationOptions): {
  plugin: GatewayPlugin;
  viewerOf: (request: Request) => Viewer;
} {
  const viewers = new WeakMap<Request, Viewer>();
  return {
    // A request refused before it was authenticated (CSRF, size) never reaches a plugin that asks.
    viewerOf: (request) => viewers.get(request) ?? ANONYMOUS,
    plugin: {
      async onRequest({ request, endResponse, fetchAPI }) {
        try {
          viewers.set(request, await resolveViewer(request));
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
