import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import { ErrorCode, formatError, LivingProfileError } from './errors.ts';
import { closeGracefully, listen } from './http.ts';
import { enforceInputLimits } from './inputLimits.ts';
import { acceptableRequestId, REQUEST_ID_HEADER, withRequestId, type Logger } from './log.ts';
import { eventHandover, MAX_EVENTS_PER_HANDOVER, type EventReceiver } from './events/domainEvents.ts';
import { fieldOf, isStringArray, parseWith } from './guards.ts';
import type { Database } from './mongo.ts';
import { provenanceOf } from './authorize.ts';
import type { Environment } from './config.ts';
import { metricsAccess, metricsRefusal } from './metricsAccess.ts';
import {
  checkRegisteredPurposes,
  MAX_PERMISSION_SUBJECTS,
  permissionQuestion,
  type PermissionSubject,
  type PermissionVerdict,
  type RegisteredPurpose,
} from './disclosure.ts';
import { MAX_PROFILE_IDS_PER_CALL, type ProfileState } from './profileDirectory.ts';
import {
  SUBJECT_RIGHTS_HINTS,
  SUBJECT_RIGHTS_OPERATIONS,
  subjectRightsCall,
  type SubjectRights,
  type SubjectRightsCall,
} from './subjectRights.ts';
import { hasRole, VIEWER_HEADER, verifyViewer, ViewerSignatureError, type Viewer } from './viewer.ts';

export interface SubgraphContext extends BaseContext {
  viewer: Viewer;
}

/** Apollo's resolver map, as `buildSubgraphSchema` takes it (named through its signature, not a dist/ path). */
type ApolloResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

/**
 * A subgraph's resolvers by type name. Each subgraph checks its own against its schema: the
 * generated `Resolvers` of src/resolvers/types.generated.ts (`npm run codegen`).
 */
export type SubgraphResolvers = Record<string, object | undefined>;

/** The Apollo subgraph server, ready for `executeOperation` in tests; nothing listens yet. */
export function createSubgraphServer<TContext extends SubgraphContext>({
  typeDefs,
  resolvers,
  log,
}: {
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  log: Logger;
}): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    // Every string argument is bounded (DEFAULT_MAX_LENGTH, or the schema's @maxLength) before any resolver sees it.
    // The one cast of a resolver map: Apollo's type cannot say that a reference resolver is called
    // (reference, context, info) while a field resolver is (parent, args, context, info); the
    // generated types, checked against the schema, can.
    schema: enforceInputLimits(buildSubgraphSchema({ typeDefs, resolvers: resolvers as ApolloResolverMap })),
    formatError: (formatted, error) => formatError(formatted, error, log.error),
    includeStacktraceInErrorResponses: false,
    // runService owns SIGINT/SIGTERM: closes HTTP first, then Apollo, then the database.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
}

export interface ServeOptions<TContext extends SubgraphContext> {
  name: string;
  apollo: ApolloServer<TContext>;
  database: Database;
  subjectRights: SubjectRights;
  signingKeys: readonly string[];
  host: string;
  port: number;
  log: Logger;
  /** Builds the per-request context (fresh DataLoaders) for a verified viewer. */
  createContext(viewer: Viewer): TContext;
  /** Where the subgraphs' events and event declarations arrive (consent only: it hosts the delivery engine). */
  events?: EventReceiver;
  /** Which of these ids are profiles, and in what state (identity only: the directory every other subgraph asks). */
  profileStates?(ids: string[]): Promise<Record<string, ProfileState>>;
  /** The language each of these profiles reads (identity only; asked with `include: ["locale"]`, e.g. to write to them in it). */
  profileLocales?(ids: string[]): Promise<Record<string, string>>;
  /** Whether each subject allows one of these purposes (consent only: what gates a disclosure to a partner). */
  permissions?(subjects: PermissionSubject[], purposes: RegisteredPurpose[]): Promise<Record<string, PermissionVerdict>>;
  /** More Prometheus series, from memory (a scrape never costs a database query). */
  metrics?(): string[];
  /** Who may scrape `/metrics` (see metricsAccess); unset: as in development. */
  metricsAccess?: { token: string | undefined; environment: Environment };
}

