import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signViewer, VIEWER_HEADER, type Viewer } from '#kit/viewer.ts';

export interface ViewerContext {
  viewer: Viewer;
}

export interface SignedViewerOptions {
  signingKey: string;
  /** The request's one viewer (useAuthentication's). */
  viewerOf: (request: Request) => Viewer;
}

/**
 * Puts the request's viewer in the GraphQL context, and signs it into the one header subgraphs
 * trust on every subgraph request, bound to that request's exact body. Whatever the client sent
 * under that header name is never forwarded: the gateway sets it.
 */
export function useSignedViewer({ signingKey, viewerOf }: SignedViewerOptions): GatewayPlugin<ViewerContext> {
  return {
    onContextBuilding({ context, extendContext }) {
      extendContext({ viewer: viewerOf(context.request) });
    },
    onFetch({ context, options, setOptions }) {
      const viewer = 'viewer' in context ? context.viewer : undefined;
      if (!viewer) return;
      const body = typeof options.body === 'string' || options.body instanceof Uint8Array ? options.body : '';
      const headers = new Headers(options.headers);
      headers.set(VIEWER_HEADER, signViewer(viewer, signingKey, body));
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
