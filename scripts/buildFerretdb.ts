// npm run build:db: builds the embedded database's front end (FerretDB v1.24.2: the MongoDB wire
// protocol in front of the embedded PostgreSQL npm installs) into .cache/bin, unless an
// up-to-date build is there. `npm start` and `npm test` do this on their own; CI runs it
// up front so the build shows as its own step.
import { ensureFerretdbBinary } from './lib/embeddedDatabase.ts';
import { messageOf } from '#kit/guards.ts';

try {
  const binary = await ensureFerretdbBinary((message) => console.log(`▸ ${message}`));
  console.log(`▸ embedded database ready: ${binary}`);
} catch (error) {
  console.error(`✖ ${messageOf(error)}`);
  process.exit(1);
}