export interface RunningSubgraph {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

const STATUS_OF: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RESTRICTED]: 409,
};

/**
 * Serves a subgraph over plain node:http:
 * - `POST /graphql`: GraphQL, only with a valid signed viewer from the gateway;
 * - `POST /internal/subject-rights`: the subject-rights contract, only for a signed `system`
 *   viewer holding the `subject-rights` scope (the privacy orchestrator);
 * - `POST /internal/events` and `POST /internal/permissions` (consent), `POST /internal/profiles`
 *   (identity): for the other subgraphs' outbox relays, disclosure checks and profile directories;
 * - `GET /healthcheck` (process is up), `GET /readiness` (database answers), `GET /metrics`.
 */
export async function serveSubgraph<TContext extends SubgraphContext>(options: ServeOptions<TContext>): Promise<RunningSubgraph> {
  const { apollo, log } = options;
  await apollo.start();

  const server = createServer((req, res) => {
    // The gateway's request id (only a well-formed one) follows this request into every log line.
    withRequestId(acceptableRequestId(headerValue(req, REQUEST_ID_HEADER)), () =>
      route(options, req, res).catch((error: unknown) => {
        // A refusal raised on purpose (an unknown purpose, a profile that does not exist) is the
        // caller's to fix: its code and a 4xx, so that callers know a retry will not help.
        if (error instanceof LivingProfileError && !res.headersSent) {
          const code = String(error.extensions.code);
          log.warn('internal call refused', { code });
          return sendJson(res, STATUS_OF[code] ?? 400, graphqlError(error.message, code));
        }
        log.error('request failed', error);
        if (!res.headersSent) sendJson(res, 500, graphqlError('Internal server error.', ErrorCode.INTERNAL_SERVER_ERROR));
        else res.end();
      }),
    );
  });
  server.keepAliveTimeout = 65_000;

  const port = await listen(server, options.port, options.host);
  const url = `http://${options.host}:${port}/graphql`;
  log.info(`ready at ${url}`);

  return {
    url,
    async close() {
      await closeGracefully(server);
      await apollo.stop();
      await options.database.close();
    },
  };
}

async function route<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://subgraph');
  switch (`${req.method} ${url.pathname}`) {
    case 'GET /healthcheck':
      return sendJson(res, 200, { status: 'ok', subgraph: options.name });
    case 'GET /readiness': {
      const ready = await options.database.ping();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable', subgraph: options.name });
    }
    case 'GET /metrics': {
      const access = metricsAccess(
        options.metricsAccess?.token,
        options.metricsAccess?.environment ?? 'development',
        headerValue(req, 'authorization'),
        req.socket.remoteAddress,
      );
      if (access === 'allowed') return sendText(res, 200, metricsText(options.name, options.database, options.metrics?.() ?? []));
      const refusal = metricsRefusal(access);
      return sendJson(res, refusal.status, graphqlError(refusal.message, refusal.code));
    }
    case 'POST /graphql':
    case 'GET /graphql':
      return graphql(options, req, res, url);
    case 'POST /internal/subject-rights':
      return subjectRights(options, req, res);
    case 'POST /internal/events':
      if (options.events) return receiveEvents(options, options.events, req, res);
      return sendJson(res, 404, graphqlError(`${options.name} does not take events.`, ErrorCode.NOT_FOUND));
    case 'POST /internal/permissions':
      if (options.permissions) return permissions(options, options.permissions, req, res);
      return sendJson(res, 404, graphqlError(`${options.name} does not decide permissions.`, ErrorCode.NOT_FOUND));
    case 'POST /internal/profiles':
      if (options.profileStates) return profileStates(options, options.profileStates, options.profileLocales, req, res);
      return sendJson(res, 404, graphqlError(`${options.name} does not hold the profile directory.`, ErrorCode.NOT_FOUND));
    default:
      return sendJson(res, 404, graphqlError(`No route for ${req.method} ${url.pathname}.`, ErrorCode.NOT_FOUND));
  }
}

