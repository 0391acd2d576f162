// npm run codegen: the subgraphs' resolver types (scripts/lib/resolverCodegen.ts), then the
// portal's typed operations (portal/codegen.ts).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateResolverTypes, generatedPathOf, TYPED_SUBGRAPHS } from './lib/resolverCodegen.ts';
import { ROOT } from './lib/paths.ts';

for (const subgraph of Object.keys(TYPED_SUBGRAPHS)) {
  writeFileSync(generatedPathOf(subgraph), await generateResolverTypes(subgraph));
  process.stdout.write(`▸ ${relative(ROOT, generatedPathOf(subgraph))}\n`);
}
