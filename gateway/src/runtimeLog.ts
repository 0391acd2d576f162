import { Logger as HiveLogger, type LogLevel } from '@graphql-hive/logger';
import { ErrorCode } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import { fieldOf } from '#kit/guards.ts';

/** Attribute names whose scalar values say what happened without saying about whom. */
const SAFE_KEYS = new Set([
  'subgraph',
  'subgraphName',
  'serviceName',
  'requestId',
  'code',
  'status',
  'statusCode',
  'attempt',
  'retries',
  'phase',
]);

/** Errors a caller caused: the request was answered as it should be; worth `info`, not `error`. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RESTRICTED,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_ID_REQUIRED,
  ErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
  ErrorCode.OPERATION_LIMIT_EXCEEDED,
  ErrorCode.RATE_LIMITED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

interface Summary {
  fields: Record<string, string | number | boolean>;
  errors: { name: string; code?: string }[];
}

/**
 * Keeps what says what happened (error names and codes, the subgraph, status) and drops the rest:
 * the runtime attaches the subgraph request it sent (query, variables: personal data) and error
 * messages that quote variable values. Walks a few levels, without recursion into cycles.
 */
function summarise(attrs: unknown): Summary {
  const summary: Summary = { fields: {}, errors: [] };
  const seen = new Set<unknown>();
  const visit = (value: unknown, key: string | undefined, depth: number) => {
    if (value === null || value === undefined || depth > 5) return;
    if (typeof value !== 'object') {
      if (key && SAFE_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
        summary.fields[key] = typeof value === 'string' ? value.slice(0, 100) : value;
      }
      return;
    }
    if (seen.has(value)) return;
    seen.add(value);
    if (value instanceof Error) {
      const code = fieldOf(fieldOf(value, 'extensions'), 'code');
      summary.errors.push({ name: value.name, ...(typeof code === 'string' ? { code } : {}) });
      visit(fieldOf(value, 'extensions'), 'extensions', depth + 1);
      visit(fieldOf(value, 'errors'), 'errors', depth + 1);
      visit(value.cause, 'cause', depth + 1);
      return;
    }
    for (const [inner, child] of Object.entries(value)) {
      // What the runtime sent or got: a request or response body is never logged.
      if (inner === 'request' || inner === 'response' || inner === 'body' || inner === 'variables' || inner === 'query') continue;
      visit(child, Array.isArray(value) ? key : inner, depth + 1);
    }
  };
  visit(attrs, undefined, 0);
  return summary;
}

/**
 * The Hive runtime's own logger, written through ours: one JSON object (or text line) per event,
 * never a request body, variables or a message quoting them; errors a caller caused at info.
 */
export function runtimeLogger(log: Logger, level: LogLevel | false): HiveLogger {
  return new HiveLogger({
    level,
    writers: [
      {
        write(at, attrs, message) {
          const { fields, errors } = summarise(attrs);
          const text = `runtime: ${(message ?? '').replace(/\s+/g, ' ').slice(0, 200)}`;
          const details = { ...fields, ...(errors.length ? { errors } : {}) };
          const codes = [...errors.map((e) => e.code), ...(typeof fields.code === 'string' ? [fields.code] : [])];
          const clientCaused = codes.length > 0 && codes.every((code) => code !== undefined && CLIENT_CODES.has(code));
          if (at === 'error' && !clientCaused) log.error(text, JSON.stringify(details));
          else if (at === 'error' || at === 'warn') log.warn(text, details);
          else log.info(text, details);
        },
      },
    ],
  });
}
