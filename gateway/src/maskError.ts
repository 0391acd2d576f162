import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';
import { ErrorCode } from '#kit/errors.ts';
import { fieldOf } from '#kit/guards.ts';

/** Transport failures between the gateway and a subgraph, as the Hive runtime reports them. */
const TRANSPORT_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'DOWNSTREAM_SERVICE_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT']);

/** Extensions that describe our internals (subgraph request bodies with ids, causes, stacks): never for clients. */
const INTERNAL_EXTENSIONS = ['request', 'response', 'originalError', 'stacktrace', 'exception'];

/**
 * Applied to every error the gateway sends. A subgraph that cannot be reached becomes
 * SUBGRAPH_UNAVAILABLE naming it (not a socket error with its address and the request body we
 * sent it), and the other subgraphs' data stays in the response. Errors a subgraph raised on
 * purpose keep their code; anything unexpected becomes Yoga's generic masked error, logged in full.
 */
export const maskError: MaskError = (error, message) => {
  if (!(error instanceof GraphQLError)) return yogaMaskError(error, message, false);

  const extensions: Record<string, unknown> = { ...error.extensions };
  for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  const subgraph = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  // A load balancer or proxy in front of a subgraph answers 502, 503 or 504 (not GraphQL) when
  // the replica it chose died under the request or none is up: the subgraph is unavailable.
  const status = fieldOf(error.extensions.response, 'status');
  const fromProxy = code === 'RESPONSE_VALIDATION_FAILED' && typeof status === 'number' && status >= 502 && status <= 504;

  if (subgraph && (!code || TRANSPORT_CODES.has(code) || fromProxy)) {
    return new GraphQLError(`The ${subgraph} subgraph is unavailable; its fields are missing from this response.`, {
      path: error.path,
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraph },
    });
  }
  // A subgraph that answered something other than GraphQL is a defect: its body is not for clients.
  if (code === 'RESPONSE_VALIDATION_FAILED') return yogaMaskError(new Error(error.message), message, false);
  // GraphQL's own coercion of variables (an unknown enum value, a string for an Int) carries no
  // code: it is the caller's input, so it gets the code inline values get.
  if (!code && !error.path && /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(error.message)) {
    extensions.code = ErrorCode.BAD_USER_INPUT;
  }
  return yogaMaskError(withExtensions(error, extensions), message, false);
};

/** The same error (message, location, path, cause) with other extensions. */
export const withExtensions = (error: GraphQLError, extensions: Record<string, unknown>) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
