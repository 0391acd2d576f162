import type { ApolloServer } from '@apollo/server';
import type { Logger } from './log.ts';
import { connectDatabase, ensureIndexes, type Database } from './mongo.ts';
import { logQueryShapes } from './queryLog.ts';
import { serveSubgraph, type RunningSubgraph, type SubgraphContext } from './subgraph.ts';
import type { SubgraphConfig } from './subgraphConfig.ts';
import type { SubjectRights } from './subjectRights.ts';
import type { Viewer } from './viewer.ts';

/** What a subgraph's `server.ts` builds from a database connection; the same for all five. */
export interface SubgraphParts<TContext extends SubgraphContext> {
  apollo: ApolloServer<TContext>;
  subjectRights: SubjectRights;
  createContext(viewer: Viewer): TContext;
  /** Runs once after indexes exist, before the subgraph takes traffic (repairs, sweeps, workers). */
  start?(): Promise<void>;
  /** Runs when the subgraph stops, before its database closes. */
  stop?(): Promise<void>;
  /** Where the subgraphs' events and event declarations arrive (consent only: it hosts the delivery engine). */
  events?: import('./events/domainEvents.ts').EventReceiver;
  /** Which of these ids are profiles (identity only; see ProfileDirectory). */
  profileStates?(ids: string[]): Promise<Record<string, import('./profileDirectory.ts').ProfileState>>;
  /** The locale each of these profiles holds (identity only; see ProfileDirectory.locales). */
  profileLocales?(ids: string[]): Promise<Record<string, string>>;
  /** Whether each subject allows one of these purposes (consent only; see disclosure.ts). */
  permissions?(
    subjects: import('./disclosure.ts').PermissionSubject[],
    purposes: import('./disclosure.ts').RegisteredPurpose[],
  ): Promise<Record<string, import('./disclosure.ts').PermissionVerdict>>;
  /** More Prometheus series for `GET /metrics`, from memory (e.g. the outbox and webhook relays). */
  metrics?(): string[];
}

export type SubgraphFactory<TContext extends SubgraphContext> = (database: Database, log: Logger) => SubgraphParts<TContext>;

/** Connects the subgraph's own database, creates its indexes, and starts serving. */
export async function startSubgraph<TContext extends SubgraphContext>(
  config: SubgraphConfig,
  log: Logger,
  build: SubgraphFactory<TContext>,
): Promise<RunningSubgraph> {
  const database = await connectDatabase({ uri: config.mongoUri, dbName: config.databaseName, appName: `living-profile-${config.name}` });
  if (config.queryLog) logQueryShapes(database.connection, config.queryLog);
  try {
    const parts = build(database, log);
    await ensureIndexes(database.connection);
    await parts.start?.();
    const running = await serveSubgraph({
      name: config.name,
      ...parts,
      database,
      signingKeys: config.signingKeys,
      metricsAccess: { token: config.metricsToken, environment: config.environment },
      host: config.host,
      port: config.port,
      log,
    });
    return {
      url: running.url,
      async close() {
        await parts.stop?.();
        await running.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
