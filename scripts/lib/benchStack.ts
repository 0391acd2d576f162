import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFerretdbBinary, settleEmbeddedDatabase, startEmbeddedDatabase } from './embeddedDatabase.ts';
import { mustGraphql } from './graphqlClient.ts';
import { SUBGRAPH_NAMES, startStack, type Stack } from './stack.ts';

export const step = (message: string) => process.stdout.write(`▸ ${message}\n`);
const quiet = (name: string, line: string) => {
  if (/\berror\b/i.test(line)) process.stderr.write(`[${name}] ${line}\n`);
};

export interface BenchStack {
  stack: Stack;
  mongoUri: string;
  databasePrefix: string;
  /** The crypto settings the stack runs with: what a loader needs to write documents it can read. */
  env: Record<string, string>;
  /** Database commands so far, per `subgraph:command` (from each subgraph's /metrics). */
  commands(): Promise<Record<string, number>>;
  /**
   * After a bulk load: VACUUM (ANALYZE) and CHECKPOINT the embedded database, so a measurement
   * meets neither autovacuum nor a checkpoint still working through the new rows. Nothing on a
   * server of one's own (MONGODB_URI).
   */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The embedded database (or MONGODB_URI) and the whole stack on free ports, for a benchmark, with
 * the background workers idle (by default) so what is measured is the reads' own work. `stop`
 * ends both and removes the database's folder.
 */
export async function startBenchStack({ idleWorkers = true }: { idleWorkers?: boolean } = {}): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lp-bench-'));
  let stopDatabase = async () => {};
  let settle = async (): Promise<void> => {
    step('  a database of your own (MONGODB_URI): not settled by the bench');
  };
  try {
    let mongoUri = process.env.MONGODB_URI;
    if (!mongoUri) {
      const binary = await ensureFerretdbBinary(step);
      const database = await startEmbeddedDatabase({ binary, dataDir, output: quiet });
      mongoUri = database.uri;
      stopDatabase = () => database.stop();
      if (database.engine === 'postgresql')
        settle = () => settleEmbeddedDatabase({ binary, dataDir, progress: (line) => step(`  ${line}`) });
    }
    step('starting the stack…');
    const databasePrefix = `bench_${randomBytes(3).toString('hex')}`;
    const env = {
      KEY_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    };
    const stack = await startStack({
      mongoUri,
      signingKeys: randomBytes(32).toString('base64url'),
      databasePrefix,
      devViewerRole: 'admin',
      environment: 'test',
      env: {
        ...env,
        RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        // Background workers idle (unless asked to run): the per-run database counts are then the reads' own.
        ...(idleWorkers ? { PRIVACY_WORKER_INTERVAL_MS: '600000', WEBHOOK_RELAY_INTERVAL_MS: '600000', OUTBOX_INTERVAL_MS: '600000' } : {}),
        // One client makes every request of a bench: no per-client limit applies to it.
        RATE_LIMIT_PER_MINUTE: '100000000',
      },
      output: quiet,
    });
    return {
      stack,
      mongoUri,
      databasePrefix,
      env,
      async commands() {
        const totals: Record<string, number> = {};
        for (const name of SUBGRAPH_NAMES) {
          const text = await (await fetch(`${new URL(stack.subgraphs[name].url).origin}/metrics`)).text();
          for (const [, command, n] of text.matchAll(/^living_profile_db_commands_total\{[^}]*command="([^"]+)"\} (\d+)$/gm))
            totals[`${name}:${command}`] = Number(n);
        }
        return totals;
      },
      settle: () => settle(),
      async stop() {
        await stack.stop();
        await stopDatabase();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopDatabase();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The catalogue both benches load first: a consent purpose with its notice, a topic, and five offers. */
export async function loadCatalogue(url: string): Promise<void> {
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
}

/** Runs `task` for each item, `concurrency` at a time. */
export async function eachAtOnce<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index]!, index);
      }
    }),
  );
}
