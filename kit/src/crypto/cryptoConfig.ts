import { assertGeneratedSecret, ConfigError, readEnvironment, type Env } from '../config.ts';
import { blindIndexer, parseBlindIndexKey, type BlindIndexer } from './blindIndex.ts';
import { parseKeyRing, type KeyRing } from './keyRing.ts';

export interface CryptoConfig {
  keyRing: KeyRing;
  blindIndex: BlindIndexer;
}

/**
 * KEY_ENCRYPTION_KEYS and BLIND_INDEX_KEY, for subgraphs that store personal data encrypted. In
 * production neither may be a development key (`npm start` names its generated key `dev1`) or
 * look typed rather than generated.
 */
export function loadCryptoConfig(env: Env = process.env): CryptoConfig {
  const keyRing = parseKeyRing(env.KEY_ENCRYPTION_KEYS);
  const blindKey = parseBlindIndexKey(env.BLIND_INDEX_KEY);
  if (readEnvironment(env) === 'production') {
    for (const [id, key] of keyRing.keys) {
      if (/^dev/i.test(id)) {
        throw new ConfigError(
          `KEY_ENCRYPTION_KEYS: key "${id}" is a development key, which NODE_ENV=production refuses. Use a key from your key manager, with its own id.`,
        );
      }
      assertGeneratedSecret(`KEY_ENCRYPTION_KEYS (key "${id}")`, key);
    }
    assertGeneratedSecret('BLIND_INDEX_KEY', blindKey);
  }
  return { keyRing, blindIndex: blindIndexer(blindKey) };
}
