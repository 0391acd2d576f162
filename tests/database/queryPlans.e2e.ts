// Every query the product sends is answered from an index, asked of the server itself. The whole
// stack runs a day of work through the public API (demo data, reads of the living profile, lists,
// lookups, consents, preferences, offers, source syncs, imports, merges, webhooks, rights
// requests to completion) while each subgraph logs the first query of every shape it sends
// (DATABASE_QUERY_LOG, kit/src/queryLog.ts). Then every collection is filled out to a few thousand
// documents, so the planner has a reason to prefer an index, and `explain` is asked about each
// logged query over the wire: a sequential scan (FerretDB on PostgreSQL) or a COLLSCAN (MongoDB)
// fails the test, unless the query is one of the few listed below with the reason it may.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { LoggedQuery } from '#kit/queryLog.ts';
import { LIVING_PROFILE } from '../../scripts/lib/livingProfile.ts';
import { seedDemoData } from '../../scripts/lib/seed.ts';
import { espUnsubscribe } from '../support/consent.ts';
import { runOnFerretDB } from '../support/database.ts';
import { useStack } from '../support/stack.ts';

const folder = mkdtempSync(join(tmpdir(), 'lp-queries-'));
const queryLog = join(folder, 'queries.jsonl');
const lp = useStack({
  env: { DATABASE_QUERY_LOG: queryLog, PRIVACY_WORKER_INTERVAL_MS: '100', WEBHOOK_RELAY_INTERVAL_MS: '100', OUTBOX_INTERVAL_MS: '100' },
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result = await lp.query(query, variables);
  if (result.errors) throw new Error(`${query}\n${JSON.stringify(result.errors)}`);
  return result.data!;
}

/** A day of work through the public API, touching every subgraph's reads, writes and workers. */
async function aDayOfWork(): Promise<void> {
  await seedDemoData(lp.stack.gatewayUrl);
  const ada = (await ok('{ profileByEmail(email: "ada@example.com") { id } }')).profileByEmail.id as string;
  const grace = (await ok('{ profileByEmail(email: "grace@example.com") { id } }')).profileByEmail.id as string;

  // Reads: the living profile, lists and pages, lookups by email, contact, identifier.
  await ok(LIVING_PROFILE, { id: ada });
  const page = await ok('{ profiles(first: 2) { profiles { id consents { status } preferences { language } } nextCursor } }');
  await ok('query($after: ID) { profiles(first: 50, after: $after) { profiles { id displayName } } }', {
    after: page.profiles.nextCursor,
  });
  await ok('{ profilesByContact(email: "grace@example.com") { id } }');
  await ok('{ profileByIdentifier(source: "acme-loyalty", id: "M-1906") { id } }');
  await ok('{ purposes { id notices { version } } topics { id } offerCatalogue { id } }');

  // Source systems: a CRM sync (new and known records), an ESP's unsubscribe, sends.
  const synced = await ok(
    'mutation($r: [SourceRecordInput!]!) { upsertProfilesFromSource(source: "crm", records: $r) { status profileId } }',
    {
      r: [
        { eventId: 'q-1', identifier: { source: 'crm', id: 'C-1' }, emails: [{ address: 'lin@example.com', verified: true }] },
        { eventId: 'q-2', identifier: { source: 'crm', id: 'C-2' }, name: { display: 'Mo' }, emails: [{ address: 'mo@example.com' }] },
      ],
    },
  );
  const lin = synced.upsertProfilesFromSource[0].profileId as string;
  await ok('mutation($r: [SourceRecordInput!]!) { upsertProfilesFromSource(source: "crm", records: $r) { status } }', {
    r: [{ eventId: 'q-3', identifier: { source: 'crm', id: 'C-1' }, locale: 'en-GB' }],
  });
  await ok('mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { status } }', {
    r: [espUnsubscribe(grace, 'q-esp-1', 'esp footer', { list: 'weekly' })],
  });
  await ok('mutation($s: [SendInput!]!) { recordSends(source: "esp", sends: $s) { recorded } }', {
    s: [{ sendId: 'q-send-1', profileId: ada, channel: 'EMAIL', topic: 'running', sentAt: new Date().toISOString() }],
  });

  // The customer's own changes, as staff make them for them.
  await ok('mutation($id: ID!) { rectifyProfile(id: $id, input: { timeZone: "Europe/London" }, reason: "moved") { id } }', { id: ada });
  await ok('mutation($id: ID!) { addAddress(profileId: $id, input: { lines: ["1 Quiet St"], city: "York", country: "GB" }) { id } }', {
    id: ada,
  });
  await ok('mutation($i: RecordConsentInput!) { recordConsent(input: $i) { seq } }', {
    i: {
      profileId: lin,
      purpose: 'marketing',
      channel: 'EMAIL',
      status: 'GRANTED',
      proof: { noticeVersion: 1, collectionPoint: 'query plans', method: 'CHECKBOX' },
    },
  });
  const { requestConsentConfirmation } = await ok(
    'mutation($i: RequestConsentConfirmationInput!) { requestConsentConfirmation(input: $i) { token } }',
    { i: { profileId: lin, purpose: 'analytics', channel: 'EMAIL', noticeVersion: 1, collectionPoint: 'query plans' } },
  );
  await ok('mutation($t: String!) { confirmConsent(token: $t) { seq } }', { t: requestConsentConfirmation.token });
  await ok('mutation($p: ID!) { setObjection(profileId: $p, purpose: "marketing", objected: true, reason: "no") { id } }', { p: grace });
  await ok('mutation($i: SetPreferencesInput!) { setPreferences(input: $i) { id } }', {
    i: { profileId: ada, language: 'en-GB', channels: [{ channel: 'SMS', enabled: false }] },
  });
  await ok('mutation($p: ID!) { setInterest(profileId: $p, topic: "running", interested: true) { id } }', { p: ada });
  const feed = await ok('query($id: ID!) { profile(id: $id) { offerFeed(channel: WEB) { items { offer { id } } } } }', { id: ada });
  const offerId = feed.profile.offerFeed.items[0]?.offer.id as string | undefined;
  if (offerId) await ok('mutation($p: ID!, $o: ID!) { dismissOffer(profileId: $p, offerId: $o) { id } }', { p: ada, o: offerId });

  // Duplicates: found, merged, unmerged.
  const twin = (
    await ok('mutation { createProfile(input: { emails: [{ address: "lin@example.com" }], name: { display: "Lin" } }) { id } }')
  ).createProfile.id as string;
  await ok('query($p: ID!) { duplicateCandidates(profileId: $p) { profile { id } } }', { p: twin });
  await ok('mutation($s: ID!, $m: ID!) { mergeProfiles(survivorId: $s, mergedId: $m, reason: "same person") { id } }', { s: lin, m: twin });
  await ok('query($id: ID!) { profile(id: $id) { id } }', { id: twin });
  await ok('mutation($s: ID!, $m: ID!) { unmergeProfiles(survivorId: $s, mergedId: $m, reason: "not the same") { id } }', {
    s: lin,
    m: twin,
  });
  await ok('query($since: DateTime!) { mergeChanges(since: $since) { survivorId } }', {
    since: new Date(Date.now() - 3_600_000).toISOString(),
  });

  // Webhooks: a subscriber, its deliveries.
  await ok('mutation($i: RegisterWebhookSubscriberInput!) { registerWebhookSubscriber(input: $i) { secret } }', {
    i: { id: 'query-plans', url: 'http://127.0.0.1:9/hook', eventTypes: ['consent.granted', 'profile.updated'], purposes: [] },
  });

  // Rights: an access request, an erasure, both to completion; deadlines; transparency.
  const access = (await ok('mutation($p: ID!) { openPrivacyRequest(input: { profileId: $p, type: ACCESS }) { id } }', { p: ada }))
    .openPrivacyRequest.id as string;
  const others = [];
  for (const input of [
    { profileId: grace, type: 'RESTRICTION' },
    { profileId: ada, type: 'OBJECTION', purpose: 'marketing' },
    { profileId: ada, type: 'AUTOMATED_DECISION_OPT_OUT' },
    { profileId: lin, type: 'PORTABILITY' },
  ])
    others.push(
      (await ok('mutation($i: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $i) { id } }', { i: input })).openPrivacyRequest.id,
    );
  const erasure = (await ok('mutation($p: ID!) { openPrivacyRequest(input: { profileId: $p, type: ERASURE }) { id } }', { p: twin }))
    .openPrivacyRequest.id as string;
  for (const id of [access, erasure, ...others])
    await expect
      .poll(async () => (await ok('query($id: ID!) { privacyRequest(id: $id) { status } }', { id })).privacyRequest.status, {
        timeout: 30_000,
      })
      .toBe('COMPLETED');
  await ok('{ privacyRequestsByDeadline { id } webhookDeliveries(subscriberId: "query-plans") { id } webhookSubscribers { id } }');
  await ok('mutation($p: ID!) { liftProcessingRestriction(profileId: $p, reason: "resolved") { lifted } }', { p: grace });
  await ok('query($i: BreachWindowInput!) { breachImpact(input: $i) { subjects } }', {
    i: { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString() },
  });
  await ok(LIVING_PROFILE, { id: lin });
  // The relays hand over and fan out what the day wrote.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

/** The plan's node types (PostgreSQL through FerretDB) or stages (MongoDB). */
async function planOf(db: mongoose.mongo.Db, query: LoggedQuery): Promise<string[]> {
  const explained = (await db.command({
    explain: { find: query.collection, filter: query.filter, ...(query.sort ? { sort: query.sort } : {}) },
    verbosity: 'queryPlanner',
  })) as Record<string, any>;
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record['Node Type'] === 'string')
      found.push(`${record['Node Type']}${record['Index Name'] ? ` ${record['Index Name']}` : ''}`);
    if (typeof record.stage === 'string') found.push(record.stage);
    Object.values(record).forEach(walk);
  };
  walk(explained.queryPlanner?.Plan ?? explained.queryPlanner?.winningPlan ?? explained.queryPlanner);
  return found;
}

