import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { blindIndexer, normalizeEmail, normalizeIdentifier, normalizePhone, parseBlindIndexKey } from './blindIndex.ts';
import { DecryptionError } from './envelope.ts';
import { parseKeyRing, unwrapDataKey, wrapDataKey } from './keyRing.ts';

const k = () => randomBytes(32).toString('base64');

describe('key ring', () => {
  it('makes the first key active and unwraps with any listed key', () => {
    const old = `old:${k()}`;
    const dataKey = randomBytes(32);
    const wrapped = wrapDataKey(parseKeyRing(old), dataKey, 's-1');
    const rotated = parseKeyRing(`new:${k()},${old}`);
    expect(rotated.activeId).toBe('new');
    expect(unwrapDataKey(rotated, wrapped, 's-1')).toEqual(dataKey);
  });

  it('binds a wrapped data key to its subject', () => {
    const ring = parseKeyRing(`a:${k()}`);
    expect(() => unwrapDataKey(ring, wrapDataKey(ring, randomBytes(32), 's-1'), 's-2')).toThrow(DecryptionError);
  });

  it('says which key is missing once it is dropped from the ring', () => {
    const wrapped = wrapDataKey(parseKeyRing(`gone:${k()}`), randomBytes(32), 's-1');
    expect(() => unwrapDataKey(parseKeyRing(`a:${k()}`), wrapped, 's-1')).toThrow(/"gone"/);
  });

  it.each([undefined, '', 'nokey', `a:${randomBytes(16).toString('base64')}`, `a:${k()},a:${k()}`, `bad id:${k()}`])(
    'rejects the configuration %j',
    (raw) => {
      expect(() => parseKeyRing(raw)).toThrow(ConfigError);
    },
  );
});

describe('blind index', () => {
  const index = blindIndexer(parseBlindIndexKey(randomBytes(32).toString('base64')));

  it('is deterministic on the normalized value and does not contain it', () => {
    const a = index('email', normalizeEmail(' Ada@Example.COM '));
    expect(a).toBe(index('email', 'ada@example.com'));
    expect(a).not.toContain('ada');
  });

  it('separates kinds and keys', () => {
    expect(index('email', 'x@example.com')).not.toBe(index('identifier', 'x@example.com'));
    const other = blindIndexer(randomBytes(32));
    expect(other('email', 'x@example.com')).not.toBe(index('email', 'x@example.com'));
  });

  it('normalizes phones and identifiers', () => {
    expect(normalizePhone('+44 20 7946-0958')).toBe('+442079460958');
    expect(normalizeIdentifier(' CRM ', 'C-123 ')).toBe(normalizeIdentifier('crm', 'C-123'));
    expect(normalizeIdentifier('crm', 'c-123')).not.toBe(normalizeIdentifier('crm', 'C-123'));
  });

  it('needs a key of at least 32 bytes', () => {
    expect(() => parseBlindIndexKey(randomBytes(16).toString('base64'))).toThrow(ConfigError);
  });
});
