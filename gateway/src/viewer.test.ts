import { describe, expect, it } from 'vitest';
import type { Viewer } from '#kit/viewer.ts';
import { AuthenticationError } from './auth.ts';
import { ANONYMOUS, createViewerResolver } from './viewer.ts';

const partner: Viewer = { subject: null, roles: ['partner'], scopes: [], clientId: 'acme', channel: 'partner' };
const request = (host: string, headers: Record<string, string> = {}) =>
  new Request(`http://${host}/graphql`, { headers: { host, ...headers } });

describe('the viewer of a request', () => {
  const purposes = new Map([['acme', [{ purpose: 'marketing', channel: 'EMAIL' as const }]]]);
  const resolve = (verified: Viewer | null, devViewerRole?: 'admin') =>
    createViewerResolver({ authenticate: async () => verified, devViewerRole, registeredPurposes: purposes });

  it('is anonymous without credentials, and the development viewer only for a request addressed to this machine', async () => {
    expect(await resolve(null)(request('localhost:4000'))).toEqual(ANONYMOUS);
    expect(await resolve(null, 'admin')(request('127.0.0.1:4000'))).toMatchObject({ roles: ['admin'], clientId: 'development' });
    expect(await resolve(null, 'admin')(request('[::1]:4000'))).toMatchObject({ roles: ['admin'] });
    // A page that rebinds its DNS name to 127.0.0.1 is still addressed to its own name.
    expect(await resolve(null, 'admin')(request('attacker.example:4000'))).toEqual(ANONYMOUS);
  });

  it('narrows the development viewer per request, to a known role only', async () => {
    const customer = await resolve(null, 'admin')(request('localhost', { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': 'p1' }));
    expect(customer).toMatchObject({ roles: ['customer'], subject: 'p1', clientId: 'development-web', channel: 'web' });
    expect(await resolve(null, 'admin')(request('localhost', { 'x-dev-viewer-role': 'root' }))).toMatchObject({ roles: ['admin'] });
    // A customer signing in with a verified email, to try sign-up; staff never carry one.
    const signingUp = { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': 'new-1', 'x-dev-viewer-email': 'new@example.com' };
    expect(await resolve(null, 'admin')(request('localhost', signingUp))).toMatchObject({
      subject: 'new-1',
      verifiedEmail: 'new@example.com',
    });
    expect(await resolve(null, 'admin')(request('localhost', { 'x-dev-viewer-email': 'new@example.com' }))).not.toHaveProperty(
      'verifiedEmail',
    );
    // A verified caller is who their credentials say, whatever headers they add.
    const verified: Viewer = { ...partner, clientId: 'crm', roles: ['system'] };
    expect(await resolve(verified, 'admin')(request('localhost', { 'x-dev-viewer-role': 'admin' }))).toEqual(verified);
  });

  it('gives a partner the purposes it is registered for, or none', async () => {
    expect((await resolve(partner)(request('gw.example'))).purposes).toEqual([{ purpose: 'marketing', channel: 'EMAIL' }]);
    expect((await resolve({ ...partner, clientId: 'unknown' })(request('gw.example'))).purposes).toEqual([]);
  });

  it('carries the Global Privacy Control signal', async () => {
    expect((await resolve(partner)(request('gw.example', { 'sec-gpc': '1' }))).gpc).toBe(true);
    expect((await resolve(partner)(request('gw.example', { 'sec-gpc': '0' }))).gpc).toBeUndefined();
  });

  it('refuses invalid credentials rather than treating the caller as anonymous', async () => {
    const resolveViewer = createViewerResolver({
      authenticate: async () => {
        throw new AuthenticationError('The token is not valid.');
      },
      devViewerRole: 'admin',
      registeredPurposes: purposes,
    });
    await expect(resolveViewer(request('localhost'))).rejects.toBeInstanceOf(AuthenticationError);
  });
});
