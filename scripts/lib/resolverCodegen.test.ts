// Each subgraph's resolver types (src/resolvers/types.generated.ts) are generated from its schema
// and its mappers: a change to either without `npm run codegen` fails here, naming the file.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedPathOf, generateResolverTypes, TYPED_SUBGRAPHS } from './resolverCodegen.ts';
import { ROOT } from './paths.ts';

describe('generated resolver types', () => {
  for (const subgraph of Object.keys(TYPED_SUBGRAPHS)) {
    it(`of ${subgraph} are what \`npm run codegen\` makes from its schema and mappers`, async () => {
      const file = generatedPathOf(subgraph);
      const name = relative(ROOT, file);
      expect(existsSync(file), `${name} is missing: run npm run codegen`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${name} is stale: run npm run codegen`).toBe(await generateResolverTypes(subgraph));
    });
  }

  it('map every type a mappers file names to a type of the schema', async () => {
    for (const subgraph of Object.keys(TYPED_SUBGRAPHS)) {
      const generated = await generateResolverTypes(subgraph);
      // A mapper whose type is not in the schema is never used; the generator leaves it out silently.
      for (const [, type] of readFileSync(generatedPathOf(subgraph).replace('types.generated.ts', 'mappers.ts'), 'utf8').matchAll(
        /^export (?:type|interface) (\w+)Mapper\b/gm,
      ))
        expect(generated, `${subgraph}: ${type}Mapper names no type of the schema`).toContain(
          `${type}: ResolverTypeWrapper<${type}Mapper>`,
        );
    }
  });
});
