// Retention enforced, with short periods: each subgraph's sweep erases or anonymises what has
// expired, and the customer's transparency view says so.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../scripts/lib/seed.ts';
import { startWebhookReceiver } from '../../scripts/lib/webhookReceiver.ts';
import { recordConsent } from '../support/consent.ts';
import { useStack } from '../support/stack.ts';

const PERIODS = {
  'source-event-records': '3s',
  'webhook-delivery-records': '3s',
  'message-send-log': '3s',
  'offer-decision-log': '3s',
  'access-audit-records': '3s',
};
const lp = useStack({
  env: {
    RETENTION_PERIODS: Object.entries(PERIODS)
      .map(([category, period]) => `${category}=${period}`)
      .join(','),
    RETENTION_SWEEP_INTERVAL_MS: '250',
  },
});

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  await seedDemoData(lp.stack.gatewayUrl);
});

describe('retention', () => {
  it('publishes the catalogue: each category, its subgraph, its period as configured and what happens at its end', async () => {
    const { retentionCatalogue } = await ok(
      '{ retentionCatalogue { category subgraph period action } }',
      {},
      { 'x-dev-viewer-role': 'customer' },
    );
    expect(retentionCatalogue).toEqual([
      { category: 'source-event-records', subgraph: 'identity', period: '3s', action: 'ERASED' },
      { category: 'webhook-delivery-records', subgraph: 'consent', period: '3s', action: 'ANONYMISED' },
      { category: 'message-send-log', subgraph: 'preference', period: '3s', action: 'ERASED' },
      { category: 'offer-decision-log', subgraph: 'offer', period: '3s', action: 'ERASED' },
      { category: 'access-audit-records', subgraph: 'privacy', period: '3s', action: 'ERASED' },
    ]);
  });

  it('ends what has expired in every subgraph, and tells the customer in their transparency view', async () => {
    const secrets: string[] = [];
    const receiver = await startWebhookReceiver({ secrets, onEvent: () => {} });
    try {
      const { registerWebhookSubscriber } = await ok(
        'mutation($i: RegisterWebhookSubscriberInput!) { registerWebhookSubscriber(input: $i) { secret } }',
        { i: { id: 'esp-retention', url: receiver.url, eventTypes: ['consent.granted'], purposes: [] } },
      );
      secrets.push(registerWebhookSubscriber.secret);
      // One customer with something of each category: a source record, a delivery, a send, an offer decision, a read.
      const { upsertProfilesFromSource } = await ok(
        'mutation { upsertProfilesFromSource(source: "crm", records: [{ eventId: "ret-1", identifier: { source: "crm", id: "RET-1" }, name: { given: "Rhea" }, locale: "en-GB" }]) { profileId } }',
      );
      const id = upsertProfilesFromSource[0].profileId as string;
      await recordConsent(lp, id, 'marketing', 'GRANTED');
      await ok(
        'mutation($id: ID!, $at: DateTime!) { recordSends(source: "development", sends: [{ sendId: "ret-send", profileId: $id, channel: EMAIL, topic: "running", sentAt: $at }]) { recorded } }',
        { id, at: new Date().toISOString() },
      );
      await ok('query($id: ID!) { profile(id: $id) { offerFeed(channel: WEB) { mode } } }', { id });
      await ok(
        'query($id: ID!) { profile(id: $id) { displayName } }',
        { id },
        { 'x-dev-viewer-role': 'agent', 'x-dev-viewer-subject': 'agent-9' },
      );

      const TRANSPARENCY =
        'query($id: ID!) { profile(id: $id) { dataTransparency { summary expired { subgraph category action count period } } } }';
      const deadline = Date.now() + 20_000;
      let view: { summary: string; expired: { subgraph: string; category: string; action: string; count: number; period: string }[] } = {
        summary: '',
        expired: [],
      };
      while (Date.now() < deadline) {
        view = (await ok(TRANSPARENCY, { id })).profile.dataTransparency;
        if (new Set(view.expired.map((e) => e.subgraph)).size === 5) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect([...new Set(view.expired.map((e) => `${e.subgraph}:${e.category}:${e.action}:${e.period}`))].sort()).toEqual([
        'consent:webhook-delivery-records:ANONYMISED:3s',
        'identity:source-event-records:ERASED:3s',
        'offer:offer-decision-log:ERASED:3s',
        'preference:message-send-log:ERASED:3s',
        'privacy:access-audit-records:ERASED:3s',
      ]);
      expect(view.summary).toMatch(/When their time was up we .*deleted why each offer was chosen for you \(.*\) \(1 record, kept 3s\)/);
      expect(view.summary).toMatch(
        /anonymised records of events about you sent to the company’s engagement tools \(\d+ records?, kept 3s\)/,
      );

      // And it is gone: the decisions, the audit of the read, the delivery's link to the customer.
      const after = await ok('query($id: ID!) { profile(id: $id) { offerDecisions { id } accessLog { actor } } }', { id });
      expect(after.profile.offerDecisions).toEqual([]);
      expect(after.profile.accessLog.filter((a: { actor: string | null }) => a.actor === 'agent-9')).toEqual([]);
      const { webhookDeliveries } = await ok('{ webhookDeliveries(subscriberId: "esp-retention", first: 50) { subjectId status } }');
      expect(webhookDeliveries.filter((d: { subjectId: string }) => d.subjectId === id)).toEqual([]);
      expect(webhookDeliveries.some((d: { subjectId: string }) => d.subjectId === 'anonymised')).toBe(true);
      // A replayed source event after its record expired changes nothing (older never over newer).
      const replay = await ok(
        'mutation { upsertProfilesFromSource(source: "crm", records: [{ eventId: "ret-1", identifier: { source: "crm", id: "RET-1" }, name: { given: "Rhea" }, locale: "en-GB" }]) { status profileId } }',
      );
      expect(replay.upsertProfilesFromSource[0].profileId).toBe(id);
    } finally {
      await receiver.close();
    }
  });
});
