import { randomBytes } from 'node:crypto';
import { blindIndexer } from '#kit/crypto/blindIndex.ts';
import type { CryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { parseKeyRing } from '#kit/crypto/keyRing.ts';

/** Fresh keys for one test file. */
export const testCrypto = (): CryptoConfig => ({
  keyRing: parseKeyRing(`test:${randomBytes(32).toString('base64')}`),
  blindIndex: blindIndexer(randomBytes(32)),
});
