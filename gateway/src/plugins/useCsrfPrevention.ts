import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode } from '#kit/errors.ts';
import { errorResponse } from '../errorResponse.ts';

const CSRF_HEADERS = ['x-living-profile-csrf', 'apollo-require-preflight'] as const;

/** Content types a page on another site cannot send without the browser asking us first (CORS preflight). */
const PREFLIGHTED = /^application\/(graphql-response\+)?json\b/i;

/**
 * A request a browser would send from any site without asking (a GET, a form post, text/plain)
 * must carry one of CSRF_HEADERS, which such a page cannot set; JSON posts are safe because the
 * browser asks first and only configured origins are told yes. Refused with 403
 * CSRF_HEADER_REQUIRED, before anything reads the request.
 */
export function useCsrfPrevention(): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      if (CSRF_HEADERS.some((header) => request.headers.has(header))) return;
      if (request.method === 'POST' && PREFLIGHTED.test(request.headers.get('content-type') ?? '')) return;
      endResponse(
        errorResponse(fetchAPI.Response, 403, `Send this request as application/json, or with the ${CSRF_HEADERS[0]} header (any value).`, {
          code: ErrorCode.CSRF_HEADER_REQUIRED,
        }),
      );
    },
  };
}
