import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signViewer, VIEWER_HEADER, type Viewer } from '#kit/viewer.ts';

export interface ViewerContext {
  viewer: Viewer;
  signedViewer: string;
}

/**
 * Resolves who is asking once per request and signs it into the one header subgraphs trust.
 * Whatever the client sent under that header name is never forwarded: the gateway sets it.
 */
export function useSignedViewer({
  signingKey,
  resolveViewer,
}: {
  signingKey: string;
  resolveViewer: (request: Request) => Viewer;
}): GatewayPlugin<ViewerContext> {
  return {
    onContextBuilding({ context, extendContext }) {
      const viewer = resolveViewer(context.request);
      extendContext({ viewer, signedViewer: signViewer(viewer, signingKey) });
    },
    onFetch({ context, options, setOptions }) {
      const signed = 'signedViewer' in context ? context.signedViewer : undefined;
      if (!signed) return;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set(VIEWER_HEADER, signed);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
