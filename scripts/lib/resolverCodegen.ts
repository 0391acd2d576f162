// Resolver types for every subgraph, generated from its schema.graphql by GraphQL Code Generator
// (`typescript` and `typescript-resolvers`, with federation): `npm run codegen` writes them to
// subgraphs/<name>/src/resolvers/types.generated.ts, and a test fails when one is stale.
//
// Mappers: what a resolver of a type receives as its parent is the stored document or view the
// subgraph hands on, not the GraphQL type. Each subgraph says so in src/resolvers/mappers.ts, one
// `export type <Type>Mapper = …` per GraphQL type that needs one; the generator reads those names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { codegen } from '@graphql-codegen/core';
import { getCachedDocumentNodeFromSchema, removeFederation } from '@graphql-codegen/plugin-helpers';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { parse } from 'graphql';
import { ROOT } from './paths.ts';

/** The subgraphs whose resolvers are typed by the generator, with the name of their context type. */
export const TYPED_SUBGRAPHS: Record<string, string> = {
  identity: 'IdentityContext',
  consent: 'ConsentContext',
  preference: 'PreferenceContext',
  offer: 'OfferContext',
  privacy: 'PrivacyContext',
};

/** How each scalar arrives in a resolver (input) and what a resolver may answer with (output). */
const SCALARS = {
  DateTime: { input: 'Date', output: 'Date | string' },
  LocalDate: 'string',
  EmailAddress: 'string',
  PhoneNumber: 'string',
  Locale: 'string',
  CountryCode: 'string',
  TimeZone: 'string',
  URL: 'string',
  JSON: 'unknown',
  _Any: 'unknown',
  link__Import: 'unknown',
  federation__FieldSet: 'string',
  federation__Scope: 'string',
  federation__Policy: 'string',
};

export const generatedPathOf = (subgraph: string) => join(ROOT, 'subgraphs', subgraph, 'src', 'resolvers', 'types.generated.ts');

/** The GraphQL types a subgraph's src/resolvers/mappers.ts exports a `<Type>Mapper` for. */
export function mappedTypesOf(subgraph: string): string[] {
  const file = join(ROOT, 'subgraphs', subgraph, 'src', 'resolvers', 'mappers.ts');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/^export (?:type|interface) (\w+)Mapper\b/gm)].map((m) => m[1]!);
}

const mappersOf = (subgraph: string) => Object.fromEntries(mappedTypesOf(subgraph).map((type) => [type, `./mappers.ts#${type}Mapper`]));

/** The generated file for one subgraph (left as the generator writes it, like the portal's: .prettierignore). */
export async function generateResolverTypes(subgraph: string): Promise<string> {
  const context = TYPED_SUBGRAPHS[subgraph];
  if (!context) throw new Error(`${subgraph} is not in TYPED_SUBGRAPHS (scripts/lib/resolverCodegen.ts)`);
  const sdl = readFileSync(join(ROOT, 'subgraphs', subgraph, 'schema.graphql'), 'utf8');
  // The schema as the subgraph builds it (federation's directives defined), less what federation
  // adds and answers itself (_entities, _service): the resolvers plugin writes __resolveReference.
  const schema = removeFederation(buildSubgraphSchema({ typeDefs: parse(sdl) }));
  const output = await codegen({
    filename: generatedPathOf(subgraph),
    schema: getCachedDocumentNodeFromSchema(schema),
    schemaAst: schema,
    documents: [],
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
    config: {
      federation: true,
      useTypeImports: true,
      enumsAsTypes: true,
      strictScalars: true,
      scalars: SCALARS,
      contextType: `../context.ts#${context}`,
      mappers: mappersOf(subgraph),
      // An argument or input field with a default is always there when a resolver runs.
      avoidOptionals: { defaultValue: true },
      maybeValue: 'T | null',
      inputMaybeValue: 'T | null | undefined',
    },
  });
  return `// Generated from subgraphs/${subgraph}/schema.graphql by \`npm run codegen\` (scripts/lib/resolverCodegen.ts). Do not edit.\n${output}`;
}
