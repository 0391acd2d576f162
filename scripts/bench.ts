// npm run bench: what offers cost per profile, measured side by side with a baseline.
// Starts its own embedded database (or MONGODB_URI) and stack on free ports, loads 500 customers
// through the public API, then times `profiles(first: N)` for N = 1, 50, 500, once listing only
// ids (baseline) and once with each profile's offer feed, and reads every subgraph's database
// commands from /metrics. Prints medians, per-profile cost, and ratios; asserts nothing.
// npm run bench -- --scale [--sizes 10000,100000,1000000]: how reads hold up as the database
// grows (scripts/lib/scaleBench.ts).
import { performance } from 'node:perf_hooks';
import { loadCatalogue, startBenchStack, step, type BenchStack } from './lib/benchStack.ts';
import { mustGraphql } from './lib/graphqlClient.ts';
import { DEFAULT_SIZES, scaleBench } from './lib/scaleBench.ts';
import { messageOf } from '#kit/guards.ts';

const SIZES = [1, 50, 500];
/** Records per bulk call while loading. */
const PAGE = 100;
const pages = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const RUNS = 7;

/** `--scale [--sizes 10000,100000,1000000]`: the scale bench; no argument: the offers bench. */
function parseArguments(argv: string[]): { scale: false } | { scale: true; sizes: number[] } {
  if (!argv.includes('--scale')) {
    if (argv.length) throw new Error(`unknown arguments: ${argv.join(' ')}. Use no argument, or --scale [--sizes 10000,100000,1000000].`);
    return { scale: false };
  }
  const at = argv.indexOf('--sizes');
  const sizes = at === -1 ? DEFAULT_SIZES : (argv[at + 1] ?? '').split(',').map(Number);
  if (!sizes.length || sizes.some((n, i) => !Number.isInteger(n) || n < 100 || (i > 0 && n <= sizes[i - 1]!)))
    throw new Error('--sizes takes growing whole numbers of at least 100, comma-separated (e.g. --sizes 10000,100000).');
  return { scale: true, sizes };
}

async function offersBench(bench: BenchStack): Promise<void> {
  const url = bench.stack.gatewayUrl;
  const commands = () => bench.commands();
  step('loading 500 customers, consents, interests and offers…');
  await loadCatalogue(url);
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
}

try {
  const options = parseArguments(process.argv.slice(2));
  if (options.scale) await scaleBench(options.sizes);
  else {
    const bench = await startBenchStack();
    try {
      await offersBench(bench);
    } finally {
      await bench.stop();
    }
  }
} catch (error) {
  process.stderr.write(`✖ ${messageOf(error)}\n`);
  process.exitCode = 1;
}
