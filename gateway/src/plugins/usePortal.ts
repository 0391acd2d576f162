import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { PortalConfig } from '../config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The policy every portal response carries: scripts, styles, fonts and images from this origin
 * only (nothing inline, no CDN), calls to this gateway and to the identity provider's origin
 * only, never framed.
 */
function portalContentSecurityPolicy(identityProvider: string | undefined): string {
  const provider = identityProvider ? ` ${new URL(identityProvider).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${provider}`,
    "manifest-src 'self'",
    `form-action 'self'${provider}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * Serves the customer portal at /portal/ (and sends / there): the built app's files, its
 * configuration (which identity provider to sign in with) at /portal/config.json, and the app's
 * page for every other path under /portal/ so that its own routes work on reload. The portal is a
 * first-party client of /graphql like any other: it gets no other way in.
 */
export function usePortal(config: PortalConfig): GatewayPlugin {
  const headers = {
    'content-security-policy': portalContentSecurityPolicy(config.oidc?.issuer),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  const settings = JSON.stringify({ oidc: config.oidc ?? null, graphql: '/graphql' });
  const root = normalize(config.dir);

  // The built portal does not change while the gateway runs (npm start builds it before): each
  // file is read from disk once, then answered from memory.
  const files = new Map<string, { body: Uint8Array<ArrayBuffer>; type: string }>();
  const file = async (path: string) => {
    const full = normalize(join(root, path));
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    const known = files.get(full);
    if (known) return known;
    try {
      if (!(await stat(full)).isFile()) return undefined;
      const found = { body: await readFile(full), type: TYPES[extname(full)] ?? 'application/octet-stream' };
      files.set(full, found);
      return found;
    } catch {
      return undefined;
    }
  };

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname;
      if (path !== '/' && path !== '/portal' && !path.startsWith('/portal/')) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('The portal only answers GET.', { status: 405, headers: { allow: 'GET, HEAD', ...headers } }));
        return;
      }
      if (path === '/' || path === '/portal') {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: `/portal/${url.search}`, ...headers } }));
        return;
      }
      if (path === '/portal/config.json') {
        endResponse(
          new fetchAPI.Response(settings, { headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } }),
        );
        return;
      }
      const relative = decodeURIComponentSafe(path.slice('/portal/'.length));
      // Built assets carry a content hash in their name: they never change under it.
      const asset = relative && relative !== 'index.html' ? await file(relative) : undefined;
      if (asset) {
        const immutable = relative.startsWith('assets/');
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
            headers: {
              'content-type': asset.type,
              'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
              ...headers,
            },
          }),
        );
        return;
      }
      if (relative.startsWith('assets/') || /\.[a-z0-9]+$/i.test(relative)) {
        endResponse(
          new fetchAPI.Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } }),
        );
        return;
      }
      const page = await file('index.html');
      endResponse(
        page
          ? new fetchAPI.Response(request.method === 'HEAD' ? null : page.body, {
              headers: { 'content-type': page.type, 'cache-control': 'no-cache', ...headers },
            })
          : new fetchAPI.Response('The customer portal is not built here: run `npm run build:portal` (npm start builds it).', {
              status: 503,
              headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
            }),
      );
    },
  };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
