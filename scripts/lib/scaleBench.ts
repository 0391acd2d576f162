// npm run bench -- --scale: how the product's reads hold up as the database grows.
//
// Loads the first size (10k by default) through the product's own bulk path, the public API a
// source system uses (upsertProfilesFromSource and importConsents in pages of 100, setInterest
// and dismissOffer one by one, 8 at a time), then each further size with the fast loader
// (scripts/lib/scaleLoader.ts), after checking that the loader writes documents of the same shape
// as the API did. After each load it settles the embedded database as PostgreSQL advises after a
// bulk load (VACUUM ANALYZE, CHECKPOINT), so a size is measured in its steady state rather than
// while autovacuum works through the rows just written. At each size it times, one request after
// another through the gateway, the kinds taking turns: the living profile of a random customer
// (identity, consent, preference, offer, privacy), a page of 50 profiles from a random place, and a
// lookup by email; prints p50 and p99 of each, how long each phase took, and the ratios of the largest size to the
// first. Asserts nothing.
import { performance } from 'node:perf_hooks';
import { LIVING_PROFILE } from './livingProfile.ts';
import { eachAtOnce, loadCatalogue, startBenchStack, step } from './benchStack.ts';
import { mustGraphql } from './graphqlClient.ts';
import { consentRecordOf, fastLoader, scaleCustomer, SCALE_SOURCE, type FastLoader } from './scaleLoader.ts';

export const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
/** Rounds timed per size, one request of each kind a round (after WARMUP untimed rounds). */
const SAMPLES = 1000;
const WARMUP = 20;
const PAGE = 100;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Timing {
  p50: number;
  p99: number;
}

export async function scaleBench(sizes: number[]): Promise<void> {
  // The workers run as in production: the outbox relays empty the API's outboxes, as the loader's
  // documents are written (with nothing pending).
  const bench = await startBenchStack({ idleWorkers: false });
  const phases: { phase: string; took: string }[] = [];
  const timed = async <T>(phase: string, task: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await task();
    phases.push({ phase, took: seconds(started) });
    step(`${phase}: ${seconds(started)}`);
    return result;
  };
  const loader = await (async () => {
    await loadCatalogue(bench.stack.gatewayUrl);
    return fastLoader({ mongoUri: bench.mongoUri, databasePrefix: bench.databasePrefix, env: bench.env });
  })();
  try {
    const url = bench.stack.gatewayUrl;
    const ids: string[] = [];
    const results: { size: number; read: Timing; list: Timing; email: Timing }[] = [];

    const first = sizes[0]!;
    await timed(`${first.toLocaleString('en')} customers through the public API`, async () => {
      for (const id of await loadThroughApi(url, 0, first)) ids.push(id);
    });

    // The fast loader must write what the API wrote: the same fields with the same kinds of value.
    ids.push(await loaderMatchesApi(loader, ids[0]!, first));

    for (const [index, size] of sizes.entries()) {
      if (index > 0) {
        const from = ids.length;
        await timed(`${(size - from).toLocaleString('en')} more customers with the fast loader`, async () => {
          const started = performance.now();
          let last = 0;
          const loaded = await loader.load(from, size, (done) => {
            if (done - last >= 20_000 || from + done === size) {
              last = done;
              step(
                `  ${(from + done).toLocaleString('en')} of ${size.toLocaleString('en')} (${Math.round(done / ((performance.now() - started) / 1000))}/s)`,
              );
            }
          });
          // One by one: spreading 900,000 ids into push() passes V8's limit on a call's arguments.
          for (const id of loaded) ids.push(id);
        });
      }
      await timed(`settling the database at ${size.toLocaleString('en')} (VACUUM ANALYZE, CHECKPOINT)`, () => bench.settle());
      const measured = await timed(`measuring at ${size.toLocaleString('en')}`, () => measure(url, ids));
      results.push({ size, ...measured });
      const t = (x: Timing) => `${x.p50.toFixed(1)}/${x.p99.toFixed(1)} ms`;
      step(
        `  at ${size.toLocaleString('en')}: living profile ${t(measured.read)}, list of 50 ${t(measured.list)}, by email ${t(measured.email)} (p50/p99)`,
      );
    }

    const f = (t: Timing) => `${t.p50.toFixed(1).padStart(7)} ${t.p99.toFixed(1).padStart(7)}`;
    process.stdout.write(
      `\n${'profiles'.padStart(10)}  ${'living profile p50/p99 ms'.padStart(26)}  ${'list of 50 p50/p99 ms'.padStart(22)}  ${'by email p50/p99 ms'.padStart(20)}\n`,
    );
    for (const r of results)
      process.stdout.write(
        `${r.size.toLocaleString('en').padStart(10)}  ${f(r.read).padStart(26)}  ${f(r.list).padStart(22)}  ${f(r.email).padStart(20)}\n`,
      );
    const [small, large] = [results[0]!, results.at(-1)!];
    if (results.length > 1) {
      const ratio = (kind: 'read' | 'list' | 'email', p: 'p50' | 'p99') => (large[kind][p] / small[kind][p]).toFixed(2);
      process.stdout.write(
        `\nratio ${large.size.toLocaleString('en')}/${small.size.toLocaleString('en')}:  living profile ${ratio('read', 'p50')} (p99 ${ratio('read', 'p99')})  list ${ratio('list', 'p50')} (p99 ${ratio('list', 'p99')})  by email ${ratio('email', 'p50')} (p99 ${ratio('email', 'p99')})\n`,
      );
    }
    process.stdout.write(`\nphases:\n${phases.map((p) => `  ${p.phase}: ${p.took}`).join('\n')}\n`);
  } finally {
    await loader.close();
    await bench.stop();
  }
}

