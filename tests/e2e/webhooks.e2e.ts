// Events out to the engagement stack as signed webhooks (Standard Webhooks), at least once, in order
// per subject, never for subjects who do not allow the subscriber's purpose: consent's own, and
// those identity, preference, offer and privacy hand over through their outboxes. And changes in
// from source systems (an ESP's unsubscribe), idempotently, with their source, never echoed back.
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { declareEventTypes, publishEvents } from '#kit/events/domainEvents.ts';
import { signViewer, VIEWER_HEADER } from '#kit/viewer.ts';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../../scripts/lib/webhookReceiver.ts';
import { ensurePurposes, recordConsent } from '../support/consent.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack({
  env: {
    WEBHOOK_RELAY_INTERVAL_MS: '50',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_RETRY_MAX_MS: '300',
    WEBHOOK_MAX_ATTEMPTS: '100',
    OUTBOX_INTERVAL_MS: '50',
  },
});

/** A receiver per subscriber; its secret arrives with the registration, after it listens. */
interface Endpoint {
  secrets: string[];
  received: ReceivedWebhook[];
  receiver: WebhookReceiver;
  port: number;
}
const endpoints: Endpoint[] = [];
async function endpoint(port = 0): Promise<Endpoint> {
  const secrets: string[] = [];
  const received: ReceivedWebhook[] = [];
  const receiver = await startWebhookReceiver({ secrets, port, onEvent: (w) => void received.push(w) });
  const made = { secrets, received, receiver, port: Number(new URL(receiver.url).port) };
  endpoints.push(made);
  return made;
}
afterAll(async () => {
  for (const e of endpoints) await e.receiver.close().catch(() => {});
});

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const result = await lp.query(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

async function subscribe(id: string, target: Endpoint, eventTypes: string[], purposes: string[]) {
  const { registerWebhookSubscriber } = await ok(
    'mutation($input: RegisterWebhookSubscriberInput!) { registerWebhookSubscriber(input: $input) { subscriber { id } secret } }',
    { input: { id, url: target.receiver.url, eventTypes, purposes } },
  );
  target.secrets.push(registerWebhookSubscriber.secret);
}

const newProfile = async (email: string) =>
  (await ok('mutation($e: EmailAddress!) { createProfile(input: { emails: [{ address: $e }] }) { id } }', { e: email })).createProfile
    .id as string;

const eventsFor = (target: Endpoint, subjectId: string) =>
  target.received
    .map((r) => r.event as { id: string; type: string; subjectId: string; data: Record<string, unknown> })
    .filter((e) => e.subjectId === subjectId);

let esp: Endpoint;
beforeAll(async () => {
  await ensurePurposes(lp, ['marketing', 'newsletter']);
  esp = await endpoint();
  await subscribe('esp', esp, ['consent.granted', 'consent.withdrawn'], ['marketing:EMAIL']);
});

describe('webhooks out', () => {
  it('delivers a consent withdrawal within seconds, signed, after the grant it follows', async () => {
    const subject = await newProfile('out@example.com');
    await recordConsent(lp, subject, 'marketing', 'GRANTED');
    const withdrawnAt = Date.now();
    await recordConsent(lp, subject, 'marketing', 'WITHDRAWN');
    await expect.poll(() => eventsFor(esp, subject).length, { timeout: 5_000 }).toBe(2);
    const elapsed = Date.now() - withdrawnAt;
    expect(elapsed).toBeLessThan(5_000);
    const [granted, withdrawn] = eventsFor(esp, subject);
    expect(granted).toMatchObject({ type: 'consent.granted', data: { purpose: 'marketing', channel: 'EMAIL', status: 'GRANTED' } });
    expect(withdrawn).toMatchObject({ type: 'consent.withdrawn', data: { purpose: 'marketing', channel: 'EMAIL', status: 'WITHDRAWN' } });
    // Signed: the reference receiver only hands over deliveries whose signature it verified.
    expect(esp.received.find((r) => (r.event as { id: string }).id === withdrawn!.id)?.id).toBe(withdrawn!.id);
    // No proof details (IP hash, user agent, collection point) leave.
    expect(JSON.stringify(withdrawn)).not.toMatch(/collectionPoint|ipHash|userAgent/);
  });

  it('names every subscriber sent events about a customer among the recipients of their data, in transparency and export', async () => {
    const subject = await newProfile('recipient@example.com');
    await recordConsent(lp, subject, 'marketing', 'GRANTED');
    await expect.poll(() => eventsFor(esp, subject).length, { timeout: 5_000 }).toBe(1);
    const recipients = async () =>
      (await ok('query($p: ID!) { profile(id: $p) { dataTransparency { recipients } } }', { p: subject })).profile.dataTransparency
        .recipients;
    await expect.poll(recipients, { timeout: 5_000 }).toContain('esp (webhook subscriber)');

    const { openPrivacyRequest } = await ok('mutation($p: ID!) { openPrivacyRequest(input: { profileId: $p, type: ACCESS }) { id } }', {
      p: subject,
    });
    const exported = async () =>
      (await ok('query($id: ID!) { privacyRequest(id: $id) { export { document } } }', { id: openPrivacyRequest.id })).privacyRequest.export
        ?.document.recipients.list ?? [];
    await expect.poll(exported, { timeout: 10_000 }).toContain('esp (webhook subscriber)');
  });

  it('loses nothing while a receiver is down: every event arrives afterwards, in order per subject', async () => {
    const crm = await endpoint();
    await subscribe('crm', crm, ['*'], []);
    const port = crm.port;
    await crm.receiver.close();

    const subject = await newProfile('down@example.com');
    const statuses = ['GRANTED', 'WITHDRAWN', 'GRANTED', 'WITHDRAWN', 'GRANTED'];
    for (const status of statuses) await recordConsent(lp, subject, 'marketing', status);
    await expect
      .poll(
        async () => {
          const { webhookDeliveries } = await ok(
            'query { webhookDeliveries(subscriberId: "crm", status: PENDING) { attempts lastError } }',
          );
          return webhookDeliveries.some((d: { attempts: number }) => d.attempts >= 2);
        },
        { timeout: 5_000 },
      )
      .toBe(true);

    const back = await endpoint(port);
    back.secrets.push(...crm.secrets);
    const consentEvents = () => eventsFor(back, subject).filter((e) => e.type.startsWith('consent.'));
    await expect.poll(() => consentEvents().length, { timeout: 10_000 }).toBe(statuses.length);
    expect(consentEvents().map((e) => e.data.status)).toEqual(statuses);
    // `*` also brought identity's event about the new profile, handed over through its outbox.
    expect(eventsFor(back, subject).map((e) => e.type)).toContain('profile.created');
    const { webhookDeliveries } = await ok('query { webhookDeliveries(subscriberId: "crm", status: PENDING) { id } }');
    expect(webhookDeliveries).toEqual([]);
  });

  it('dead-letters a delivery after the last retry, shows why, and sends it again on replay', async () => {
    const tool = await endpoint();
    await subscribe('dead-letter', tool, ['consent.granted'], []);
    const port = tool.port;
    await tool.receiver.close();
    await lp.stack.restart('consent', { WEBHOOK_MAX_ATTEMPTS: '2' });
    try {
      const subject = await newProfile('dead@example.com');
      await recordConsent(lp, subject, 'marketing', 'GRANTED');
      const dead = async () =>
        (
          await ok('query { webhookDeliveries(subscriberId: "dead-letter", status: DEAD) { id subjectId attempts lastError } }')
        ).webhookDeliveries.filter((d: { subjectId: string }) => d.subjectId === subject);
      await expect.poll(dead, { timeout: 5_000 }).toEqual([expect.objectContaining({ attempts: 2, lastError: 'connection failed' })]);
      const [{ id }] = await dead();

      const back = await endpoint(port);
      back.secrets.push(...tool.secrets);
      const { replayWebhookDelivery } = await ok('mutation($id: ID!) { replayWebhookDelivery(id: $id) { status attempts } }', { id });
      expect(replayWebhookDelivery).toEqual({ status: 'PENDING', attempts: 0 });
      await expect.poll(() => eventsFor(back, subject).map((e) => e.type), { timeout: 5_000 }).toEqual(['consent.granted']);
      const again = await lp.query('mutation($id: ID!) { replayWebhookDelivery(id: $id) { status } }', { id });
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await lp.stack.restart('consent');
    }
  });

  it('sends a subscriber nothing about a subject who does not allow its purpose, except the event that says stop', async () => {
    const subject = await newProfile('stop@example.com');
    await recordConsent(lp, subject, 'marketing', 'GRANTED');
    await recordConsent(lp, subject, 'marketing', 'WITHDRAWN');
    await recordConsent(lp, subject, 'newsletter', 'GRANTED');
    await expect.poll(() => eventsFor(esp, subject).length, { timeout: 5_000 }).toBe(2);
    // The newsletter grant is not for the ESP's marketing purpose, and this subject withdrew marketing.
    await expect
      .poll(
        async () => {
          const { webhookDeliveries } = await ok(
            'query { webhookDeliveries(subscriberId: "esp", status: SUPPRESSED, first: 100) { subjectId type reason } }',
          );
          return webhookDeliveries.filter((d: { subjectId: string }) => d.subjectId === subject);
        },
        { timeout: 5_000 },
      )
      .toEqual([{ subjectId: subject, type: 'consent.granted', reason: expect.stringMatching(/^marketing:EMAIL: /) }]);
    expect(eventsFor(esp, subject).map((e) => e.type)).toEqual(['consent.granted', 'consent.withdrawn']);
  });

  it('refuses a bad registration with BAD_USER_INPUT naming the field, and a second one with CONFLICT', async () => {
    const bad = await lp.query(
      'mutation { registerWebhookSubscriber(input: { id: "ads", url: "ftp://x", eventTypes: ["consent.granted"], purposes: [] }) { secret } }',
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknown = await lp.query(
      'mutation { registerWebhookSubscriber(input: { id: "ads", url: "http://127.0.0.1:9/x", eventTypes: ["profile.sold"], purposes: [] }) { secret } }',
    );
    expect(unknown.errors?.[0]?.message).toMatch(/Unknown event type "profile.sold"/);
    const again = await lp.query(
      `mutation { registerWebhookSubscriber(input: { id: "esp", url: "${esp.receiver.url}", eventTypes: ["*"], purposes: [] }) { secret } }`,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('events from other subgraphs', () => {
  it('relays a completed rights request from privacy, handed over through its outbox', async () => {
    const dpo = await endpoint();
    await subscribe('dpo-tool', dpo, ['privacy_request.completed'], []);
    const subject = await newProfile('rights@example.com');
    const { openPrivacyRequest } = await ok('mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: ACCESS }) { id } }', {
      id: subject,
    });
    await expect.poll(() => eventsFor(dpo, subject).map((e) => e.type), { timeout: 10_000 }).toEqual(['privacy_request.completed']);
    expect(eventsFor(dpo, subject)[0]).toMatchObject({
      id: expect.stringMatching(/^evt_privacy_/),
      source: 'privacy',
      data: { requestId: openPrivacyRequest.id, requestType: 'ACCESS' },
    });
  });

  it('relays profile, preference and offer changes with the names of what changed, never a value', async () => {
    const hub = await endpoint();
    const types = ['profile.created', 'profile.updated', 'profile.merged', 'preference.changed', 'offer.dismissed', 'offer.redeemed'];
    await subscribe('customer-hub', hub, types, []);
    await ok('mutation { upsertTopic(input: { id: "hooks", name: "Hooks", description: "d" }) { id } }');
    for (const id of ['hook-a', 'hook-b'])
      await ok('mutation($input: OfferInput!) { upsertOffer(input: $input) { id } }', {
        input: {
          id,
          title: id,
          description: 'd',
          channels: ['WEB'],
          topics: ['hooks'],
          validFrom: '2026-01-01T00:00:00.000Z',
          status: 'ACTIVE',
        },
      });

    const subject = await newProfile('values@example.com');
    await ok('mutation($id: ID!) { addAddress(profileId: $id, input: { lines: ["7 Secret Row"], city: "Leeds", country: "GB" }) { id } }', {
      id: subject,
    });
    await ok('mutation($id: ID!) { setPreferences(input: { profileId: $id, channels: [{ channel: EMAIL, enabled: false }] }) { id } }', {
      id: subject,
    });
    await ok('mutation($id: ID!) { dismissOffer(profileId: $id, offerId: "hook-a") { id } }', { id: subject });
    await ok('mutation($id: ID!) { dismissOffer(profileId: $id, offerId: "hook-a") { id } }', { id: subject });
    await ok('mutation($id: ID!) { redeemOffer(profileId: $id, offerId: "hook-b") { id } }', { id: subject });
    const duplicate = await newProfile('values.dup@example.com');
    await ok('mutation($s: ID!, $m: ID!) { mergeProfiles(survivorId: $s, mergedId: $m, reason: "same person") { id } }', {
      s: subject,
      m: duplicate,
    });

    await expect
      .poll(
        () =>
          eventsFor(hub, subject)
            .map((e) => e.type)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual(['offer.dismissed', 'offer.redeemed', 'preference.changed', 'profile.created', 'profile.merged', 'profile.updated']);
    const byType = Object.fromEntries(eventsFor(hub, subject).map((e) => [e.type, e]));
    expect(byType['profile.created']).toMatchObject({ source: 'identity', data: { origin: 'development' } });
    expect(byType['profile.updated']).toMatchObject({ data: { fields: ['addresses'] } });
    expect(byType['profile.merged']).toMatchObject({ data: { mergedProfileId: duplicate } });
    expect(byType['preference.changed']).toMatchObject({
      source: 'preference',
      data: { fields: ['channels'], channels: { EMAIL: false } },
    });
    expect(byType['offer.dismissed']).toMatchObject({ source: 'offer', data: { offerId: 'hook-a', response: 'DISMISSED' } });
    expect(byType['offer.redeemed']).toMatchObject({ data: { offerId: 'hook-b', redemption: 1 } });
    // Dismissing twice changed nothing the second time, so it was told once; no value ever leaves.
    const payloads = JSON.stringify(hub.received.map((r) => r.event));
    expect(payloads).not.toMatch(/values@example\.com|values\.dup@example\.com|Secret Row|Leeds/);
    // The merged-away profile's creation was told too, under its own id.
    await expect.poll(() => eventsFor(hub, duplicate).map((e) => e.type), { timeout: 5_000 }).toEqual(['profile.created']);
  });

  it('does not echo a source system its own change, and tells the others', async () => {
    const crm = await endpoint();
    const warehouse = await endpoint();
    await subscribe('crm-sys', crm, ['profile.created', 'profile.updated'], []);
    await subscribe('warehouse', warehouse, ['profile.created', 'profile.updated'], []);
    const asCrm = async (query: string, variables: Record<string, unknown>) => {
      const body = JSON.stringify({ query, variables });
      const viewer = { subject: null, roles: ['system' as const], scopes: [], clientId: 'crm-sys', channel: 'api' };
      const response = await fetch(new URL('/graphql', lp.origin('identity')), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VIEWER_HEADER]: signViewer(viewer, lp.signingKey, body) },
        body,
      });
      return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    const upsert =
      'mutation($records: [SourceRecordInput!]!) { upsertProfilesFromSource(source: "crm-sys", records: $records) { status profileId } }';
    const created = await asCrm(upsert, { records: [{ eventId: 'e-1', identifier: { source: 'crm-sys', id: 'C-77' }, locale: 'en-GB' }] });
    expect(created.errors).toBeUndefined();
    const subject = (created.data!.upsertProfilesFromSource as { profileId: string }[])[0]!.profileId;
    // A correction made by someone else (here an agent through the gateway) does go to the CRM.
    await ok('mutation($id: ID!) { rectifyProfile(id: $id, input: { locale: "en-IE" }, reason: "customer asked") { id } }', {
      id: subject,
    });
    // The call centre corrects the address in the CRM; it flows in as a rectification with provenance.
    const correction = await asCrm(upsert, {
      records: [
        {
          eventId: 'e-2',
          identifier: { source: 'crm-sys', id: 'C-77' },
          addresses: [{ lines: ['3 Fixed Road'], city: 'Hull', country: 'GB' }],
        },
      ],
    });
    expect(correction.data!.upsertProfilesFromSource).toEqual([{ status: 'UPDATED', profileId: subject }]);
    const { profile } = await ok('query($id: ID!) { profile(id: $id) { addresses { city provenance { source } } } }', { id: subject });
    expect(profile.addresses).toEqual([{ city: 'Hull', provenance: { source: 'crm-sys' } }]);

    await expect
      .poll(() => eventsFor(warehouse, subject).map((e) => e.type), { timeout: 5_000 })
      .toEqual(['profile.created', 'profile.updated', 'profile.updated']);
    expect(eventsFor(warehouse, subject).map((e) => [e.data.origin, e.data.fields])).toEqual([
      ['crm-sys', undefined],
      ['development', ['locale']],
      ['crm-sys', ['addresses']],
    ]);
    await expect.poll(() => eventsFor(crm, subject).map((e) => e.data.fields), { timeout: 5_000 }).toEqual([['locale']]);
  });

  it('tells a marketing subscriber nothing about a subject without marketing consent, except that the profile was erased', async () => {
    const ads = await endpoint();
    await subscribe('ads', ads, ['profile.updated', 'profile.erased'], ['marketing:EMAIL']);
    const subject = await newProfile('erase-me@example.com');
    await recordConsent(lp, subject, 'marketing', 'WITHDRAWN');
    await ok('mutation($id: ID!) { addAddress(profileId: $id, input: { lines: ["1 Quiet St"], city: "York", country: "GB" }) { id } }', {
      id: subject,
    });
    const suppressed = async () =>
      (
        await ok('query { webhookDeliveries(subscriberId: "ads", status: SUPPRESSED, first: 100) { subjectId type } }')
      ).webhookDeliveries.filter((d: { subjectId: string }) => d.subjectId === subject);
    await expect.poll(suppressed, { timeout: 5_000 }).toEqual([{ subjectId: subject, type: 'profile.updated' }]);

    await ok('mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: ERASURE }) { id } }', { id: subject });
    await expect.poll(() => eventsFor(ads, subject).map((e) => e.type), { timeout: 15_000 }).toEqual(['profile.erased']);
    expect(eventsFor(ads, subject)[0]).toMatchObject({ source: 'identity', data: {} });
  });

  it('takes handed-over events only from a signed outbox relay', async () => {
    const response = await fetch(new URL('/internal/events', lp.origin('consent')), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: [] }),
    });
    expect(response.status).toBe(401);
    const send = (scopes: string[], body: string) =>
      fetch(new URL('/internal/events', lp.origin('consent')), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [VIEWER_HEADER]: signViewer(
            { subject: null, roles: ['system'], scopes, clientId: 'x', channel: 'internal' },
            lp.signingKey,
            body,
          ),
        },
        body,
      });
    expect((await send(['subject-rights'], '{"events":[]}')).status).toBe(403);
    expect((await send(['events'], '{"events":[{"id":"not-an-event-id"}]}')).status).toBe(400);
  });

  it('knows the event types each subgraph declared, and takes no event of a type its source did not declare', async () => {
    // Every running subgraph declared its own types at start: a subscriber may ask for any of them.
    const unknown = await lp.query(
      'mutation { registerWebhookSubscriber(input: { id: "typo", url: "http://127.0.0.1:9/x", eventTypes: ["offer.sold"], purposes: [] }) { secret } }',
    );
    const declared = unknown.errors?.[0]?.message ?? '';
    for (const type of ['consent.withdrawn', 'profile.erased', 'preference.changed', 'offer.redeemed', 'privacy_request.completed'])
      expect(declared).toContain(type);
    const subject = await newProfile('undeclared@example.com');
    const event = (type: string, source: string) => ({
      id: `evt_${source}_undeclared-${type}-${subject}`,
      type,
      subjectId: subject,
      occurredAt: new Date().toISOString(),
      source,
      data: {},
    });
    // Not declared by anyone, and declared by identity but handed over as offer's.
    await expect(publishEvents(lp.origin('consent'), lp.signingKey, 'offer', [event('offer.sold', 'offer')])).rejects.toThrow(
      /HTTP 400, offer has not declared the event type offer\.sold/,
    );
    await expect(publishEvents(lp.origin('consent'), lp.signingKey, 'offer', [event('profile.erased', 'offer')])).rejects.toThrow(
      /HTTP 400/,
    );
    // Nor may a subgraph declare a type another one holds.
    await expect(
      declareEventTypes(lp.origin('consent'), lp.signingKey, {
        source: 'offer',
        types: [{ type: 'profile.erased', description: 'Not offer’s to raise.' }],
      }),
    ).rejects.toThrow(/profile\.erased is declared by identity/);
  });
});

/**
 * A process killed during its relay's turn (its first look at start may still be running) leaves
 * the worker's lease behind: the next process takes the turn over when that lease ends (15 s).
 */
const AFTER_A_KILL_MS = 25_000;

describe('nothing lost', () => {
  it('delivers an acknowledged change even when the consent process is killed before the relay saw it', async () => {
    const target = await endpoint();
    await subscribe('crash-test', target, ['consent.granted'], []);
    // A relay that looks once at start and then not for an hour: the kill surely comes first.
    await lp.stack.restart('consent', { WEBHOOK_RELAY_INTERVAL_MS: '3600000' });
    const subject = await newProfile('crash@example.com');
    await recordConsent(lp, subject, 'marketing', 'GRANTED');
    const { webhookDeliveries } = await ok('query { webhookDeliveries(subscriberId: "crash-test") { subjectId } }');
    expect(webhookDeliveries.filter((d: { subjectId: string }) => d.subjectId === subject)).toEqual([]);
    lp.stack.subgraphs.consent.process.child.kill('SIGKILL');

    await lp.stack.restart('consent');
    await expect.poll(() => eventsFor(target, subject).map((e) => e.type), { timeout: AFTER_A_KILL_MS }).toEqual(['consent.granted']);
  }, 60_000);
  it('delivers what an earlier version wrote and had not fanned out yet, after the upgrade', async () => {
    const target = await endpoint();
    await subscribe('upgrade-test', target, ['consent.granted'], []);
    await lp.stack.restart('consent', { WEBHOOK_RELAY_INTERVAL_MS: '3600000' });
    const subject = await newProfile('upgrade@example.com');
    await recordConsent(lp, subject, 'marketing', 'GRANTED');
    await lp.stack.subgraphs.consent.process.stop();
    // As the version before relay buckets left it: the entry without its bucket, no upgrade done.
    const client = await mongoose.mongo.MongoClient.connect(inject('mongoUri'));
    try {
      const db = client.db(`${lp.databasePrefix}_consent`);
      const { modifiedCount } = await db.collection('consent_ledger').updateMany({ subjectId: subject }, { $unset: { relayBucket: 1 } });
      expect(modifiedCount).toBeGreaterThan(0);
      await db.collection('migrations').deleteOne({ _id: 'relay-buckets' as never });
    } finally {
      await client.close();
    }
    await lp.stack.restart('consent');
    await expect.poll(() => eventsFor(target, subject).map((e) => e.type), { timeout: 10_000 }).toEqual(['consent.granted']);
  });
});

describe('nothing lost from the other subgraphs', () => {
  it('hands over an acknowledged profile change after identity is killed before its relay ran', async () => {
    const target = await endpoint();
    await subscribe('outbox-crash', target, ['profile.updated'], []);
    const subject = await newProfile('outbox-crash@example.com');
    // An outbox relay that looks once at start and then not for an hour: the kill surely comes first.
    await lp.stack.restart('identity', { OUTBOX_INTERVAL_MS: '3600000' });
    await ok('mutation($id: ID!) { rectifyProfile(id: $id, input: { timeZone: "Europe/London" }, reason: "moved") { id } }', {
      id: subject,
    });
    lp.stack.subgraphs.identity.process.child.kill('SIGKILL');
    await lp.stack.restart('identity');
    await expect.poll(() => eventsFor(target, subject).map((e) => e.type), { timeout: AFTER_A_KILL_MS }).toEqual(['profile.updated']);
    expect(eventsFor(target, subject)[0]!.data.fields).toEqual(['timeZone']);
  }, 60_000);

  it('delivers an event handed over twice (a relay killed after consent stored it, before removing it) once', async () => {
    const target = await endpoint();
    await subscribe('twice', target, ['offer.redeemed'], []);
    const subject = await newProfile('twice@example.com');
    const event = {
      id: `evt_offer_twice-${subject}`,
      type: 'offer.redeemed',
      subjectId: subject,
      occurredAt: new Date().toISOString(),
      source: 'offer',
      data: { offerId: 'hook-b', redemption: 1, origin: 'web' },
    };
    await publishEvents(lp.origin('consent'), lp.signingKey, 'offer', [event]);
    await publishEvents(lp.origin('consent'), lp.signingKey, 'offer', [event]);
    await expect.poll(() => eventsFor(target, subject).map((e) => e.id), { timeout: 5_000 }).toEqual([event.id]);
    await expect
      .poll(async () => (await ok('query { webhookDeliveries(subscriberId: "twice") { eventId status } }')).webhookDeliveries, {
        timeout: 5_000,
      })
      .toEqual([{ eventId: event.id, status: 'DELIVERED' }]);
    expect(eventsFor(target, subject)).toHaveLength(1);
  });

  it('keeps events while consent is down and hands each over once when it is back', async () => {
    const target = await endpoint();
    await subscribe('outbox-wait', target, ['preference.changed'], []);
    const subject = await newProfile('outbox-wait@example.com');
    await lp.stack.subgraphs.consent.process.stop();
    try {
      // Preference acknowledges both changes while consent cannot take their events.
      for (const enabled of [false, true])
        await ok(
          'mutation($id: ID!, $on: Boolean!) { setPreferences(input: { profileId: $id, channels: [{ channel: SMS, enabled: $on }] }) { id } }',
          {
            id: subject,
            on: enabled,
          },
        );
    } finally {
      await lp.stack.restart('consent');
    }
    await expect
      .poll(() => eventsFor(target, subject).map((e) => e.data.channels), { timeout: 10_000 })
      .toEqual([{ SMS: false }, { SMS: true }]);
    // Operators see it: the preference relay failed while consent was away, and has caught up.
    const metric = async (subgraph: 'preference' | 'consent', series: RegExp) =>
      Number(series.exec(await (await fetch(new URL('/metrics', lp.origin(subgraph)))).text())?.[1] ?? NaN);
    expect(await metric('preference', /^living_profile_outbox_failures_total\{subgraph="preference"\} (\d+)$/m)).toBeGreaterThan(0);
    expect(
      await metric('preference', /^living_profile_outbox_events_handed_over_total\{subgraph="preference"\} (\d+)$/m),
    ).toBeGreaterThanOrEqual(2);
    expect(await metric('preference', /^living_profile_outbox_failing_seconds\{subgraph="preference"\} ([\d.]+)$/m)).toBe(0);
    expect(
      await metric('consent', /^living_profile_webhook_deliveries_total\{subgraph="consent",outcome="delivered"\} (\d+)$/m),
    ).toBeGreaterThanOrEqual(2);
  });
});

describe('changes in from source systems', () => {
  it('takes an ESP unsubscribe as a withdrawal with the ESP as its source, once, and tells the other subscribers', async () => {
    const crm = await endpoint();
    await subscribe('crm-sync', crm, ['consent.granted', 'consent.withdrawn'], ['marketing:EMAIL']);
    const subject = await newProfile('unsub@example.com');
    await recordConsent(lp, subject, 'marketing', 'GRANTED');
    const unsubscribe = {
      source: 'esp',
      records: [
        {
          recordId: 'unsub-4711',
          profileId: subject,
          purpose: 'marketing',
          channel: 'EMAIL',
          status: 'WITHDRAWN',
          givenAt: new Date().toISOString(),
          noticeVersion: 1,
          collectionPoint: 'unsubscribe link',
          originalProof: { campaign: 'spring' },
        },
      ],
    };
    const importMutation =
      'mutation($source: String!, $records: [ConsentImportRecord!]!) { importConsents(source: $source, records: $records) { status } }';
    expect((await ok(importMutation, unsubscribe)).importConsents).toEqual([{ status: 'IMPORTED' }]);
    expect((await ok(importMutation, unsubscribe)).importConsents).toEqual([{ status: 'ALREADY_IMPORTED' }]);

    const { profile } = await ok('query($id: ID!) { profile(id: $id) { consents { purpose status } consentHistory { type content } } }', {
      id: subject,
    });
    expect(profile.consents).toEqual([{ purpose: 'marketing', status: 'WITHDRAWN' }]);
    const decisions = profile.consentHistory.filter((e: { type: string }) => e.type === 'DECISION');
    expect(decisions).toHaveLength(2);
    expect(decisions.at(-1).content).toMatchObject({ status: 'WITHDRAWN', importedFrom: { source: 'esp', recordId: 'unsub-4711' } });
    // The CRM hears of the unsubscribe; the ESP, where it came from, is not sent its own change back.
    await expect
      .poll(() => eventsFor(crm, subject).map((e) => e.type), { timeout: 5_000 })
      .toEqual(['consent.granted', 'consent.withdrawn']);
    expect(eventsFor(esp, subject).map((e) => e.type)).toEqual(['consent.granted']);
  });
});
