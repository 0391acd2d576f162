// Each subgraph's resolver types (src/resolvers/types.generated.ts) are generated from its schema
// and its mappers: a change to either without `npm run codegen` fails here, naming the file.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedPathOf, generateResolverTypes, mappedTypesOf, TYPED_SUBGRAPHS } from './resolverCodegen.ts';
import { ROOT } from './paths.ts';

describe('generated resolver types', () => {
  for (const subgraph of Object.keys(TYPED_SUBGRAPHS)) {
    it(`of ${subgraph} are what \`npm run codegen\` makes from its schema and mappers`, async () => {
      const file = generatedPathOf(subgraph);
      const name = relative(ROOT, file);
      expect(existsSync(file), `${name} is missing: run npm run codegen`).toBe(true);
      const generated = await generateResolverTypes(subgraph);
      expect(readFileSync(file, 'utf8'), `${name} is stale: run npm run codegen`).toBe(generated);
      // A mapper whose type is not in the schema is never used; the generator leaves it out silently.
      for (const type of mappedTypesOf(subgraph))
        expect(generated, `${subgraph}: ${type}Mapper names no type of the schema`).toContain(
          `${type}: ResolverTypeWrapper<${type}Mapper>`,
        );
    });
  }
});
