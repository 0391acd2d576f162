import { describe, expect, it } from 'vitest';
import { signViewer, verifyViewer, ViewerSignatureError, type Viewer } from './viewer.ts';

const key = 'k'.repeat(32);
const otherKey = 'o'.repeat(32);
const viewer: Viewer = { subject: 'p-1', roles: ['customer'], scopes: ['profile:read'], clientId: 'web', channel: 'web' };
const now = 1_800_000_000;
const body = '{"query":"{ profile(id: \\"p-1\\") { id } }"}';

const rejection = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ViewerSignatureError) return error.reason;
    throw error;
  }
  return 'accepted';
};

describe('signed viewer', () => {
  it('round-trips the viewer through the header', () => {
    expect(verifyViewer(signViewer(viewer, key, body, { nowSeconds: now }), [key], body, { nowSeconds: now })).toEqual(viewer);
  });

  it('carries the verified email a sign-up starts from', () => {
    const signingUp: Viewer = { ...viewer, verifiedEmail: 'nia@example.com' };
    expect(verifyViewer(signViewer(signingUp, key, body, { nowSeconds: now }), [key], body, { nowSeconds: now })).toEqual(signingUp);
  });

  it('rejects a missing header', () => {
    expect(rejection(() => verifyViewer(undefined, [key], body))).toBe('missing');
  });

  it('rejects a header replayed with another request body', () => {
    const header = signViewer(viewer, key, body, { nowSeconds: now });
    expect(rejection(() => verifyViewer(header, [key], '{"query":"mutation { erase }"}', { nowSeconds: now }))).toBe('body-mismatch');
    expect(verifyViewer(signViewer(viewer, key, '', { nowSeconds: now }), [key], Buffer.alloc(0), { nowSeconds: now })).toEqual(viewer);
  });

  it('rejects a header signed with another key', () => {
    expect(rejection(() => verifyViewer(signViewer(viewer, otherKey, body, { nowSeconds: now }), [key], body, { nowSeconds: now }))).toBe(
      'bad-signature',
    );
  });

  it('rejects a payload changed after signing (role escalation)', () => {
    const [version, payload, signature] = signViewer(viewer, key, body, { nowSeconds: now }).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    expect(rejection(() => verifyViewer(`${version}.${forged}.${signature}`, [key], body, { nowSeconds: now }))).toBe('bad-signature');
  });

  it('rejects an expired header, beyond the clock tolerance', () => {
    const header = signViewer(viewer, key, body, { nowSeconds: now, ttlSeconds: 60 });
    expect(verifyViewer(header, [key], body, { nowSeconds: now + 64 })).toEqual(viewer);
    expect(rejection(() => verifyViewer(header, [key], body, { nowSeconds: now + 66 }))).toBe('expired');
  });

  it('rejects a header issued in the future', () => {
    expect(rejection(() => verifyViewer(signViewer(viewer, key, body, { nowSeconds: now + 600 }), [key], body, { nowSeconds: now }))).toBe(
      'expired',
    );
  });

  it('accepts the previous key during rotation', () => {
    expect(verifyViewer(signViewer(viewer, otherKey, body, { nowSeconds: now }), [key, otherKey], body, { nowSeconds: now })).toEqual(
      viewer,
    );
  });

  it.each(['garbage', 'v2.a.b', 'v1.a', 'v1.a.b.c'])('rejects the malformed header %j', (header) => {
    expect(rejection(() => verifyViewer(header, [key], body, { nowSeconds: now }))).toMatch(/malformed|bad-signature/);
  });

  it('rejects a correctly signed payload with an unknown role', () => {
    const header = signViewer({ ...viewer, roles: ['superuser' as 'admin'] }, key, body, { nowSeconds: now });
    expect(rejection(() => verifyViewer(header, [key], body, { nowSeconds: now }))).toBe('malformed');
  });
});
