import { createHmac } from 'node:crypto';
import { ConfigError } from '../config.ts';

/**
 * HMAC blind indexes: equality lookups (email, phone, external identifier) without storing the
 * value. The kind is part of the MAC, so the same string as an email and as an identifier gives
 * unrelated digests. The key (BLIND_INDEX_KEY) is separate from the encryption keys and is not
 * rotated lightly: rotating it means recomputing every index.
 */
export type BlindIndexer = (kind: string, normalized: string) => string;

export function parseBlindIndexKey(raw: string | undefined, name = 'BLIND_INDEX_KEY'): Buffer {
  const key = raw?.trim() ? Buffer.from(raw.trim(), 'base64') : Buffer.alloc(0);
  if (key.length < 32) throw new ConfigError(`${name} is required: at least 32 random bytes, base64.`);
  return key;
}

export const blindIndexer =
  (key: Buffer): BlindIndexer =>
  (kind, normalized) =>
    createHmac('sha256', key).update(`${kind}\u0000${normalized}`).digest('base64url');

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
/** E.164: a plus and digits only (graphql-scalars' PhoneNumber already insists on that shape). */
export const normalizePhone = (phone: string) => phone.replace(/[^\d+]/g, '');
/** External identifiers compare exactly, per source; the source is lower-cased. */
export const normalizeIdentifier = (source: string, id: string) => `${source.trim().toLowerCase()}\u0000${id.trim()}`;
