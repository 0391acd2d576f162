import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstErrorIn } from './errors.ts';
import { codeOf, fieldOf, isOneOf, isRecord, isStringArray, messageOf, nameOf, parseWith } from './guards.ts';

describe('guards: what arrives as unknown is checked, not asserted', () => {
  it('tells plain objects, lists of strings and members of a list apart from look-alikes', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1].map(isRecord)).toEqual([true, true, false, false, false, false]);
    expect([['a', 'b'], [], ['a', 1], 'ab', null].map(isStringArray)).toEqual([true, true, false, false, false]);
    const roles = ['admin', 'customer'] as const;
    expect(['admin', 'customer', 'root', undefined].map((r) => isOneOf(roles, r))).toEqual([true, true, false, false]);
  });

  it('reads a caught error whatever was thrown', () => {
    const driver = Object.assign(new Error('E11000 duplicate key'), { code: 11000, name: 'MongoServerError' });
    expect([messageOf(driver), nameOf(driver), codeOf(driver)]).toEqual(['E11000 duplicate key', 'MongoServerError', 11000]);
    expect([messageOf('plain'), nameOf('plain'), codeOf('plain')]).toEqual(['plain', '', undefined]);
    expect([messageOf(null), nameOf(undefined), codeOf(null), fieldOf(null, 'x'), fieldOf({ x: 1 }, 'x')]).toEqual([
      'null',
      '',
      undefined,
      undefined,
      1,
    ]);
  });

  it('parses against a schema, or names the first problem with its path', () => {
    const schema = z.object({ subjects: z.array(z.object({ id: z.string() })) });
    expect(parseWith(schema, { subjects: [{ id: 'p1' }] })).toEqual({ ok: true, value: { subjects: [{ id: 'p1' }] } });
    const refused = parseWith(schema, { subjects: [{ id: 1 }] });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toMatch(/^subjects\.0\.id: /);
    expect(parseWith(schema, 'nothing')).toMatchObject({ ok: false });
  });

  it('reads the first error of a GraphQL-shaped answer without trusting its shape', () => {
    expect(firstErrorIn({ errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }, { message: 'Other.' }] })).toEqual({
      message: 'No.',
      code: 'FORBIDDEN',
    });
    expect(firstErrorIn({ errors: [{ extensions: { code: 7 } }] })).toEqual({ message: 'an error without a message', code: undefined });
    expect([firstErrorIn({ data: {} }), firstErrorIn(null), firstErrorIn('text'), firstErrorIn({ errors: [] })]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
