import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { ConfigError, readInteger, type Env } from '#kit/config.ts';
import { loadSubgraphConfig } from '#kit/subgraphConfig.ts';

export const SUBGRAPH_NAME = 'privacy';
export const DEFAULT_PORT = 4005;
/** The subgraphs a request fans out to (privacy handles its own data in-process). */
export const CONTRACT_SUBGRAPHS = ['identity', 'consent', 'preference', 'offer'] as const;
export type ContractSubgraph = (typeof CONTRACT_SUBGRAPHS)[number];

export const loadConfig = (env = process.env) => loadSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT, env);

export interface PrivacyConfig {
  /** Origin of each subgraph's subject-rights contract (from SUBGRAPH_<NAME>_URL). */
  subgraphs: Record<ContractSubgraph, string>;
  /** Ed25519 key that signs erasure receipts (RECEIPT_SIGNING_KEY: base64 PKCS#8 DER). */
  receiptKey: KeyObject;
  receiptPublicKey: KeyObject;
  workerIntervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Warn this many days before a request's due date. */
  nearDeadlineDays: number;
}

export function loadPrivacyConfig(env: Env = process.env): PrivacyConfig {
  const originOf = (name: ContractSubgraph): string => {
    const raw = env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (!raw)
      throw new ConfigError(`SUBGRAPH_${name.toUpperCase()}_URL is required: where the ${name} subgraph listens (its /graphql URL).`);
    try {
      return new URL(raw).origin;
    } catch {
      throw new ConfigError(`SUBGRAPH_${name.toUpperCase()}_URL is not a URL.`);
    }
  };
  const subgraphs: Record<ContractSubgraph, string> = {
    identity: originOf('identity'),
    consent: originOf('consent'),
    preference: originOf('preference'),
    offer: originOf('offer'),
  };
  const rawKey = env.RECEIPT_SIGNING_KEY?.trim();
  if (!rawKey)
    throw new ConfigError('RECEIPT_SIGNING_KEY is required: an Ed25519 private key, base64 PKCS#8 DER. `npm start` generates one.');
  let receiptKey: KeyObject;
  try {
    receiptKey = createPrivateKey({ key: Buffer.from(rawKey, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new ConfigError('RECEIPT_SIGNING_KEY is not a base64 PKCS#8 DER private key.');
  }
  if (receiptKey.asymmetricKeyType !== 'ed25519') throw new ConfigError('RECEIPT_SIGNING_KEY must be an Ed25519 key.');
  return {
    subgraphs,
    receiptKey,
    receiptPublicKey: createPublicKey(receiptKey),
    workerIntervalMs: readInteger(env, 'PRIVACY_WORKER_INTERVAL_MS', 1000, { min: 50 }),
    retryBaseMs: readInteger(env, 'PRIVACY_RETRY_BASE_MS', 2000, { min: 10 }),
    retryMaxMs: readInteger(env, 'PRIVACY_RETRY_MAX_MS', 300_000, { min: 10 }),
    nearDeadlineDays: readInteger(env, 'PRIVACY_NEAR_DEADLINE_DAYS', 7, { min: 1 }),
  };
}