/**
 * Customers `from` … `to - 1` through the public API, as a source system and the customers'
 * choices reach it: profiles by source sync and consents by import, in pages; interests and
 * dismissals one request each, 8 at a time. Returns their profile ids in order.
 */
export async function loadThroughApi(url: string, from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  let started = performance.now();
  for (let at = from; at < to; at += PAGE) {
    const page = Array.from({ length: Math.min(PAGE, to - at) }, (_, k) => scaleCustomer(at + k).record);
    const created = await mustGraphql<{ upsertProfilesFromSource: { profileId: string; status: string }[] }>(
      url,
      `mutation($r: [SourceRecordInput!]!) { upsertProfilesFromSource(source: "${SCALE_SOURCE}", records: $r) { profileId status } }`,
      { r: page },
    );
    const rejected = created.upsertProfilesFromSource.filter((r) => r.status === 'REJECTED');
    if (rejected.length) throw new Error(`the source sync rejected ${rejected.length} records; see the identity log`);
    ids.push(...created.upsertProfilesFromSource.map((r) => r.profileId));
    step(`  profiles: ${ids.length} of ${to - from} (${Math.round(ids.length / ((performance.now() - started) / 1000))}/s)`);
  }
  started = performance.now();
  const consents = ids.flatMap((id, k) => (scaleCustomer(from + k).consent ? [consentRecordOf(from + k, id)] : []));
  for (let at = 0; at < consents.length; at += PAGE) {
    const records = consents.slice(at, at + PAGE).map(({ subjectId, ...r }) => ({ ...r, profileId: subjectId }));
    await mustGraphql(url, 'mutation($r: [ConsentImportRecord!]!) { importConsents(source: "development", records: $r) { status } }', {
      r: records,
    });
    step(`  consents: ${Math.min(at + PAGE, consents.length)} of ${consents.length}`);
  }
  let done = 0;
  await eachAtOnce(ids, 8, async (id, k) => {
    const customer = scaleCustomer(from + k);
    if (customer.interest)
      await mustGraphql(url, 'mutation($id: ID!, $t: ID!) { setInterest(profileId: $id, topic: $t, interested: true) { id } }', {
        id,
        t: customer.interest,
      });
    if (customer.dismissal)
      await mustGraphql(url, 'mutation($id: ID!, $o: ID!) { dismissOffer(profileId: $id, offerId: $o) { id } }', {
        id,
        o: customer.dismissal,
      });
    done += 1;
    if (done % 2000 === 0 || done === ids.length) step(`  interests and dismissals: ${done} of ${ids.length} customers`);
  });
  return ids;
}

