import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, signWebhook, verifyWebhook } from './webhooks.ts';

const headersOf = (record: Record<string, string>) => new Headers(record);

describe('Standard Webhooks signatures', () => {
  it('match the specification’s published example', () => {
    const signed = signWebhook(
      { id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', body: '{"test": 2432232314}', timestamp: 1614265330 },
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    );
    expect(signed['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verify what was signed, with any of the secrets during a rotation', () => {
    const [old, current] = [generateWebhookSecret(), generateWebhookSecret()];
    const now = 1_800_000_000_000;
    const signed = signWebhook({ id: 'evt_1', body: '{"a":1}', timestamp: now / 1000 }, [old, current]);
    expect(verifyWebhook(headersOf(signed), '{"a":1}', current, { now })).toEqual({ id: 'evt_1', timestamp: now / 1000 });
    expect(verifyWebhook(headersOf(signed), '{"a":1}', [generateWebhookSecret(), old], { now }).id).toBe('evt_1');
  });

  it.each([
    ['a tampered body', (h: Record<string, string>) => h, '{"a":2}', 'no_matching_signature'],
    ['another event id', (h: Record<string, string>) => ({ ...h, 'webhook-id': 'evt_2' }), '{"a":1}', 'no_matching_signature'],
    ['a missing header', ({ 'webhook-signature': _, ...h }: Record<string, string>) => h, '{"a":1}', 'missing_header'],
    [
      'a timestamp changed after signing',
      (h: Record<string, string>) => ({ ...h, 'webhook-timestamp': String(1_800_000_000 + 10) }),
      '{"a":1}',
      'no_matching_signature',
    ],
    [
      'a timestamp that is not a number',
      (h: Record<string, string>) => ({ ...h, 'webhook-timestamp': '1e9' }),
      '{"a":1}',
      'invalid_timestamp',
    ],
  ])('refuse %s', (_, change, body, code) => {
    const secret = generateWebhookSecret();
    const signed = signWebhook({ id: 'evt_1', body: '{"a":1}', timestamp: 1_800_000_000 }, secret);
    expect(() => verifyWebhook(headersOf(change(signed)), body, secret, { now: 1_800_000_000_000 })).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('refuse a correctly signed delivery whose timestamp is outside the tolerance', () => {
    const secret = generateWebhookSecret();
    const signed = signWebhook({ id: 'evt_1', body: '{}', timestamp: 1_800_000_000 - 301 }, secret);
    expect(() => verifyWebhook(headersOf(signed), '{}', secret, { now: 1_800_000_000_000 })).toThrow(
      expect.objectContaining({ code: 'timestamp_out_of_tolerance' }),
    );
  });
});
