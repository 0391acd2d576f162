import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWebhookSecret, signWebhook } from '#kit/events/webhooks.ts';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './webhookReceiver.ts';

const secret = generateWebhookSecret();
const received: ReceivedWebhook[] = [];
const rejected: string[] = [];
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver({
    secrets: [secret],
    onEvent: (w) => void received.push(w),
    onRejected: (r) => void rejected.push(r),
  });
});
afterAll(() => receiver.close());

const deliver = (body: string, headers: Record<string, string>) =>
  fetch(receiver.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the reference webhook receiver (over HTTP)', () => {
  it('accepts a signed event once, and acknowledges a replay of it without processing it again', async () => {
    const body = JSON.stringify({ type: 'consent.withdrawn', subjectId: 's-1' });
    const headers = signWebhook({ id: 'evt_once', body }, secret);
    expect((await deliver(body, headers)).status).toBe(204);
    const replay = await deliver(body, headers);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ duplicate: true });
    expect(received.filter((r) => r.id === 'evt_once')).toHaveLength(1);
    expect(received.find((r) => r.id === 'evt_once')?.event).toEqual({ type: 'consent.withdrawn', subjectId: 's-1' });
  });

  it('refuses a tampered body, a foreign secret and an old replay with 401 and the reason', async () => {
    const body = JSON.stringify({ type: 'consent.granted', subjectId: 's-2' });
    const tampered = await deliver(body.replace('granted', 'withdrawn'), signWebhook({ id: 'evt_t', body }, secret));
    expect(tampered.status).toBe(401);
    expect(await tampered.json()).toEqual({ error: 'no_matching_signature' });
    expect((await deliver(body, signWebhook({ id: 'evt_f', body }, generateWebhookSecret()))).status).toBe(401);
    const old = await deliver(body, signWebhook({ id: 'evt_o', body, timestamp: Math.floor(Date.now() / 1000) - 600 }, secret));
    expect(await old.json()).toEqual({ error: 'timestamp_out_of_tolerance' });
    expect(received.map((r) => r.id)).not.toContain('evt_t');
    expect(rejected).toHaveLength(3);
  });
});
