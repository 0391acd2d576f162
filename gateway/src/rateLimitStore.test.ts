import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis } from '../../tests/support/redis.ts';
import { memoryRateLimitStore, redisRateLimitStore, type RateLimitStore } from './rateLimitStore.ts';

const spend = async (store: RateLimitStore, key: string, times: number, now: number) => {
  const results = [];
  for (let i = 0; i < times; i += 1) results.push((await store.take(key, 10, now)).allowed);
  return results;
};

describe('memory rate-limit store', () => {
  it('gives each key its own bucket, refilled over the minute', async () => {
    const store = memoryRateLimitStore();
    expect(await spend(store, 'subject:a', 11, 0)).toEqual([...Array(10).fill(true), false]);
    expect((await store.take('subject:b', 10, 0)).allowed).toBe(true);
    expect(await store.take('subject:a', 10, 0)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    expect((await store.take('subject:a', 10, 6_000)).allowed).toBe(true);
  });
});

describe('Redis rate-limit store', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let replicaA: RateLimitStore;
  let replicaB: RateLimitStore;
  beforeAll(async () => {
    redis = await startRedis();
    replicaA = redisRateLimitStore(redis.url);
    replicaB = redisRateLimitStore(redis.url);
  });
  afterAll(async () => {
    await replicaA?.close();
    await replicaB?.close();
    await redis?.stop();
  });

  it('shares one bucket per caller between gateway replicas, so N replicas allow what one would', async () => {
    const now = Date.now();
    expect(await spend(replicaA, 'subject:shared', 6, now)).toEqual(Array(6).fill(true));
    expect(await spend(replicaB, 'subject:shared', 4, now)).toEqual(Array(4).fill(true));
    expect((await replicaA.take('subject:shared', 10, now)).allowed).toBe(false);
    const refused = await replicaB.take('subject:shared', 10, now);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 6 });
    expect((await replicaB.take('subject:other', 10, now)).allowed).toBe(true);
    expect((await replicaA.take('subject:shared', 10, now + 6_000)).allowed).toBe(true);
  });
});
