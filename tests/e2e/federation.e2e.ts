// The federated graph end to end: real database, five subgraph processes, the gateway, real HTTP.
import { beforeAll, describe, expect, it } from 'vitest';
import { subjectRightsClient } from '#kit/subjectRightsClient.ts';
import { signViewer, VIEWER_HEADER, type Viewer } from '#kit/viewer.ts';
import { SUBGRAPH_NAMES } from '../../scripts/lib/stack.ts';
import { customerViewer } from '../support/viewers.ts';
import { ensurePurposes } from '../support/consent.ts';
import { runOnFerretDB } from '../support/database.ts';
import { commandDelta, useStack } from '../support/stack.ts';

// The privacy worker, the webhook relay and the outbox relays stay idle here: these tests count the database commands a query causes.
const lp = useStack({ env: { PRIVACY_WORKER_INTERVAL_MS: '600000', WEBHOOK_RELAY_INTERVAL_MS: '600000', OUTBOX_INTERVAL_MS: '600000' } });
let ferretdb = false;
beforeAll(async () => {
  ferretdb = await runOnFerretDB();
});

const FULL_PROFILE = `query($id: ID!) {
  profile(id: $id) {
    id email displayName status lastChangedBy { source channel }
    consents { purpose channel status }
    preferences { language channels { channel enabled } }
    offers { id title }
    privacyRequests { type status dueAt }
  }
}`;

async function createCustomer(email: string): Promise<string> {
  const created = await lp.query('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
    input: { emails: [{ address: email }], name: { display: email.split('@')[0] } },
  });
  expect(created.errors).toBeUndefined();
  return created.data!.createProfile.id as string;
}

async function giveDataInEverySubgraph(id: string): Promise<void> {
  const writes = [
    lp.query('mutation($i: RecordConsentInput!) { recordConsent(input: $i) { seq } }', {
      i: {
        profileId: id,
        purpose: 'marketing',
        channel: 'EMAIL',
        status: 'GRANTED',
        proof: { noticeVersion: 1, collectionPoint: 'e2e', method: 'CHECKBOX' },
      },
    }),
    lp.query('mutation($i: SetPreferencesInput!) { setPreferences(input: $i) { id } }', {
      i: { profileId: id, language: 'en-GB', channels: [{ channel: 'EMAIL', enabled: true }] },
    }),
    lp.query('mutation($i: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $i) { id } }', { i: { profileId: id, type: 'ACCESS' } }),
    lp.query('mutation($p: ID!) { dismissOffer(profileId: $p, offerId: "e2e-offer") { id } }', { p: id }),
  ];
  for (const result of await Promise.all(writes)) expect(result.errors).toBeUndefined();
}

