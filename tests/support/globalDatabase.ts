import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureFerretdbBinary, startEmbeddedDatabase } from '../../scripts/lib/embeddedDatabase.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
  }
}

/**
 * One real database for a test run: the embedded FerretDB on a free loopback port with its files
 * in a temporary folder (removed afterwards), or the server in MONGODB_URI. Each test file uses
 * its own database names, so files never see each other's data.
 */
export default async function setup(project: TestProject) {
  if (process.env.MONGODB_URI) {
    project.provide('mongoUri', process.env.MONGODB_URI);
    return;
  }
  const binary = await ensureFerretdbBinary((message) => process.stderr.write(`[test database] ${message}\n`));
  const dataDir = mkdtempSync(join(tmpdir(), 'living-profile-test-db-'));
  const database = await startEmbeddedDatabase({
    binary,
    dataDir,
    output: (name, line) => process.stderr.write(`[${name}] ${line}\n`),
  });
  project.provide('mongoUri', database.uri);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
