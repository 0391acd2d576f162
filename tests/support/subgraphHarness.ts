import { afterAll, beforeAll } from 'vitest';
import type { SubgraphFactory, SubgraphParts } from '#kit/bootstrap.ts';
import { createLogger } from '#kit/log.ts';
import { ensureIndexes, type Database } from '#kit/mongo.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Viewer } from '#kit/viewer.ts';
import { commandsDuring, testDatabase } from './database.ts';
import { adminViewer } from './viewers.ts';

export interface OperationResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A subgraph built from its own `server.ts` on a fresh real database, driven with
 * `executeOperation` (no HTTP), as Apollo's subgraph template tests do.
 */
export function useSubgraph<TContext extends SubgraphContext>(label: string, factory: SubgraphFactory<TContext>) {
  let database: Database & { drop(): Promise<void> };
  let parts: SubgraphParts<TContext>;

  beforeAll(async () => {
    database = await testDatabase(label);
    parts = factory(database, createLogger(label, { quiet: true }));
    await ensureIndexes(database.connection);
  });
  afterAll(async () => {
    // Apollo starts on the first operation; a file whose tests ran none has nothing to stop.
    await parts?.apollo.stop().catch((error: Error) => {
      if (!/only be called after `await apolloServer.start\(\)`/.test(error.message)) throw error;
    });
    // Background work a subgraph owns (offer's decision journal, an outbox relay) finishes before
    // its database goes: a write landing during the drop races FerretDB's catalogue.
    await parts?.stop?.();
    await database?.drop();
  });

  const harness = {
    get database() {
      return database;
    },
    get subjectRights() {
      return parts.subjectRights;
    },
    /** A request context as the subgraph builds it, for reaching its services directly. */
    context(viewer: Viewer = adminViewer): TContext {
      return parts.createContext(viewer);
    },
    async run(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = adminViewer): Promise<OperationResult> {
      const response = await parts.apollo.executeOperation({ query, variables }, { contextValue: parts.createContext(viewer) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as OperationResult;
    },
    async ok(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = adminViewer): Promise<Record<string, any>> {
      const result = await harness.run(query, variables, viewer);
      if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    /** Database commands (by name) sent while `work` ran. */
    commandsDuring: (work: () => Promise<unknown>) => commandsDuring(database.commands, work),
  };
  return harness;
}

export const entitiesQuery = (selection: string) =>
  `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Profile { id ${selection} } } }`;

export const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'Profile', id }));
