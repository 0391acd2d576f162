// Security regression: rate limits that one caller can neither spend for others nor escape.
// They used to be counted per application client id (after customer A's burst, customer B got
// 429 on 5 of 5) and per X-Forwarded-For for anonymous callers (75 of 75 forged addresses through).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { devAuthEnv, developmentAuth } from '../../scripts/lib/devAuth.ts';
import { startRedis } from '../support/redis.ts';
import { useStack } from '../support/stack.ts';

const LIMIT = 8;
const auth = await developmentAuth(mkdtempSync(join(tmpdir(), 'lp-rate-')));
const redis = await startRedis();
afterAll(() => redis.stop());
const lp = useStack({
  devViewerRole: '',
  env: { ...devAuthEnv(auth), RATE_LIMIT_PER_MINUTE: String(LIMIT), RATE_LIMIT_REDIS_URL: redis.url },
});

const statuses = async (times: number, headers: Record<string, string>) => {
  const seen: number[] = [];
  for (let i = 0; i < times; i += 1) seen.push((await lp.query('{ __typename }', {}, headers)).status);
  return seen;
};
const customer = async (sub: string) => ({ authorization: `Bearer ${await auth.token({ sub, roles: ['customer'], azp: 'web-app' })}` });

describe('rate limits', () => {
  it('count each customer on their own, though all use the same web app', async () => {
    const a = await customer('customer-a');
    expect(await statuses(LIMIT + 1, a)).toEqual([...Array(LIMIT).fill(200), 429]);
    expect(await statuses(5, await customer('customer-b'))).toEqual(Array(5).fill(200));
  });

  it('count an anonymous caller by its connection, whatever X-Forwarded-For it sends', async () => {
    const forged = [];
    for (let i = 0; i < LIMIT + 4; i += 1)
      forged.push((await lp.query('{ __typename }', {}, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(forged.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
  });

  it('keep their buckets in Redis when configured, so every gateway replica spends from the same one', async () => {
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('living-profile:rate:*');
      expect(keys).toEqual(expect.arrayContaining(['living-profile:rate:subject:customer-a', 'living-profile:rate:subject:customer-b']));
    } finally {
      client.disconnect();
    }
  });
});
