import { readFileSync } from 'node:fs';
import { parse, printSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as resolvers from '@graphql-codegen/typescript-resolvers';
import { getCachedDocumentNodeFromSchema } from '@graphql-codegen/plugin-helpers';

const name = process.argv[2] ?? 'preference';
const sdl = readFileSync(`subgraphs/${name}/schema.graphql`, 'utf8');
const schema = buildSubgraphSchema({ typeDefs: parse(sdl) });
const out = await codegen({
  filename: 'x.ts',
  schema: getCachedDocumentNodeFromSchema(schema),
  schemaAst: schema,
  documents: [],
  plugins: [{ typescript: {} }, { resolvers: {} }],
  pluginMap: { typescript, resolvers },
  config: { federation: true, useTypeImports: true, enumsAsTypes: true, contextType: '../context.ts#PreferenceContext' },
});
console.log(out.length);
process.stdout.write(out.slice(0, 3000));