describe('federated profile graph', () => {
  it('answers one query with fields from all five subgraphs', async () => {
    await ensurePurposes(lp);
    const offer = await lp.query(
      `mutation { upsertOffer(input: { id: "e2e-offer", title: "E2E offer", description: "d", channels: [EMAIL], topics: ["t"],
        validFrom: "2026-01-01T00:00:00.000Z", status: ACTIVE }) { id } }`,
    );
    expect(offer.errors).toBeUndefined();
    await lp.query(
      `mutation { upsertOffer(input: { id: "e2e-other", title: "Other offer", description: "d", channels: [WEB], topics: ["t"],
        validFrom: "2026-01-02T00:00:00.000Z", status: ACTIVE }) { id } }`,
    );
    const id = await createCustomer('five@example.com');
    await giveDataInEverySubgraph(id);

    const result = await lp.query(FULL_PROFILE, { id });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data!.profile).toMatchObject({
      id,
      email: 'five@example.com',
      status: 'ACTIVE',
      lastChangedBy: { source: 'development', channel: 'development' },
      consents: [{ purpose: 'marketing', channel: 'EMAIL', status: 'GRANTED' }],
      preferences: { language: 'en-GB', channels: [{ channel: 'EMAIL', enabled: true }] },
      offers: [{ id: 'e2e-other', title: 'Other offer' }],
      privacyRequests: [{ type: 'ACCESS', status: 'RECEIVED' }],
    });
  });

  it('costs each subgraph one batch read per kind of data for a list of 50 profiles, as for 1', async () => {
    for (let i = 0; i < 50; i += 1) await createCustomer(`list-${String(i).padStart(2, '0')}@example.com`);
    const LIST = `query($first: Int!) { profiles(first: $first) { profiles {
      id displayName consents { status } preferences { language } offers { id } privacyRequests { type } } } }`;

    // The offer decisions shown are written off the read path, by offer's decision journal: the
    // count waits until it has written them (one per profile), to see that it took one insert.
    const decisionsWritten = async () =>
      Number(/living_profile_offer_decisions_written_total (\d+)/.exec(await (await fetch(`${lp.origin('offer')}/metrics`)).text())![1]);
    const measure = async (list: string, first: number, decisions = 0) => {
      const [before, writtenBefore] = await Promise.all([lp.dbCommands(), decisionsWritten()]);
      const result = await lp.query(list, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.profiles.profiles).toHaveLength(first);
      await expect.poll(decisionsWritten, { timeout: 5_000, interval: 20 }).toBe(writtenBefore + decisions);
      return commandDelta(before, await lp.dbCommands());
    };
    // The page alone (its list buckets, read by equality as this database's spread of profiles
    // needs, see subgraphs/identity/src/models/Profile.ts, and its subjects' data keys): the other
    // subgraphs' fields cost identity nothing more.
    const PAGE = 'query($first: Int!) { profiles(first: $first) { profiles { id } } }';
    // A process's first page also reads the collection's size and whether list cells are ready.
    await lp.query(PAGE, { first: 1 });
    const pageReads = { 1: (await measure(PAGE, 1)).identity!.find!, 50: (await measure(PAGE, 50)).identity!.find! };
    const forOne = await measure(LIST, 1, 1);
    const forFifty = await measure(LIST, 50, 50);

    // One batch read per kind of data and subgraph: one `$in` on MongoDB; on FerretDB, which reads the
    // whole collection for a `$in`, one indexed equality lookup per profile (kit/mongo.ts findByKeys).
    const batch = (n: number) => (ferretdb ? n : 1);
    const expected = (n: 1 | 50) => ({
      identity: { find: pageReads[n] }, // the page of profiles and their subjects' data keys, as for the page alone
      consent: { find: batch(n) + 1 }, // the ledgers, and the purpose catalogue
      preference: { find: batch(n) },
      offer: { find: 1 + batch(n), insert: 1 }, // the live catalogue, the batch's responses; then one insert of all decision logs
      privacy: { find: batch(n), insert: 1 }, // the batch's requests, and one insert of the access audit
    });
    expect(forOne).toEqual(expected(1));
    expect(forFifty).toEqual(expected(50));
  });

  it('rejects bad input with BAD_USER_INPUT, never a 500', async () => {
    const invalidEmail = await lp.query('mutation($i: CreateProfileInput!) { createProfile(input: $i) { id } }', {
      i: { emails: [{ address: 'nope' }] },
    });
    expect(invalidEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badPage = await lp.query('{ profiles(first: 0) { nextCursor } }');
    expect(badPage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const unknownField = await lp.query('{ profile(id: "x") { shoeSize } }');
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const result of [invalidEmail, badPage, unknownField]) {
      expect(result.status).toBeLessThan(500);
      expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+|stacktrace/);
    }
    // GraphQL over HTTP: a body that is not JSON is a request error, 400 for graphql-response+json clients.
    const notJson = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('subgraphs reject requests that do not carry the gateway’s signature', async () => {
    const body = JSON.stringify({ query: '{ _service { sdl } }' });
    for (const name of SUBGRAPH_NAMES) {
      const url = lp.stack.subgraphs[name].url;
      const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(unsigned.status, `${name} without a signature`).toBe(401);
      expect((await unsigned.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');

      const forged = signViewer(
        { subject: null, roles: ['admin'], scopes: [], clientId: 'x', channel: 'x' },
        'not-the-key'.repeat(4),
        body,
      );
      const wrongKey = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [VIEWER_HEADER]: forged }, body });
      expect(wrongKey.status, `${name} with a forged signature`).toBe(401);

      const signed = signViewer({ subject: null, roles: ['system'], scopes: [], clientId: 'x', channel: 'x' }, lp.signingKey, body);
      const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [VIEWER_HEADER]: signed }, body });
      expect(ok.status, `${name} with the gateway's signature`).toBe(200);

      // The same valid header replayed with another query is refused.
      const other = JSON.stringify({ query: '{ __typename }' });
      const replayed = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VIEWER_HEADER]: signed },
        body: other,
      });
      expect(replayed.status, `${name} with a replayed signature`).toBe(401);
    }
  });

  it('reaches every subgraph through the subject-rights contract, for the privacy orchestrator only', async () => {
    const id = await createCustomer('rights@example.com');
    await giveDataInEverySubgraph(id);
    const clients = SUBGRAPH_NAMES.map((name) => [name, subjectRightsClient(lp.origin(name), lp.signingKey)] as const);

    for (const [name, client] of clients) {
      const inventory = await client.inventory(id);
      expect(inventory.holds.length, `${name} holds data about the subject`).toBeGreaterThan(0);
      const exported = await client.export(id);
      expect(Object.values(exported.records).flat().length, `${name} exports it`).toBeGreaterThan(0);
    }
    const identityClient = subjectRightsClient(lp.origin('identity'), lp.signingKey);
    // Unverified, the email finds nobody (it could be anyone's); verified, it finds the customer.
    expect(await identityClient.locate({ emails: ['rights@example.com'] })).toEqual([]);
    const verified = await lp.query(
      'mutation($id: ID!) { addEmail(profileId: $id, input: { address: "rights@example.com", verified: true, verificationMethod: AGENT_CHECK }) { id } }',
      { id },
    );
    expect(verified.errors).toBeUndefined();
    expect(await identityClient.locate({ emails: ['rights@example.com'] })).toEqual([id]);
    for (const [, client] of clients) await client.erase(id);
    expect(await identityClient.locate({ emails: ['rights@example.com'] })).toEqual([]);
    for (const [name, client] of clients) {
      const held = (await client.inventory(id)).holds.map((h) => h.collection);
      // Privacy keeps the request itself (without personal data): the proof it was answered.
      expect(held, `${name} after erasure`).toEqual(name === 'privacy' ? ['privacy_requests'] : []);
    }
    // What remains is a tombstone: the fact of the profile, no personal data, nothing in other subgraphs.
    expect((await lp.query(FULL_PROFILE, { id })).data?.profile).toMatchObject({
      id,
      status: 'ERASED',
      email: null,
      displayName: null,
      consents: [],
      preferences: null,
      // The request record stays, without personal data: the proof that it was answered.
      privacyRequests: [expect.objectContaining({ type: 'ACCESS' })],
    });
    expect(
      (await lp.query('query($e: EmailAddress!) { profileByEmail(email: $e) { id } }', { e: 'rights@example.com' })).data?.profileByEmail,
    ).toBeNull();

    const eraseBody = JSON.stringify({ operation: 'erase', subjectId: id });
    const asCustomer = await fetch(`${lp.origin('consent')}/internal/subject-rights`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VIEWER_HEADER]: signViewer(customerViewer(id), lp.signingKey, eraseBody) },
      body: eraseBody,
    });
    expect(asCustomer.status).toBe(403);
  });

  it('refuses a subject-rights call of the wrong shape, saying what the operation needs', async () => {
    const orchestrator: Viewer = {
      subject: null,
      roles: ['system'],
      scopes: ['subject-rights'],
      clientId: 'privacy-orchestrator',
      channel: 'internal',
    };
    const call = async (body: unknown) => {
      const json = JSON.stringify(body);
      const response = await fetch(`${lp.origin('preference')}/internal/subject-rights`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VIEWER_HEADER]: signViewer(orchestrator, lp.signingKey, json) },
        body: json,
      });
      return {
        status: response.status,
        error: ((await response.json()) as { errors?: { message: string; extensions: { code: string } }[] }).errors?.[0],
      };
    };
    const missing = await call({ operation: 'restrict', subjectId: 'someone' });
    expect(missing.status).toBe(400);
    expect(missing.error).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/^restrict needs .*"restricted"/),
    });
    const backwards = await call({ operation: 'affected', window: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(backwards).toMatchObject({ status: 400, error: { message: expect.stringMatching(/from is before to/) } });
    const unknown = await call({ operation: 'shred', subjectId: 'someone' });
    expect(unknown).toMatchObject({
      status: 400,
      error: { message: expect.stringMatching(/^Expected \{"operation": one of export, erase/) },
    });
    // Choices are consent's: another subgraph says it holds none.
    expect(await call({ operation: 'recordChoice', subjectId: 'someone', choice: { kind: 'automated-decisions' } })).toMatchObject({
      status: 404,
      error: { extensions: { code: 'NOT_FOUND' } },
    });
  });

  it('reports health and readiness', async () => {
    expect((await fetch(new URL('/healthcheck', lp.stack.gatewayUrl))).status).toBe(200);
    const readiness = await fetch(new URL('/readiness', lp.stack.gatewayUrl));
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({
      status: 'ready',
      supergraph: 'loaded',
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'ready'])),
    });
  });

  // Runs last: it stops a subgraph.
  it('serves the other subgraphs’ data plus an error naming a subgraph that is down', async () => {
    const id = await createCustomer('partial@example.com');
    await giveDataInEverySubgraph(id);
    await lp.stack.subgraphs.consent.process.stop();

    const result = await lp.query(FULL_PROFILE, { id });
    expect(result.status).toBe(200);
    expect(result.data!.profile).toMatchObject({
      id,
      email: 'partial@example.com',
      consents: null,
      preferences: { language: 'en-GB' },
      privacyRequests: [{ type: 'ACCESS' }],
    });
    expect(result.errors).toEqual([
      {
        message: 'The consent subgraph is unavailable; its fields are missing from this response.',
        path: expect.any(Array),
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'consent' },
      },
    ]);
    expect(JSON.stringify(result.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|representations/);

    const readiness = await fetch(new URL('/readiness', lp.stack.gatewayUrl));
    expect(readiness.status).toBe(503);
    expect((await readiness.json()).subgraphs).toMatchObject({ consent: 'unreachable', identity: 'ready' });
  });
});
