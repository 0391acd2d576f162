// Narrowing what arrives as `unknown` (a caught error, a parsed body, a driver's answer) by
// checking it, never by asserting it: a wrong guess here is a crash or a leak somewhere else.
// Payloads with a shape of their own are checked by a schema where their type is declared
// (zod, `parseWith`); these are the small checks the schemas and everything else share.
import type { z } from 'zod';

/** A plain object (not null, not an array): what a JSON object parses to. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is one of `values` (a role, a level, a channel), narrowed to it. */
export const isOneOf = <T>(values: readonly T[], value: unknown): value is T => values.some((v) => v === value);

/** A list of strings. */
export const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What a caught error says: its message, or the thrown value itself as text. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A caught error's `name` (`TimeoutError`, `MongoServerSelectionError`), or '' for a thrown non-error. */
export const nameOf = (error: unknown): string => {
  const name = fieldOf(error, 'name');
  return typeof name === 'string' ? name : '';
};

/** A caught error's `code` (a driver's number, Node's `EADDRINUSE`), or undefined. */
export const codeOf = (error: unknown): unknown => fieldOf(error, 'code');

/** A field of something unknown, if it is an object: `fieldOf(error, 'extensions')`. */
export const fieldOf = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;

/**
 * `value` checked against `schema`: the parsed value, or the first problem as one line a caller
 * can act on (`subjects.0.id: expected string`).
 */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; problem: string } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` };
}