/**
 * Loads customer `index` with the fast loader and checks that every document it wrote has the
 * shape of the one the API wrote for `apiProfileId` (a customer with one of everything), once the
 * outbox relays have handed the API's events on. Returns the loaded customer's profile id; throws
 * naming each collection where the two differ.
 */
export async function loaderMatchesApi(loader: FastLoader, apiProfileId: string, index: number): Promise<string> {
  let api = await loader.documentShapes(apiProfileId);
  for (let waited = 0; Object.values(api).some((shape) => shape.includes('"outboxPending"')); waited += 1) {
    if (waited > 120) throw new Error("the outbox relays did not hand on the API's events within a minute; see the subgraph logs");
    await new Promise((resolve) => setTimeout(resolve, 500));
    api = await loader.documentShapes(apiProfileId);
  }
  const [probe] = await loader.load(index, index + 1, () => {});
  const fast = await loader.documentShapes(probe!);
  const differ = Object.keys(api).filter((name) => api[name] !== fast[name]);
  if (differ.length)
    throw new Error(
      `the fast loader no longer writes what the product writes, in ${differ.join(', ')}:\n${differ
        .map((n) => `  ${n}\n    API:    ${api[n]}\n    loader: ${fast[n]}`)
        .join('\n')}\nChange scripts/lib/scaleLoader.ts to match.`,
    );
  return probe!;
}

/** A copy of `items` in a random order (Fisher–Yates: every order as likely). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * p50 and p99 of the three reads, over random customers and random places in the list. The kinds
 * take turns (one of each per round, in a random order; WARMUP untimed rounds first), so a passing
 * stall on the shared cores (a collector, a checkpoint, a relay's poll) falls on all three alike,
 * not on whichever kind happened to be running; with SAMPLES rounds the p99 is the tenth slowest.
 */
async function measure(url: string, ids: readonly string[]): Promise<{ read: Timing; list: Timing; email: Timing }> {
  const pick = () => Math.floor(Math.random() * ids.length);
  const requests = {
    read: () => mustGraphql(url, LIVING_PROFILE, { id: ids[pick()] }),
    list: async () => {
      const page = await mustGraphql<{ profiles: { profiles: unknown[] } }>(
        url,
        'query($after: ID) { profiles(first: 50, after: $after) { profiles { id displayName } } }',
        { after: ids[pick()] },
      );
      return page.profiles.profiles.length;
    },
    email: async () => {
      const i = pick();
      const found = await mustGraphql<{ profileByEmail: { id: string } | null }>(
        url,
        'query($e: EmailAddress!) { profileByEmail(email: $e) { id } }',
        { e: scaleCustomer(i).email },
      );
      if (found.profileByEmail?.id !== ids[i])
        throw new Error(`profileByEmail found ${found.profileByEmail?.id ?? 'nobody'} for customer ${i}, not ${ids[i]}`);
    },
  };
  const kinds = ['read', 'list', 'email'] as const;
  const times: Record<(typeof kinds)[number], number[]> = { read: [], list: [], email: [] };
  for (let round = 0; round < WARMUP + SAMPLES; round += 1) {
    // In a new order each round: work one request leaves behind (a collection, a cursor closed
    // late) then falls on each kind as often, not always on the one after it.
    for (const kind of shuffled(kinds)) {
      const started = performance.now();
      await requests[kind]();
      if (round >= WARMUP) times[kind].push(performance.now() - started);
    }
    const timed = round + 1 - WARMUP;
    if (timed > 0 && timed % 250 === 0) step(`  ${timed} of ${SAMPLES} rounds`);
  }
  const timing = (kind: (typeof kinds)[number]): Timing => {
    const sorted = times[kind].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  return { read: timing('read'), list: timing('list'), email: timing('email') };
}
