// npm run bench: what offers cost per profile, measured side by side with a baseline.
// Starts its own embedded database (or MONGODB_URI) and stack on free ports, loads 500 customers
// through the public API, then times `profiles(first: N)` for N = 1, 50, 500, once listing only
// ids (baseline) and once with each profile's offer feed, and reads every subgraph's database
// commands from /metrics. Prints medians, per-profile cost, and ratios; asserts nothing.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureFerretdbBinary, startEmbeddedDatabase } from './lib/embeddedDatabase.ts';
import { mustGraphql } from './lib/graphqlClient.ts';
import { SUBGRAPH_NAMES, startStack } from './lib/stack.ts';

const SIZES = [1, 50, 500];
/** Records per bulk call while loading. */
const PAGE = 100;
const pages = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const RUNS = 7;
const step = (message: string) => process.stdout.write(`▸ ${message}\n`);
const quiet = (name: string, line: string) => {
  if (/\berror\b/i.test(line)) process.stderr.write(`[${name}] ${line}\n`);
};

const dataDir = mkdtempSync(join(tmpdir(), 'lp-bench-'));
let stop = async () => {};
try {
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    const database = await startEmbeddedDatabase({ binary: await ensureFerretdbBinary(step), dataDir, output: quiet });
    uri = database.uri;
    stop = () => database.stop();
  }
  step('starting the stack…');
  const stack = await startStack({
    mongoUri: uri,
    signingKeys: randomBytes(32).toString('base64url'),
    databasePrefix: `bench_${randomBytes(3).toString('hex')}`,
    devViewerRole: 'admin',
    environment: 'test',
    env: {
      KEY_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
      RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      // Background workers idle: the per-run database counts are then the reads' own.
      PRIVACY_WORKER_INTERVAL_MS: '600000',
      WEBHOOK_RELAY_INTERVAL_MS: '600000',
      OUTBOX_INTERVAL_MS: '600000',
    },
    output: quiet,
  });
  const previous = stop;
  stop = async () => {
    await stack.stop();
    await previous();
  };
  const url = stack.gatewayUrl;

  step('loading 500 customers, consents, interests and offers…');
  await mustGraphql(
    url,
    'mutation { upsertPurpose(input: { id: "personalised-offers", name: "Offers", description: "d", legalBasis: CONSENT, refusable: true }) { id } }',
  );
  await mustGraphql(url, 'mutation { publishNotice(purpose: "personalised-offers", input: { summary: "v1" }) { version } }');
  await mustGraphql(url, 'mutation { upsertTopic(input: { id: "running", name: "Running", description: "d" }) { id } }');
  for (const [i, topic] of ['running', 'travel', 'cooking', 'general', 'music'].entries()) {
    await mustGraphql(url, 'mutation($input: OfferInput!) { upsertOffer(input: $input) { id } }', {
      input: {
        id: `offer-${i}`,
        title: `Offer ${i}`,
        description: 'd',
        channels: ['WEB'],
        topics: [topic],
        validFrom: '2026-01-01T00:00:00Z',
        status: 'ACTIVE',
        priority: i,
        rule: i % 2 ? { country: ['GB'] } : null,
      },
    });
  }
  const records = Array.from({ length: 500 }, (_, i) => ({
    eventId: `bench-${i}`,
    identifier: { source: 'bench', id: `B-${i}` },
    name: { given: `Customer${i}` },
    addresses: [{ lines: [`${i} Bench Street`], city: 'Leeds', country: i % 3 ? 'GB' : 'IE' }],
    locale: 'en-GB',
  }));
  // In pages, as a source system syncs: each call well inside the gateway's subgraph timeout.
  const ids: string[] = [];
  for (const page of pages(records, PAGE)) {
    const created = await mustGraphql<{ upsertProfilesFromSource: { profileId: string }[] }>(
      url,
      'mutation($r: [SourceRecordInput!]!) { upsertProfilesFromSource(source: "bench", records: $r) { profileId } }',
      { r: page },
    );
    ids.push(...created.upsertProfilesFromSource.map((r) => r.profileId));
    step(`  ${ids.length} customers`);
  }
  const consents = ids
    .filter((_, i) => i % 2 === 0)
    .map((id, i) => ({
      recordId: `c-${i}`,
      profileId: id,
      purpose: 'personalised-offers',
      channel: 'WEB',
      status: 'GRANTED',
      givenAt: '2026-01-01T00:00:00Z',
      noticeVersion: 1,
      collectionPoint: 'bench',
    }));
  for (const page of pages(consents, PAGE)) {
    await mustGraphql(url, 'mutation($r: [ConsentImportRecord!]!) { importConsents(source: "development", records: $r) { status } }', {
      r: page,
    });
  }
  step(`  ${consents.length} consents imported`);
  for (const id of ids.filter((_, i) => i % 5 === 0)) {
    await mustGraphql(url, 'mutation($id: ID!) { setInterest(profileId: $id, topic: "running", interested: true) { id } }', { id });
  }

  /** Database commands so far, per `subgraph:command` (from each subgraph's /metrics). */
  const commands = async () => {
    const totals: Record<string, number> = {};
    for (const name of SUBGRAPH_NAMES) {
      const text = await (await fetch(`${new URL(stack.subgraphs[name].url).origin}/metrics`)).text();
      for (const [, command, n] of text.matchAll(/^living_profile_db_commands_total\{[^}]*command="([^"]+)"\} (\d+)$/gm))
        totals[`${name}:${command}`] = Number(n);
    }
    return totals;
  };
  const measure = async (query: string, first: number) => {
    for (let i = 0; i < 2; i += 1) await mustGraphql(url, query, { first });
    const before = await commands();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      await mustGraphql(url, query, { first });
      times.push(performance.now() - start);
    }
    const after = await commands();
    const byCommand = Object.fromEntries(
      Object.keys(after)
        .map((key) => [key, (after[key]! - (before[key] ?? 0)) / RUNS] as const)
        .filter(([, v]) => v > 0),
    );
    const perRun: Record<string, number> = {};
    for (const [key, v] of Object.entries(byCommand)) {
      const subgraph = key.split(':')[0]!;
      perRun[subgraph] = (perRun[subgraph] ?? 0) + v;
    }
    return { median: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, perRun, byCommand };
  };

  const BASELINE = 'query($first: Int!) { profiles(first: $first) { profiles { id } } }';
  const OFFERS =
    'query($first: Int!) { profiles(first: $first) { profiles { id offerFeed(channel: WEB) { mode items { offer { id } explanation } } } } }';
  const rows = [];
  for (const n of SIZES) {
    step(`measuring ${n} profile(s)…`);
    rows.push({ n, baseline: await measure(BASELINE, n), offers: await measure(OFFERS, n) });
  }
  const one = rows[0]!.offers.median;
  process.stdout.write(
    '\nprofiles  baseline ms  offers ms  offers/baseline  offers ms per profile  vs 1 profile (per profile)  database commands per request (offers)\n',
  );
  for (const { n, baseline, offers } of rows) {
    const perProfile = offers.median / n;
    process.stdout.write(
      `${String(n).padStart(8)}  ${baseline.median.toFixed(1).padStart(11)}  ${offers.median.toFixed(1).padStart(9)}  ${(offers.median / baseline.median).toFixed(2).padStart(15)}  ${perProfile.toFixed(2).padStart(21)}  ${(perProfile / one).toFixed(3).padStart(27)}  ${JSON.stringify(offers.perRun)}\n`,
    );
  }
  process.stdout.write(
    `\ndatabase commands per request by name, ${rows.at(-1)!.n} profiles: ${JSON.stringify(rows.at(-1)!.offers.byCommand)}\n`,
  );
} catch (error) {
  process.stderr.write(`✖ ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
}
