import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCasts, typeCastsIn } from './typeCasts.ts';

const root = join(import.meta.dirname, '../..');

/**
 * The casts left in the product's source, each with the reason written beside it in the code.
 * Anything that arrives from outside (a request body, a file, another service's answer, a stored
 * document) is checked instead: kit/src/guards.ts, and a schema where the payload's type is declared.
 */
const JUSTIFIED = [
  // AES-GCM authenticates what opens: it is what our own code sealed under that aad.
  "kit/src/crypto/envelope.ts: JSON.parse(open(key, sealed, aad).toString('utf8')) as T",
  // Object.fromEntries forgets the keys it was given; they are exactly `names`.
  'kit/src/scalars.ts: Object.fromEntries(names.map((name) => [name, scalarResolvers[name]])) as Pick<typeof scalarResolvers, N>',
  // Apollo's resolver map type cannot say how a reference resolver is called; the generated types can.
  'kit/src/subgraph.ts: resolvers as ApolloResolverMap',
  // A span seen through a prototype: Object.create cannot type that.
  'gateway/src/tracing.ts: Object.create(span, { attributes: { value: attributes } }) as ReadableSpan',
  // A GraphQL answer typed by the caller's query, as a typed client types it from the operation.
  'scripts/lib/graphqlClient.ts: JSON.parse(text) as GraphQLResponse<T>',
  // Ledger entries are read as written (hash-chained, kept for years), not refused against today's schema.
  'subgraphs/consent/src/domain/state.ts: content as unknown as T',
];

describe('type casts in source (issue 17)', () => {
  it('are only the few a comment justifies', () => {
    expect(
      typeCasts(root)
        .map((c) => `${c.file}: ${c.text}`)
        .sort(),
    ).toEqual([...JUSTIFIED].sort());
  });

  it('finds an assertion, a chained one once, and an angle-bracket one, but not `as const`', () => {
    const found = typeCastsIn({
      'kit/src/__fixture.ts': [
        "const a = JSON.parse('1') as number;",
        'const b = a as unknown as string;',
        'const c = <string>b;',
        "const d = ['x'] as const;",
      ].join('\n'),
    });
    expect(found.map((c) => `${c.line}: ${c.text}`)).toEqual(["1: JSON.parse('1') as number", '2: a as unknown as string', '3: <string>b']);
  });
});
