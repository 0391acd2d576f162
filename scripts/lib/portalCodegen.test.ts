// The portal's typed operations (portal/src/gql) are generated from the schema and the portal's
// own documents: a change to either without `npm run codegen` fails here, naming the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../portal/codegen.ts';
import { ROOT } from './paths.ts';

describe('portal/src/gql', () => {
  it('is what `npm run codegen` makes from the schema and the portal’s operations', async () => {
    const outputs = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const stored = readFileSync(join(ROOT, output.filename), 'utf8');
      expect(stored, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 30_000);
});
