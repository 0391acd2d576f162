import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, open, openJson, seal, sealJson } from './envelope.ts';

const key = randomBytes(32);
const aad = 'p-1|profiles|p-1|name';

describe('AES-256-GCM envelope', () => {
  it('round-trips a value, with a fresh IV each time', () => {
    const a = sealJson(key, { given: 'Ada' }, aad);
    const b = sealJson(key, { given: 'Ada' }, aad);
    expect(a).not.toBe(b);
    expect(openJson(key, a, aad)).toEqual({ given: 'Ada' });
    expect(a).not.toContain('Ada');
  });

  it('fails when one bit of the ciphertext is changed', () => {
    const sealed = seal(key, Buffer.from('ada@example.com'), aad);
    const [v, iv, ct, tag] = sealed.split('.');
    const bytes = Buffer.from(ct!, 'base64url');
    bytes[0]! ^= 1;
    expect(() => open(key, [v, iv, bytes.toString('base64url'), tag].join('.'), aad)).toThrow(DecryptionError);
  });

  it('fails when moved to another document or field', () => {
    const sealed = seal(key, Buffer.from('ada@example.com'), aad);
    expect(() => open(key, sealed, 'p-2|profiles|p-2|name')).toThrow(DecryptionError);
    expect(() => open(key, sealed, 'p-1|profiles|p-1|birthDate')).toThrow(DecryptionError);
  });

  it('fails with another key, and on garbage', () => {
    expect(() => open(randomBytes(32), seal(key, Buffer.from('x'), aad), aad)).toThrow(DecryptionError);
    expect(() => open(key, 'plain text', aad)).toThrow(DecryptionError);
  });
});
