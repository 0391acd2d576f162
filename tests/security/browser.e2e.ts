// Security regression: a web page someone opens cannot use their browser to read or change
// profiles. CORS used to reflect any Origin with credentials (and allow the CSRF header), so any
// page could drive a local development stack as its administrator.
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';

const APP = 'https://app.company.example';
// As `npm start` runs: requests without credentials act as the development administrator.
const lp = useStack({ devViewerRole: 'admin', env: { CORS_ORIGINS: APP } });

const QUERY = JSON.stringify({ query: '{ profiles(first: 1) { profiles { id } } }' });

describe('browsers', () => {
  it('give another origin no CORS headers: its page can neither read an answer nor send credentialed JSON', async () => {
    const preflight = await fetch(lp.stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-living-profile-csrf',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const post = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: QUERY,
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('let a configured origin call with credentials', async () => {
    const preflight = await fetch(lp.stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('keep the development administrator to requests addressed to this machine (no DNS rebinding)', async () => {
    const url = new URL(lp.stack.gatewayUrl);
    const asHost = (host: string) =>
      new Promise<{ status: number; body: any }>((resolve, reject) => {
        const req = httpRequest(
          { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host, 'content-type': 'application/json' } },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        req.end(QUERY);
      });
    const local = await asHost(url.host);
    expect(local.body.errors).toBeUndefined();
    const rebound = await asHost('attacker.example:80');
    expect(rebound.body.data?.profiles ?? null).toBeNull();
    expect(rebound.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
