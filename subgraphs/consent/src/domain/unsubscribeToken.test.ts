import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndexer } from '#kit/crypto/blindIndex.ts';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribeToken.ts';

const mac = blindIndexer(randomBytes(32));
const scope = { subjectId: 'p-1', purpose: 'marketing', channel: 'EMAIL' as const };

describe('unsubscribe tokens', () => {
  it('carry the scope they withdraw', () => {
    expect(readUnsubscribeToken(mac, unsubscribeToken(mac, scope))).toEqual(scope);
  });

  it('refuse any change, another key, and anything that is not one', () => {
    const token = unsubscribeToken(mac, scope);
    const [version, payload, signature] = token.split('.');
    const otherScope = Buffer.from(JSON.stringify(['p-2', 'marketing', 'EMAIL'])).toString('base64url');
    expect(readUnsubscribeToken(mac, `${version}.${otherScope}.${signature}`)).toBeNull();
    const altered = `${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`;
    expect(readUnsubscribeToken(mac, `${version}.${payload}.${altered}`)).toBeNull();
    expect(readUnsubscribeToken(blindIndexer(randomBytes(32)), token)).toBeNull();
    expect(readUnsubscribeToken(mac, `u2.${payload}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(mac, `${token}.x`)).toBeNull();
    expect(readUnsubscribeToken(mac, '')).toBeNull();
    expect(readUnsubscribeToken(mac, 'not a token')).toBeNull();
  });
});
