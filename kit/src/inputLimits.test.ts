import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, enforceInputLimits, MAX_LENGTH_DIRECTIVE } from './inputLimits.ts';

const schema = enforceInputLimits(
  buildSchema(`
    ${MAX_LENGTH_DIRECTIVE}
    input Name { given: String @maxLength(value: 5) nested: [Name!] }
    type Query {
      hello(name: Name, note: String, id: ID, tags: [String!] @maxLength(value: 3), count: Int): String
    }
  `),
);
const root = { hello: () => 'hi' };
const run = (source: string, variableValues: Record<string, unknown> = {}) => graphql({ schema, source, rootValue: root, variableValues });

describe('input limits', () => {
  it('lets strings within their maximum through', async () => {
    const result = await run('query($n: Name) { hello(name: $n, note: "ok", id: "x", tags: ["abc"], count: 3) }', {
      n: { given: 'Ada', nested: [{ given: 'Bo' }] },
    });
    expect(result).toEqual({ data: { hello: 'hi' } });
  });

  it.each([
    ['a declared field maximum', { n: { given: 'Adaline' } }, 'name.given', 5],
    ['a nested one, in a list', { n: { nested: [{ given: 'ok' }, { given: 'toolong' }] } }, 'name.nested[1].given', 5],
    ['the String default', { note: 'x'.repeat(DEFAULT_MAX_LENGTH.String + 1) }, 'note', DEFAULT_MAX_LENGTH.String],
    ['the ID default', { id: 'x'.repeat(DEFAULT_MAX_LENGTH.ID + 1) }, 'id', DEFAULT_MAX_LENGTH.ID],
    ['an argument maximum on list items', { tags: ['abc', 'abcd'] }, 'tags[1]', 3],
  ])('refuses a string over %s with BAD_USER_INPUT naming the field', async (_kind, variables, field, max) => {
    const result = await run(
      'query($n: Name, $note: String, $id: ID, $tags: [String!]) { hello(name: $n, note: $note, id: $id, tags: $tags) }',
      variables,
    );
    expect(result.errors?.[0]).toMatchObject({
      message: `${field} is too long: at most ${max} characters.`,
      extensions: { code: 'BAD_USER_INPUT', field },
    });
    expect(result.data).toEqual({ hello: null });
  });

  it('counts characters, not UTF-16 units: five emoji fit in five', async () => {
    expect((await run('query($n: Name) { hello(name: $n) }', { n: { given: '😀😀😀😀😀' } })).errors).toBeUndefined();
    expect((await run('query($n: Name) { hello(name: $n) }', { n: { given: '😀😀😀😀😀😀' } })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
