import { randomUUID } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { acceptableRequestId, REQUEST_ID_HEADER, type Logger } from '#kit/log.ts';
import type { Viewer } from '#kit/viewer.ts';

interface Entry {
  id: string;
  startedAt: number;
  operationName?: string;
}

/**
 * One log line per GraphQL request: request id, client, roles, operation name, status and
 * duration, never variables or results. The request id is answered in `x-request-id` and sent to
 * every subgraph, so one id follows a request through the gateway and the subgraphs' logs.
 */
export function useRequestLog({ log, viewerOf }: { log: Logger; viewerOf: (request: Request) => Viewer }): GatewayPlugin {
  const entries = new WeakMap<Request, Entry>();
  return {
    onRequest({ request, url }) {
      if (url.pathname !== '/graphql') return;
      // A caller's own request id is kept when it looks like one; anything else is replaced.
      const id = acceptableRequestId(request.headers.get(REQUEST_ID_HEADER)) ?? randomUUID();
      entries.set(request, { id, startedAt: performance.now() });
    },
    onParams({ request, params }) {
      const entry = entries.get(request);
      if (entry && typeof params.operationName === 'string') entry.operationName = params.operationName.slice(0, 100);
    },
    onFetch({ context, options, setOptions }) {
      const request = context && 'request' in context ? context.request : undefined;
      const entry = request && entries.get(request);
      if (!entry) return;
      const headers = new Headers(options.headers);
      headers.set(REQUEST_ID_HEADER, entry.id);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
    onResponse({ request, response }) {
      const entry = entries.get(request);
      if (!entry) return;
      response.headers.set(REQUEST_ID_HEADER, entry.id);
      const viewer = viewerOf(request);
      log.info('graphql request', {
        requestId: entry.id,
        client: viewer.clientId,
        roles: viewer.roles,
        operationName: entry.operationName ?? null,
        status: response.status,
        durationMs: Math.round((performance.now() - entry.startedAt) * 10) / 10,
      });
    },
  };
}
