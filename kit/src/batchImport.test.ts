import { describe, expect, it } from 'vitest';
import { assertImportSize, eachRecord, MAX_IMPORT_RECORDS, type Rejection } from './batchImport.ts';
import { conflict, ErrorCode, LivingProfileError } from './errors.ts';
import type { Logger } from './log.ts';

/** A logger that keeps what it was told. */
function keptLog() {
  const errors: { message: string; error: unknown }[] = [];
  const log: Logger = { info() {}, warn() {}, error: (message, error) => errors.push({ message, error }) };
  return { log, errors };
}

type Result = { id: string; ok: true } | { id: string; rejected: Rejection };

describe('batch imports', () => {
  it('refuse an empty batch and one over the limit, before anything is applied', () => {
    const refusal = (n: number) => {
      try {
        assertImportSize(Array.from({ length: n }));
        return null;
      } catch (error) {
        return error as LivingProfileError;
      }
    };
    expect(refusal(0)?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'records' });
    expect(refusal(MAX_IMPORT_RECORDS + 1)?.message).toBe(`A batch holds 1 to ${MAX_IMPORT_RECORDS} records.`);
    expect(refusal(1)).toBeNull();
    expect(refusal(MAX_IMPORT_RECORDS)).toBeNull();
  });

  it('answer every record in the order sent: a stated refusal with its code, anything else as an internal error to send again', async () => {
    const { log, errors } = keptLog();
    const applied: string[] = [];
    const results = await eachRecord<{ id: string; customer: string }, Result>(
      [
        { id: 'r1', customer: 'a' },
        { id: 'r2', customer: 'b' },
        { id: 'r3', customer: 'a' },
        { id: 'r4', customer: 'c' },
      ],
      {
        keysOf: (r) => [r.customer],
        atOnce: 2,
        nameOf: (r) => `crm:${r.id}`,
        log,
        apply: async (r) => {
          if (r.id === 'r2') throw conflict('The ledger kept changing; import it again.');
          if (r.id === 'r3') throw new Error('connection reset by peer, value "jane@example.com"');
          applied.push(r.id);
          return { id: r.id, ok: true };
        },
        rejected: (r, rejected) => ({ id: r.id, rejected }),
      },
    );
    expect(results).toEqual([
      { id: 'r1', ok: true },
      { id: 'r2', rejected: { code: ErrorCode.CONFLICT, reason: 'The ledger kept changing; import it again.' } },
      { id: 'r3', rejected: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'Internal error; send the record again.' } },
      { id: 'r4', ok: true },
    ]);
    // The records after a failure were still applied; the unexpected one is logged by its name only.
    expect(applied.sort()).toEqual(['r1', 'r4']);
    expect(errors.map((e) => e.message)).toEqual(['import record crm:r3 failed']);
  });

  it('apply one customer’s records one after another, in the order sent', async () => {
    const { log } = keptLog();
    const order: string[] = [];
    await eachRecord(['a1', 'b1', 'a2', 'a3', 'b2'], {
      keysOf: (r) => [r[0]!],
      atOnce: 4,
      nameOf: (r) => r,
      log,
      apply: async (r) => {
        await new Promise((resolve) => setTimeout(resolve, r === 'a1' ? 10 : 1));
        order.push(r);
      },
      rejected: () => undefined,
    });
    expect(order.filter((r) => r.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(order.filter((r) => r.startsWith('b'))).toEqual(['b1', 'b2']);
  });
});
