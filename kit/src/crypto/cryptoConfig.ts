import type { Env } from '../config.ts';
import { blindIndexer, parseBlindIndexKey, type BlindIndexer } from './blindIndex.ts';
import { parseKeyRing, type KeyRing } from './keyRing.ts';

export interface CryptoConfig {
  keyRing: KeyRing;
  blindIndex: BlindIndexer;
}

/** KEY_ENCRYPTION_KEYS and BLIND_INDEX_KEY, for subgraphs that store personal data encrypted. */
export const loadCryptoConfig = (env: Env = process.env): CryptoConfig => ({
  keyRing: parseKeyRing(env.KEY_ENCRYPTION_KEYS),
  blindIndex: blindIndexer(parseBlindIndexKey(env.BLIND_INDEX_KEY)),
});