function authenticate(
  options: Pick<ServeOptions<SubgraphContext>, 'signingKeys' | 'log'>,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
): Viewer | undefined {
  try {
    return verifyViewer(headerValue(req, VIEWER_HEADER), options.signingKeys, body);
  } catch (error) {
    if (!(error instanceof ViewerSignatureError)) throw error;
    options.log.warn('rejected request without a valid viewer signature', { reason: error.reason });
    sendJson(res, 401, graphqlError('This service only answers requests signed by the Living Profile gateway.', ErrorCode.UNAUTHENTICATED));
    return undefined;
  }
}

async function graphql<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const raw = await readBody(req, res);
  if (raw === INVALID) return;
  const viewer = authenticate(options, req, res, raw);
  if (!viewer) return;
  const body = req.method === 'POST' ? parseJson(raw, res) : undefined;
  if (body === INVALID) return;

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: url.search, body },
    context: async () => options.createContext(viewer),
  });
  res.statusCode = response.status ?? 200;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/**
 * The body of an internal call: signed like every request, by a `system` viewer holding `scope`.
 * Anything else has already been answered (401, 403 or 400) when this returns INVALID.
 */
async function internalBody<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  scope: string,
  refusal: string,
): Promise<{ viewer: Viewer; body: unknown } | typeof INVALID> {
  const raw = await readBody(req, res);
  if (raw === INVALID) return INVALID;
  const viewer = authenticate(options, req, res, raw);
  if (!viewer) return INVALID;
  if (!hasRole(viewer, 'system') || !viewer.scopes.includes(scope)) {
    sendJson(res, 403, graphqlError(refusal, ErrorCode.FORBIDDEN));
    return INVALID;
  }
  const body = parseJson(raw, res);
  return body === INVALID ? INVALID : { viewer, body };
}

async function receiveEvents<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
  receiver: EventReceiver,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const call = await internalBody(options, req, res, 'events', 'Events are handed over by the subgraphs’ outbox relays only.');
  if (call === INVALID) return;
  const handover = parseWith(eventHandover, call.body);
  if (!handover.ok)
    return sendJson(
      res,
      400,
      graphqlError(
        `Send { events: [{ id: "evt_…", type, subjectId, occurredAt, source, data }] } (at most ${MAX_EVENTS_PER_HANDOVER}), and optionally declares: { source, types } (${handover.problem}).`,
        ErrorCode.BAD_USER_INPUT,
      ),
    );
  const { events, declares } = handover.value;
  try {
    // A declaration first: the events beside it may be of the types it declares.
    // (The receiver checks the declaration's shape itself: readDeclaration.)
    if (declares !== undefined) await receiver.declare(declares);
    await receiver.receiveEvents(events);
  } catch (error) {
    if (error instanceof LivingProfileError) return sendJson(res, 400, graphqlError(error.message, ErrorCode.BAD_USER_INPUT));
    throw error;
  }
  return sendJson(res, 200, { received: events.length });
}

async function profileStates<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
  states: (ids: string[]) => Promise<Record<string, ProfileState>>,
  locales: ((ids: string[]) => Promise<Record<string, string>>) | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const call = await internalBody(options, req, res, 'profiles', 'The profile directory is for the other subgraphs only.');
  if (call === INVALID) return;
  const ids = fieldOf(call.body, 'ids');
  if (!isStringArray(ids) || ids.length > MAX_PROFILE_IDS_PER_CALL) {
    return sendJson(
      res,
      400,
      graphqlError(`Send { ids: ["…"] } (at most ${MAX_PROFILE_IDS_PER_CALL} profile ids).`, ErrorCode.BAD_USER_INPUT),
    );
  }
  const include = fieldOf(call.body, 'include');
  const withLocales = Array.isArray(include) && include.includes('locale') && locales;
  const [profiles, languages] = await Promise.all([states(ids), withLocales ? locales(ids) : undefined]);
  return sendJson(res, 200, { profiles, ...(languages ? { locales: languages } : {}) });
}

