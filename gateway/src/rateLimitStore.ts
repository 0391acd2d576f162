import { Redis, type ClientContext, type Result } from 'ioredis';

// The command `defineCommand` adds below, declared the way ioredis documents for custom commands.
declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext> {
    lpTake(key: string, perMinute: number, now: number): Result<[number, string], Context>;
  }
}

export interface Taken {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Token buckets: `take` spends one token of `key`'s bucket of `perMinute`, refilled continuously. */
export interface RateLimitStore {
  take(key: string, perMinute: number, now: number): Promise<Taken>;
  close(): Promise<void>;
}

const retryAfter = (tokens: number, refillPerMs: number) => Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000));

/** Buckets in this process: right for one gateway, or for limits each replica enforces alone. */
export function memoryRateLimitStore(maxBuckets = 10_000): RateLimitStore {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    async take(key, perMinute, now) {
      const refillPerMs = perMinute / 60_000;
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
      bucket.at = now;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return { allowed: false, retryAfterSeconds: retryAfter(bucket.tokens, refillPerMs) };
      bucket.tokens -= 1;
      // Past this many callers, buckets that have refilled completely are dropped: they hold nothing.
      if (buckets.size > maxBuckets) {
        for (const [k, b] of buckets) if (b.tokens + (now - b.at) * refillPerMs >= perMinute) buckets.delete(k);
      }
      return { allowed: true, retryAfterSeconds: 0 };
    },
    async close() {},
  };
}

/**
 * The same bucket, kept in Redis and updated by one script (atomic in Redis), so every gateway
 * replica spends from one bucket per caller. A bucket expires once it would be full again.
 * The time comes from the caller (replicas' clocks are kept in sync by NTP).
 */
const TAKE = `
local perMinute = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local refill = perMinute / 60000
local state = redis.call('HMGET', KEYS[1], 't', 'at')
local tokens = tonumber(state[1]) or perMinute
local at = tonumber(state[2]) or now
tokens = math.min(perMinute, tokens + math.max(0, now - at) * refill)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((perMinute - tokens) / refill) + 1000)
return { allowed, tostring(tokens) }
`;

export function redisRateLimitStore(url: string, prefix = 'living-profile:rate:'): RateLimitStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  redis.defineCommand('lpTake', { numberOfKeys: 1, lua: TAKE });
  const take = redis.lpTake.bind(redis);
  return {
    async take(key, perMinute, now) {
      const [allowed, tokens] = await take(`${prefix}${key}`, perMinute, now);
      return allowed === 1
        ? { allowed: true, retryAfterSeconds: 0 }
        : { allowed: false, retryAfterSeconds: retryAfter(Number(tokens), perMinute / 60_000) };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