const scans = (plan: string[]) => plan.some((node) => /Seq Scan|COLLSCAN/.test(node));

/** The only queries that may read a whole collection, each with the reason it may. */
const MAY_SCAN: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^find (consent purposes|consent webhook_subscribers|offer offers|preference topics) \{"filter":\{\}/,
    why: 'a catalogue the company configures (purposes, subscribers, offers, topics: tens of documents), read whole',
  },
  {
    pattern: /^find consent event_declarations \{"filter":\{\}/,
    why: 'the event types each subgraph declared: one document per subgraph, read whole (a replica reuses it for 5 s)',
  },
  {
    pattern: /^find \w+ \w+ \{"filter":\{"(at|[a-zA-Z]+At)":\{"\$gte":"date","\$lte":"date"\}\}/,
    why: 'a breach investigation (breachImpact): every document written in a time window, asked rarely by an administrator',
  },
  {
    pattern: /^find \w+ \w+ \{"filter":\{"outbox\.id":\{"\$exists"/,
    why: "an outbox relay's sweep for events without the pending flag: its first pass after a start, then once an hour",
  },
  {
    pattern: /"(relayBucket|tokenHash|listCell|merges\.0)":\{"\$exists"|^find consent \w+ \{"filter":\{\},"sort":\{"(at|receivedAt)"/,
    why: 'an upgrade step, once per database: documents written before a lookup field existed get it',
  },
];
const mayScan = (pattern: string) => MAY_SCAN.find((allowed) => allowed.pattern.test(pattern));

describe.skipIf(process.env.EMBEDDED_DATABASE === 'sqlite' && !process.env.MONGODB_URI)('query plans', () => {
  it('answers every query the product sends from an index', async () => {
    await aDayOfWork();
    await lp.stack.stop();

    const logged = readFileSync(queryLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => mongoose.mongo.BSON.EJSON.parse(line, { relaxed: false }) as LoggedQuery);
    const patterns = new Map<string, LoggedQuery>();
    for (const query of logged) patterns.set(`${query.database.replace(/^.*_/, '')} ${query.collection} ${query.shape}`, query);
    expect(patterns.size).toBeGreaterThan(40);

    const client = await mongoose.mongo.MongoClient.connect(inject('mongoUri'));
    try {
      // A few thousand documents in every collection that was queried: an index is what a big
      // collection needs, and what a planner picks only when the table is not tiny.
      const collections = new Set([...patterns.values()].map((q) => `${q.database}\u0000${q.collection}`));
      for (const entry of collections) {
        const [database, collection] = entry.split('\u0000') as [string, string];
        await client
          .db(database)
          .collection(collection)
          .insertMany(Array.from({ length: 3000 }, (_, i) => ({ _id: `filler-${i}` as never, filler: 'x'.repeat(200) })));
        // FerretDB answers collStats after an ANALYZE of the table: the planner then knows its size
        // and contents at once, instead of when autovacuum next looks (up to a minute).
        await client.db(database).command({ collStats: collection });
      }
      const ferretdb = await runOnFerretDB();
      const report: string[] = [];
      const scanning: string[] = [];
      const deadline = Date.now() + 20_000;
      for (const [pattern, query] of [...patterns].sort(([a], [b]) => a.localeCompare(b))) {
        let plan = await planOf(client.db(query.database), query);
        // The GIN twins of indexes and PostgreSQL's statistics follow the inserts within seconds.
        while (scans(plan) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          plan = await planOf(client.db(query.database), query);
        }
        const named = `${query.command} ${pattern}`;
        const allowed = scans(plan) && mayScan(named);
        report.push(
          `${scans(plan) ? (allowed ? 'scan ' : 'SCAN ') : 'index'} ${named}  →  ${plan.join(' / ')}${allowed ? `  (${allowed.why})` : ''}`,
        );
        if (scans(plan) && !allowed) scanning.push(named);
      }
      console.log(`${ferretdb ? 'FerretDB/PostgreSQL' : 'MongoDB'}: ${patterns.size} query patterns\n${report.join('\n')}`);
      expect(scanning).toEqual([]);
    } finally {
      await client.close();
    }
  }, 240_000);
});
