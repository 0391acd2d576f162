import { describe, expect, it } from 'vitest';
import { viewerFromClaims } from './auth.ts';

describe('token claims as a viewer', () => {
  it('carries a customer’s email only when their provider verified it', () => {
    expect(viewerFromClaims({ sub: 'u-1', email: ' nia@example.com ', email_verified: true }).verifiedEmail).toBe('nia@example.com');
    expect(viewerFromClaims({ sub: 'u-1', email: 'nia@example.com', email_verified: false })).not.toHaveProperty('verifiedEmail');
    expect(viewerFromClaims({ sub: 'u-1', email: 'nia@example.com', email_verified: 'true' })).not.toHaveProperty('verifiedEmail');
    expect(viewerFromClaims({ sub: 'u-1', email: 'nia@example.com' })).not.toHaveProperty('verifiedEmail');
  });

  it('never for staff or systems, whose email signs nobody up', () => {
    const staff = viewerFromClaims({ sub: 'a-1', roles: ['admin'], email: 'admin@example.com', email_verified: true });
    expect(staff.roles).toEqual(['admin']);
    expect(staff).not.toHaveProperty('verifiedEmail');
  });
});
