import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '#kit/errors.ts';
import { errorResponse } from '../errorResponse.ts';

export interface RequestLimits {
  /** Bytes of a request body. */
  maxBodyBytes: number;
  /** Nesting of objects and lists in the variables (a value at the top counts 1). */
  maxVariableDepth: number;
  /** Values (objects, lists, scalars) in the variables, all together. */
  maxVariableValues: number;
}

/**
 * Bounds what a request may carry before anything parses, plans or forwards it: the body's size
 * (413, also for a chunked body without a length) and the variables' depth and number of values.
 * A JSON variable nested thousands deep is a few kilobytes, yet every layer that walks it
 * recursively (serialising it for a subgraph, validating a scalar) can overflow its stack; refused
 * here with OPERATION_LIMIT_EXCEEDED, it never gets that far.
 */
export function useRequestLimits(limits: RequestLimits): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql' || request.method !== 'POST') return;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBodyBytes) {
        const { message, extensions } = bodyTooLarge(limits.maxBodyBytes);
        endResponse(errorResponse(fetchAPI.Response, 413, message, extensions));
      }
    },
    onRequestParse({ request, setRequestParser }) {
      // A body without Content-Length (chunked) is counted while it is read.
      if (request.method !== 'POST' || request.headers.has('content-length') || !request.body) return;
      setRequestParser(async (req) => {
        const text = await readAtMost(req, limits.maxBodyBytes);
        try {
          return JSON.parse(text);
        } catch {
          throw new GraphQLError('The request body is not valid JSON.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      });
    },
    onParams({ params }) {
      const problem = measure(params.variables, limits);
      if (problem) {
        throw new GraphQLError(`The variables are ${problem}. Send flatter or fewer values.`, {
          extensions: {
            code: ErrorCode.OPERATION_LIMIT_EXCEEDED,
            limit: problem.startsWith('nested') ? 'variableDepth' : 'variableValues',
            max: problem.startsWith('nested') ? limits.maxVariableDepth : limits.maxVariableValues,
            http: { status: 400 },
          },
        });
      }
    },
  };
}

/** The one refusal of an oversized body, whether its length was declared or counted while reading. */
const bodyTooLarge = (max: number) => ({
  message: `The request body is larger than ${max} bytes. Send fewer records per request.`,
  extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'bodyBytes', max },
});

async function readAtMost(request: Request, max: number): Promise<string> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      const { message, extensions } = bodyTooLarge(max);
      throw new GraphQLError(message, { extensions: { ...extensions, http: { status: 413 } } });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Walks the variables without recursion; says what is over a limit, or nothing. */
function measure(variables: unknown, { maxVariableDepth, maxVariableValues }: RequestLimits): string | undefined {
  if (variables == null || typeof variables !== 'object') return undefined;
  const stack: [unknown, number][] = [[variables, 0]];
  let values = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    values += 1;
    if (values > maxVariableValues) return `more than ${maxVariableValues} values`;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxVariableDepth) return `nested deeper than ${maxVariableDepth} levels`;
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
  }
  return undefined;
}
