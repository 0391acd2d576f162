import { readInteger, type Env } from '../../config.ts';

/** How the webhook relay polls, retries and gives up (relay.ts). */
export interface RelayConfig {
  intervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  timeoutMs: number;
}

/** WEBHOOK_RELAY_INTERVAL_MS, WEBHOOK_RETRY_BASE_MS, WEBHOOK_RETRY_MAX_MS, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_TIMEOUT_MS. */
export const loadRelayConfig = (env: Env = process.env): RelayConfig => ({
  intervalMs: readInteger(env, 'WEBHOOK_RELAY_INTERVAL_MS', 500, { min: 20 }),
  retryBaseMs: readInteger(env, 'WEBHOOK_RETRY_BASE_MS', 1000, { min: 10 }),
  retryMaxMs: readInteger(env, 'WEBHOOK_RETRY_MAX_MS', 300_000, { min: 10 }),
  maxAttempts: readInteger(env, 'WEBHOOK_MAX_ATTEMPTS', 12, { min: 1 }),
  timeoutMs: readInteger(env, 'WEBHOOK_TIMEOUT_MS', 5000, { min: 100 }),
});
