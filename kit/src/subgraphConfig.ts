import {
  ConfigError,
  readEnvironment,
  readInteger,
  readMetricsToken,
  readMongoUri,
  readPort,
  readSigningKeys,
  readString,
  type Env,
  type Environment,
} from './config.ts';

export interface SubgraphConfig {
  name: string;
  environment: Environment;
  host: string;
  port: number;
  mongoUri: string;
  /** `${DATABASE_PREFIX}_${name}`: one database per subgraph; the prefix isolates test runs. */
  databaseName: string;
  signingKeys: string[];
  /** Bearer token for `/metrics`; unset: loopback only (off in production). */
  metricsToken: string | undefined;
  /** Exit when this process is gone (set by `npm start` and the tests). */
  parentPid: number | undefined;
  /** A file to append the first query of every shape to (`DATABASE_QUERY_LOG`; the query-plan test, audits). */
  queryLog: string | undefined;
}

/**
 * What every subgraph reads from its environment: `<NAME>_PORT` (or PORT), HOST, MONGODB_URI,
 * DATABASE_PREFIX, VIEWER_SIGNING_KEYS.
 */
export function loadSubgraphConfig(name: string, defaultPort: number, env: Env = process.env): SubgraphConfig {
  const prefix = readString(env, 'DATABASE_PREFIX', 'living_profile');
  if (!/^[A-Za-z0-9_]+$/.test(prefix)) throw new ConfigError('DATABASE_PREFIX may hold only letters, digits and _.');
  const parentPid = readInteger(env, 'LIVING_PROFILE_PARENT_PID', 0);
  return {
    name,
    environment: readEnvironment(env),
    host: readString(env, 'HOST', '127.0.0.1'),
    port: readPort(env, `${name.toUpperCase()}_PORT`, readPort(env, 'PORT', defaultPort)),
    mongoUri: readMongoUri(env),
    databaseName: `${prefix}_${name}`,
    signingKeys: readSigningKeys(env),
    metricsToken: readMetricsToken(env),
    parentPid: parentPid || undefined,
    queryLog: readString(env, 'DATABASE_QUERY_LOG', '') || undefined,
  };
}
