import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#kit/errors.ts';
import type { Viewer } from '#kit/viewer.ts';
import { operationId, type TrustedDocuments } from '../persistedOperations.ts';
import { persistedOnly } from '../roles.ts';
import { fieldOf } from '#kit/guards.ts';

/**
 * Persisted operations, both kinds, in one place:
 * - trusted documents for partners: the request names an operation id from the partner's own
 *   manifest (`extensions.persistedQuery.sha256Hash`, as Apollo clients send it, or `documentId`);
 *   a query text, an unknown id or another client's id is refused;
 * - automatic persisted queries (APQ) for everyone else: a hash alone runs a query this gateway
 *   has seen; unseen, PERSISTED_QUERY_NOT_FOUND tells the client to send the text once with it.
 * APQ is a cache per replica, bounded in bytes; a miss costs one round trip, never a failure.
 */
export function usePersistedOperations({
  trusted,
  viewerOf,
  apqBudgetBytes = 16 * 1024 * 1024,
}: {
  trusted: TrustedDocuments;
  viewerOf: (request: Request) => Viewer;
  apqBudgetBytes?: number;
}): GatewayPlugin {
  const apq = new BoundedCache(apqBudgetBytes);
  return {
    onParams({ params, request, setParams }) {
      const viewer = viewerOf(request);
      const id = operationIdOf(params);

      if (persistedOnly(viewer)) {
        if (!id || params.query) {
          throw refusal(
            ErrorCode.PERSISTED_QUERY_ID_REQUIRED,
            `${viewer.clientId} runs persisted operations only: send the operation's id from its manifest (documentId or extensions.persistedQuery.sha256Hash) and no query text.`,
          );
        }
        const operation = trusted.get(viewer.clientId)?.get(id);
        if (!operation) {
          throw refusal(ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, `Operation ${id} is not in the manifest of ${viewer.clientId}.`);
        }
        setParams({ ...withoutDocumentId(params), query: operation.body, operationName: params.operationName ?? operation.name });
        return;
      }

      if (!id) return;
      if (params.query) {
        if (operationId(params.query) !== id)
          throw refusal(ErrorCode.BAD_USER_INPUT, 'The persisted query hash is not the SHA-256 of the query sent.');
        apq.set(id, params.query);
        return;
      }
      const query = apq.get(id);
      if (query === undefined) {
        // Apollo's APQ links retry with the query text on this code (and this exact message).
        throw new GraphQLError('PersistedQueryNotFound', { extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } });
      }
      setParams({ ...withoutDocumentId(params), query });
    },
  };
}

function operationIdOf(params: { extensions?: Record<string, unknown> }): string | undefined {
  const persisted = params.extensions?.persistedQuery;
  const hash = fieldOf(persisted, 'sha256Hash');
  if (fieldOf(persisted, 'version') === 1 && typeof hash === 'string') return hash;
  const documentId = fieldOf(params, 'documentId');
  if (typeof documentId === 'string') return documentId;
  return undefined;
}

/** `documentId` is not a GraphQL-over-HTTP parameter the runtime accepts once the query is set. */
function withoutDocumentId<T extends object>(params: T): T {
  const rest = { ...params };
  Reflect.deleteProperty(rest, 'documentId');
  return rest;
}

const refusal = (code: ErrorCode, message: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** Least recently used entries go first once the texts held pass the byte budget. */
class BoundedCache {
  private readonly entries = new Map<string, string>();
  private bytes = 0;
  private readonly budget: number;
  constructor(budget: number) {
    this.budget = budget;
  }

  get(key: string): string | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: string) {
    if (value.length * 2 > this.budget) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.bytes -= previous.length * 2;
    }
    this.entries.set(key, value);
    this.bytes += value.length * 2;
    for (const [oldest, text] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= text.length * 2;
    }
  }
}
