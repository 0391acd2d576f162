// npm run operations [-- --check]: builds schema/persisted/<client>.json, one Apollo persisted query
// manifest per client, from schema/operations/<client>/*.graphql, validated against the supergraph.
// With --check it writes nothing and fails when a committed manifest is stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { PURPOSES_SUFFIX } from '../gateway/src/persistedOperations.ts';
import { ROOT } from './lib/paths.ts';
import { buildManifests, manifestText, publicSchema } from './lib/persistedOperations.ts';
import { messageOf } from '#kit/guards.ts';

const operationsDir = join(ROOT, 'schema/operations');
const manifestsDir = join(ROOT, 'schema/persisted');

let manifests;
try {
  manifests = buildManifests(operationsDir, publicSchema(readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8')));
} catch (error) {
  console.error(`${messageOf(error)}\nFix the operations (or run \`npm run compose\` if the schema changed) and run again.`);
  process.exit(1);
}

// The gateway refuses a manifest without the purposes its client reads for: say so now, not at start.
const unregistered = [...manifests.keys()].filter((client) => !existsSync(join(manifestsDir, `${client}${PURPOSES_SUFFIX}`)));
if (unregistered.length) {
  console.error(
    unregistered
      .map(
        (c) =>
          `schema/persisted/${c}${PURPOSES_SUFFIX} is missing: write { "purposes": [{ "purpose": "…", "channel": "PARTNER" }] } for ${c}.`,
      )
      .join('\n'),
  );
  process.exitCode = 1;
}

const wanted = new Map([...manifests].map(([client, manifest]) => [`${client}.json`, manifestText(manifest)]));
const present = (() => {
  try {
    return readdirSync(manifestsDir).filter((f) => f.endsWith('.json') && !f.endsWith(PURPOSES_SUFFIX));
  } catch {
    return [];
  }
})();

if (process.argv.includes('--check')) {
  const stale = [
    ...[...wanted]
      .filter(([file, text]) => !present.includes(file) || readFileSync(join(manifestsDir, file), 'utf8') !== text)
      .map(([f]) => f),
    ...present.filter((file) => !wanted.has(file)),
  ];
  if (stale.length) {
    console.error(`schema/persisted/ is stale (${stale.join(', ')}): run \`npm run operations\` and commit the result.`);
    process.exit(1);
  }
  console.log(`schema/persisted/ is up to date (${wanted.size} client manifest(s)).`);
} else {
  mkdirSync(manifestsDir, { recursive: true });
  for (const file of present) if (!wanted.has(file)) rmSync(join(manifestsDir, file));
  for (const [file, text] of wanted) writeFileSync(join(manifestsDir, file), text);
  for (const [client, manifest] of manifests) {
    console.log(`schema/persisted/${client}.json: ${manifest.operations.map((o) => o.name).join(', ')}`);
  }
}
