// npm run compose [-- --check]: composes rover.yaml into schema/supergraph.graphql.
// With --check it writes nothing and fails when the committed supergraph is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './lib/composeSupergraph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const configPath = `${root}rover.yaml`;
const outputPath = `${root}schema/supergraph.graphql`;

const result = composeSupergraph(configPath);
if (!result.ok) {
  console.error(`Composition failed with ${result.errors.length} error(s):\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outputPath, 'utf8');
  } catch {}
  if (current !== result.supergraphSdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is up to date.');
} else {
  writeFileSync(outputPath, result.supergraphSdl);
  console.log(`Wrote schema/supergraph.graphql (${result.supergraphSdl.split('\n').length} lines).`);
}
