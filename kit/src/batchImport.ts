import { eachInChains } from './chains.ts';
import { badUserInput, ErrorCode, LivingProfileError } from './errors.ts';
import type { Logger } from './log.ts';

/**
 * Batch imports (identity's `upsertProfilesFromSource`, consent's `importConsents`) answer in one
 * way, so a source system's integration handles both alike:
 *
 * - The batch as a whole is refused only for its shape, before anything is applied: 1 to
 *   `MAX_IMPORT_RECORDS` records, sent by a caller allowed to import (a system as itself).
 * - Otherwise every record gets a result, in the order sent. A record that cannot be applied is
 *   REJECTED with its error's code and message, and the others go on. A record that fails for a
 *   reason nobody foresaw (the database went away) is REJECTED with INTERNAL_SERVER_ERROR and
 *   "send the record again", and logged; the batch never fails half applied.
 * - Every record is idempotent by its own id (event id, record id): sending a batch again, after
 *   any answer or none (a timeout), applies nothing twice; what was applied answers as a replay.
 */
export const MAX_IMPORT_RECORDS = 500;

/** Why a record was not applied: a message for the sender and a stable code. */
export interface Rejection {
  reason: string;
  code: string;
}

/** Refuses a batch that is empty or holds more than `MAX_IMPORT_RECORDS` records. */
export function assertImportSize(records: readonly unknown[]): void {
  if (records.length === 0 || records.length > MAX_IMPORT_RECORDS)
    throw badUserInput(`A batch holds 1 to ${MAX_IMPORT_RECORDS} records.`, 'records');
}

/** A record refused for a reason the product states (unknown profile, bad value, restricted …). */
export const rejectionOf = (error: LivingProfileError): Rejection => ({ reason: error.message, code: String(error.extensions.code) });

/** Anything else a record's `apply` threw: logged (by the record's name, never its data), to be sent again. */
function unexpected(error: unknown, log: Logger, record: string): Rejection {
  log.error(`import record ${record} failed`, error);
  return { reason: 'Internal error; send the record again.', code: ErrorCode.INTERNAL_SERVER_ERROR };
}

/**
 * Applies every record (records sharing a key one after another in the order sent, the rest
 * `atOnce` side by side; see `eachInChains`) and answers each: `apply`'s result, or `rejected`'s
 * for a record whose `apply` threw.
 */
export function eachRecord<T, R>(
  records: readonly T[],
  {
    keysOf,
    atOnce,
    nameOf,
    apply,
    rejected,
    log,
  }: {
    keysOf: (record: T) => readonly string[];
    atOnce: number;
    /** How the log names a record that failed unexpectedly (an id, never personal data). */
    nameOf: (record: T) => string;
    apply: (record: T) => Promise<R>;
    rejected: (record: T, rejection: Rejection) => R;
    log: Logger;
  },
): Promise<R[]> {
  return eachInChains(records, keysOf, atOnce, async (record) => {
    try {
      return await apply(record);
    } catch (error) {
      return rejected(record, error instanceof LivingProfileError ? rejectionOf(error) : unexpected(error, log, nameOf(record)));
    }
  });
}
