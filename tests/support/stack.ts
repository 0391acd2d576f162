import { generateKeyPairSync, randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, inject } from 'vitest';
import { graphql, type GraphQLResponse } from '../../scripts/lib/graphqlClient.ts';
import { SUBGRAPH_NAMES, startStack, type Stack, type StackOptions, type SubgraphName } from '../../scripts/lib/stack.ts';
import { dropDatabase, uniquePrefix } from './database.ts';

/** Fresh encryption and blind-index keys for one test stack. */
export const testCryptoEnv = () => ({
  KEY_ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}`,
  BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  // Work requests off quickly and retry soon, so tests wait milliseconds, not seconds.
  PRIVACY_WORKER_INTERVAL_MS: '100',
  PRIVACY_RETRY_BASE_MS: '200',
  PRIVACY_RETRY_MAX_MS: '1000',
});

/** Only errors reach the test output (warnings such as rejected signatures are what some tests provoke). */
const quietOutput = (name: string, line: string) => {
  if (/\berror\b/i.test(line)) process.stderr.write(`[${name}] ${line}\n`);
};

export interface TestStack {
  stack: Stack;
  signingKey: string;
  databasePrefix: string;
  query: (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse<Record<string, any>> & { status: number }>;
  /** Database commands by subgraph and command name, read from each subgraph's /metrics. */
  dbCommands(): Promise<Record<SubgraphName, Record<string, number>>>;
  origin(name: SubgraphName): string;
}

/** The five subgraphs and the gateway as real processes on free ports, on the run's database. */
export function useStack(
  options: Partial<Pick<StackOptions, 'supergraphPath' | 'devViewerRole' | 'env' | 'replicas' | 'ports'>> & {
    /** Every line the services write, besides the errors the test output shows anyway. */
    onOutput?: (name: string, line: string) => void;
  } = {},
): TestStack {
  const signingKey = randomBytes(32).toString('base64url');
  const databasePrefix = uniquePrefix('stack');
  const handle = {} as TestStack;

  beforeAll(async () => {
    const stack = await startStack({
      mongoUri: inject('mongoUri'),
      signingKeys: signingKey,
      databasePrefix,
      devViewerRole: options.devViewerRole ?? 'admin',
      environment: 'test',
      env: { ...testCryptoEnv(), ...options.env },
      output: (name: string, line: string) => {
        quietOutput(name, line);
        options.onOutput?.(name, line);
      },
      ...(options.supergraphPath ? { supergraphPath: options.supergraphPath } : {}),
      ...(options.replicas ? { replicas: options.replicas } : {}),
      ...(options.ports ? { ports: options.ports } : {}),
    });
    Object.assign(handle, {
      stack,
      signingKey,
      databasePrefix,
      query: (query: string, variables = {}, headers = {}) => graphql(stack.gatewayUrl, query, variables, headers),
      origin: (name: SubgraphName) => new URL(stack.subgraphs[name].url).origin,
      async dbCommands() {
        const entries = await Promise.all(
          SUBGRAPH_NAMES.map(async (name) => {
            const text = await (await fetch(`${handle.origin(name)}/metrics`)).text();
            const counts: Record<string, number> = {};
            for (const [, command, value] of text.matchAll(/command="([^"]+)"\} (\d+)/g)) counts[command!] = Number(value);
            return [name, counts] as const;
          }),
        );
        return Object.fromEntries(entries) as Record<SubgraphName, Record<string, number>>;
      },
    });
  });

  afterAll(async () => {
    await handle.stack?.stop();
    const connection = await mongoose.createConnection(inject('mongoUri')).asPromise();
    try {
      for (const name of SUBGRAPH_NAMES) await dropDatabase(connection.useDb(`${databasePrefix}_${name}`));
    } finally {
      await connection.close();
    }
  });

  return handle;
}

/** What changed between two dbCommands() snapshots, leaving out subgraphs and commands that did not move. */
export function commandDelta(
  before: Record<string, Record<string, number>>,
  after: Record<string, Record<string, number>>,
): Record<string, Record<string, number>> {
  const delta: Record<string, Record<string, number>> = {};
  for (const [subgraph, counts] of Object.entries(after)) {
    for (const [command, count] of Object.entries(counts)) {
      const moved = count - (before[subgraph]?.[command] ?? 0);
      if (moved > 0) (delta[subgraph] ??= {})[command] = moved;
    }
  }
  return delta;
}
