import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with a fresh 96-bit IV per value. The associated data (`aad`) binds a ciphertext to
 * the place it belongs (subject, collection, document, field): moved to another document or field,
 * or changed by one bit, it no longer opens.
 */
export const KEY_BYTES = 32;
const VERSION = 'g1';

export class DecryptionError extends Error {
  constructor(message = 'ciphertext could not be authenticated (tampered, moved, or wrong key)') {
    super(message);
    this.name = 'DecryptionError';
  }
}

export function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [VERSION, iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

export function open(key: Buffer, sealed: string, aad: string): Buffer {
  const [version, iv, ciphertext, tag, ...rest] = sealed.split('.');
  if (version !== VERSION || !iv || ciphertext === undefined || !tag || rest.length) throw new DecryptionError('not a sealed value');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

export const sealJson = (key: Buffer, value: unknown, aad: string) => seal(key, Buffer.from(JSON.stringify(value), 'utf8'), aad);
/**
 * The value `sealJson` sealed. The one cast trusted without a check: AES-GCM authenticates the
 * ciphertext under `aad` (the document and the field it belongs to), so what opens is what our own
 * code sealed there, of the type that code wrote; anything else fails to open (DecryptionError).
 */
export const openJson = <T>(key: Buffer, sealed: string, aad: string): T => JSON.parse(open(key, sealed, aad).toString('utf8')) as T;
