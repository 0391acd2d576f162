import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';
import { fieldOf } from './guards.ts';

/**
 * Error codes every Living Profile service publishes in `extensions.code`.
 * Once published a code stays: clients branch on it.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** The subject restricted processing (GDPR Art. 18): the change is refused until it is lifted. */
  RESTRICTED: 'RESTRICTED',
  /**
   * The customer has not allowed the purpose this client reads for (a partner without the
   * customer's partner-sharing consent, say); `extensions.purpose` and `channel` say which.
   */
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** Automatic persisted query: the hash is unknown here; send the query text with it once. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** This client runs persisted operations only: it sent a query text or no operation id. */
  PERSISTED_QUERY_ID_REQUIRED: 'PERSISTED_QUERY_ID_REQUIRED',
  /** The operation id is not in this client's manifest. */
  PERSISTED_QUERY_NOT_IN_LIST: 'PERSISTED_QUERY_NOT_IN_LIST',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The operation is deeper, wider, longer or costlier than the gateway allows (`extensions.limit` says which). */
  OPERATION_LIMIT_EXCEEDED: 'OPERATION_LIMIT_EXCEEDED',
  /** Too many requests from this client; retry after the Retry-After header. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A request a browser could send from any site (GET, form post) without the CSRF header. */
  CSRF_HEADER_REQUIRED: 'CSRF_HEADER_REQUIRED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes produced by GraphQL itself or by Apollo Server that are safe to show as they are. */
const PASS_THROUGH_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** A GraphQL error with a stable code; the only kind of error a resolver should throw on purpose. */
export class LivingProfileError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: GraphQLErrorExtensions = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'LivingProfileError';
  }
}

/** Whether an error is one of ours (or GraphQL's) with this stable code. */
/**
 * The first error of a GraphQL-shaped answer from one of our own services (`{ errors: [{ message,
 * extensions: { code } }] }`), read without trusting its shape; null when it holds none.
 */
export function firstErrorIn(answer: unknown): { message: string; code: string | undefined } | null {
  const errors = fieldOf(answer, 'errors');
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  if (first === undefined) return null;
  const message = fieldOf(first, 'message');
  const code = fieldOf(fieldOf(first, 'extensions'), 'code');
  return {
    message: typeof message === 'string' ? message : 'an error without a message',
    code: typeof code === 'string' ? code : undefined,
  };
}

export const hasCode = (error: unknown, code: ErrorCode): boolean => error instanceof GraphQLError && error.extensions.code === code;

export const badUserInput = (message: string, field?: string) =>
  new LivingProfileError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const unauthenticated = (message = 'A valid caller identity is required.') =>
  new LivingProfileError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => new LivingProfileError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new LivingProfileError(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const conflict = (message: string) => new LivingProfileError(ErrorCode.CONFLICT, message);
export const restricted = (
  message = 'Processing of this profile is restricted at the customer’s request; only rectification is allowed.',
) => new LivingProfileError(ErrorCode.RESTRICTED, message);

/**
 * Apollo `formatError`: errors we raised on purpose (and GraphQL's own parse and validation
 * errors) go out as they are; anything else is an internal failure whose message, stack and
 * data may hold internals or someone's personal data, so it leaves as a bare
 * INTERNAL_SERVER_ERROR and is logged in full instead.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, err: unknown) => void = (message, err) => console.error(message, err),
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  log('internal error', fieldOf(error, 'originalError') ?? error);
  return {
    message: 'Internal server error.',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
