import { ConfigError } from '../config.ts';
import { KEY_BYTES, open, seal } from './envelope.ts';

/**
 * Key-encryption keys (KEKs) from config: `KEY_ENCRYPTION_KEYS="2026b:<base64>,2026a:<base64>"`.
 * The first wraps new data keys; every one listed can unwrap, so rotation is: put a new key first,
 * re-wrap (cheap: only the 32-byte data keys, never the data), then drop the old key.
 */
export interface KeyRing {
  activeId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export function parseKeyRing(raw: string | undefined, name = 'KEY_ENCRYPTION_KEYS'): KeyRing {
  if (!raw?.trim()) {
    throw new ConfigError(`${name} is required: "id:base64key" pairs (32 random bytes each), comma-separated, newest first.`);
  }
  const keys = new Map<string, Buffer>();
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [id, material] = entry.split(':');
    if (!id || !material || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new ConfigError(`${name}: "${id ?? ''}:…" must be id:base64key.`);
    const key = Buffer.from(material, 'base64');
    if (key.length !== KEY_BYTES) throw new ConfigError(`${name}: key "${id}" must be 32 bytes (base64), got ${key.length}.`);
    if (keys.has(id)) throw new ConfigError(`${name}: key id "${id}" appears twice.`);
    keys.set(id, key);
  }
  const activeId = keys.keys().next().value;
  if (!activeId) throw new ConfigError(`${name} holds no key.`);
  return { activeId, keys };
}

export interface WrappedKey {
  kid: string;
  wrapped: string;
}

const wrapAad = (subjectId: string) => `data-key|${subjectId}`;

export function wrapDataKey(ring: KeyRing, dataKey: Buffer, subjectId: string): WrappedKey {
  return { kid: ring.activeId, wrapped: seal(ring.keys.get(ring.activeId)!, dataKey, wrapAad(subjectId)) };
}

export function unwrapDataKey(ring: KeyRing, { kid, wrapped }: WrappedKey, subjectId: string): Buffer {
  const kek = ring.keys.get(kid);
  if (!kek) throw new Error(`data key of a subject is wrapped by key "${kid}", which KEY_ENCRYPTION_KEYS no longer lists`);
  return open(kek, wrapped, wrapAad(subjectId));
}