async function permissions<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
  decide: NonNullable<ServeOptions<TContext>['permissions']>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const call = await internalBody(options, req, res, 'permissions', 'Permission checks are for the other subgraphs only.');
  if (call === INVALID) return;
  const question = parseWith(permissionQuestion, call.body);
  const registered = checkRegisteredPurposes(question.ok ? question.value.purposes : undefined);
  if (!question.ok || typeof registered === 'string') {
    return sendJson(
      res,
      400,
      graphqlError(
        `Send { subjects: [{ id, mergedIds }] (at most ${MAX_PERMISSION_SUBJECTS}), purposes: [{ purpose, channel }] }.`,
        ErrorCode.BAD_USER_INPUT,
      ),
    );
  }
  return sendJson(res, 200, { verdicts: await decide(question.value.subjects, registered) });
}

async function subjectRights<TContext extends SubgraphContext>(
  options: ServeOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const call = await internalBody(options, req, res, 'subject-rights', 'The subject-rights contract is for the privacy orchestrator only.');
  if (call === INVALID) return;
  const { viewer, body } = call;
  const operation = SUBJECT_RIGHTS_OPERATIONS.find((known) => known === fieldOf(body, 'operation'));
  if (!operation) {
    return sendJson(
      res,
      400,
      graphqlError(`Expected {"operation": one of ${SUBJECT_RIGHTS_OPERATIONS.join(', ')}, …}.`, ErrorCode.BAD_USER_INPUT),
    );
  }
  const checked = parseWith(subjectRightsCall, body);
  if (!checked.ok) {
    const hint = SUBJECT_RIGHTS_HINTS[operation];
    return sendJson(res, 400, graphqlError(`${operation} needs ${hint} (${checked.problem}).`, ErrorCode.BAD_USER_INPUT));
  }
  if (checked.value.operation === 'recordChoice' && !options.subjectRights.recordChoice)
    return sendJson(res, 404, graphqlError(`${options.name} does not hold customer choices.`, ErrorCode.NOT_FOUND));
  return sendJson(res, 200, await answer(options.name, options.subjectRights, viewer, checked.value));
}

/** What the contract answers a checked call. */
async function answer(name: string, contract: SubjectRights, viewer: Viewer, call: SubjectRightsCall): Promise<unknown> {
  switch (call.operation) {
    case 'export':
      return contract.export(call.subjectId);
    case 'erase':
      return contract.erase(call.subjectId);
    case 'inventory':
      return contract.inventory(call.subjectId);
    case 'restrict':
      return contract.restrict(call.subjectId, call.restricted, provenanceOf(viewer));
    case 'locate':
      return { subgraph: name, subjects: contract.locate ? await contract.locate(call.probe ?? {}) : [] };
    case 'affected': {
      const { from, to, collections } = call.window;
      return contract.affected({ from: new Date(from), to: new Date(to), ...(collections ? { collections } : {}) });
    }
    case 'recordChoice':
      return contract.recordChoice?.(call.subjectId, call.choice, provenanceOf(viewer));
  }
}

const INVALID = Symbol('invalid body');

async function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | typeof INVALID> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const read of req) {
    const chunk: Buffer = read; // a request without setEncoding yields Buffers
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      sendJson(res, 413, graphqlError('Request body is larger than 1 MiB.', 'BAD_REQUEST'));
      return INVALID;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer, res: ServerResponse): unknown | typeof INVALID {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    sendJson(res, 400, graphqlError('Request body is not valid JSON.', 'BAD_REQUEST'));
    return INVALID;
  }
}

function metricsText(subgraph: string, database: Database, more: string[]): string {
  const lines = [
    '# HELP living_profile_db_commands_total Database commands sent by this subgraph, by command name.',
    '# TYPE living_profile_db_commands_total counter',
  ];
  for (const [command, count] of Object.entries(database.commands.snapshot())) {
    lines.push(`living_profile_db_commands_total{subgraph="${subgraph}",command="${command}"} ${count}`);
  }
  return `${[...lines, ...more].join('\n')}\n`;
}

const headerValue = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  res.end(body);
}
