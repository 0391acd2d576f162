import type { GraphQLErrorExtensions } from 'graphql';

/**
 * The answer a plugin gives when it ends a request itself (401, 403, 413, 429 …): one GraphQL
 * error with its stable code, as every other refusal looks to a client.
 */
export const errorResponse = (
  Response: typeof globalThis.Response,
  status: number,
  message: string,
  extensions: GraphQLErrorExtensions & { code: string },
  headers: Record<string, string> = {},
) => Response.json({ errors: [{ message, extensions }] }, { status, headers });
