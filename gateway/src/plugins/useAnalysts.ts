import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ValidationRule } from 'graphql';
import { ErrorCode } from '#kit/errors.ts';
import type { Viewer } from '#kit/viewer.ts';
import { isAnalystOnly, isAnonymous, mayExplore } from '../roles.ts';

export interface AnalystsOptions {
  /** The request's one viewer. */
  viewerOf: (request: Request) => Viewer;
}

const DEFAULT_QUERY = `# Living Profile: personal values are masked unless your token has the personal-data:read scope.
# Analysts read only; every read of personal data is recorded in the access audit.
{
  profiles(first: 10) {
    profiles {
      id
      country
      age
      consents { purpose channel status }
      preferences { language }
    }
  }
}
`;

/**
 * Serves GraphiQL at `/graphiql` to analysts (and admins), with every asset inside the page (no
 * CDN: it works offline and a Content-Security-Policy forbids any other origin), and keeps analysts
 * read-only at the edge: a mutation from an analyst is FORBIDDEN before it reaches a subgraph
 * (each subgraph refuses it too). Authentication comes with the request, as for /graphql: an
 * identity-aware proxy in front adds the analyst's `Authorization` header to the page and its calls.
 */
export function useAnalysts({ viewerOf }: AnalystsOptions): GatewayPlugin {
  let page: string | undefined;
  const readOnly: ValidationRule = (context) => ({
    OperationDefinition(node) {
      if (node.operation !== 'query') {
        context.reportError(
          new GraphQLError(`Analysts have read-only access: ${node.operation}s are refused.`, {
            nodes: [node],
            extensions: { code: ErrorCode.FORBIDDEN },
          }),
        );
      }
    },
  });
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphiql') return;
      const viewer = viewerOf(request);
      if (!mayExplore(viewer)) {
        const anonymous = isAnonymous(viewer);
        endResponse(
          new fetchAPI.Response(
            anonymous
              ? 'GraphiQL is for analysts: sign in (send your analyst token as "Authorization: Bearer …").'
              : 'GraphiQL is for analysts; your role may not explore the schema.',
            {
              status: anonymous ? 401 : 403,
              headers: { 'content-type': 'text/plain; charset=utf-8', ...(anonymous ? { 'www-authenticate': 'Bearer' } : {}) },
            },
          ),
        );
        return;
      }
      page ??= renderGraphiQL({ title: 'Living Profile · GraphiQL', endpoint: '/graphql', method: 'POST', defaultQuery: DEFAULT_QUERY });
      endResponse(
        new fetchAPI.Response(page, {
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'cache-control': 'private, no-store',
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
          },
        }),
      );
    },
    onValidate({ addValidationRule, context }) {
      const request = context.request;
      if (request && isAnalystOnly(viewerOf(request))) addValidationRule(readOnly);
    },
  };
}

/** Everything from this origin or inline; workers from blob: URLs the page makes itself; nothing else. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');
