import { readInteger, type Env } from '#kit/config.ts';
import { loadSubgraphConfig } from '#kit/subgraphConfig.ts';

export const SUBGRAPH_NAME = 'consent';
export const DEFAULT_PORT = 4002;

export const loadConfig = (env = process.env) => loadSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT, env);

/** The webhook relay: how often it looks, how it retries, when it gives up. */
/** How the webhook relay polls, retries and gives up (services/webhookRelay.ts). */
export interface RelayConfig {
  intervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  timeoutMs: number;
}

export const loadRelayConfig = (env: Env = process.env): RelayConfig => ({
  intervalMs: readInteger(env, 'WEBHOOK_RELAY_INTERVAL_MS', 500, { min: 20 }),
  retryBaseMs: readInteger(env, 'WEBHOOK_RETRY_BASE_MS', 1000, { min: 10 }),
  retryMaxMs: readInteger(env, 'WEBHOOK_RETRY_MAX_MS', 300_000, { min: 10 }),
  maxAttempts: readInteger(env, 'WEBHOOK_MAX_ATTEMPTS', 12, { min: 1 }),
  timeoutMs: readInteger(env, 'WEBHOOK_TIMEOUT_MS', 5000, { min: 100 }),
});
