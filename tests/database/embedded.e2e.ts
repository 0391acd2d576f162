// The embedded database as `npm start` runs it: PostgreSQL under FerretDB in one data folder,
// kept across restarts, refused to a second database on the same folder, and gone when stopped.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedEngine, ensureFerretdbBinary, settleEmbeddedDatabase, startEmbeddedDatabase } from '../../scripts/lib/embeddedDatabase.ts';
import { alive } from '../support/processes.ts';

const dir = mkdtempSync(join(tmpdir(), 'lp-embedded-'));
const settled = mkdtempSync(join(tmpdir(), 'lp-settled-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(settled, { recursive: true, force: true });
});

describe.skipIf(embeddedEngine() !== 'postgresql')('the embedded PostgreSQL', () => {
  it('keeps the data across a restart, refuses a second database on the folder, and leaves nothing running', async () => {
    const binary = await ensureFerretdbBinary();
    const first = await startEmbeddedDatabase({ binary, dataDir: dir, output: () => {} });
    const postmaster = Number(readFileSync(join(dir, 'cluster/postmaster.pid'), 'utf8').split('\n')[0]);
    expect(alive(postmaster)).toBe(true);
    let client = await MongoClient.connect(first.uri);
    await client
      .db('kept')
      .collection('notes')
      .insertOne({ _id: 'n-1' as never, text: 'still here' });
    await client.close();

    const lines: string[] = [];
    await expect(startEmbeddedDatabase({ binary, dataDir: dir, output: (_, line) => lines.push(line) })).rejects.toThrow();
    expect(lines.join('\n')).toMatch(/data folder .* is in use by another running database/);

    await first.stop();
    expect(alive(postmaster)).toBe(false);
    expect(existsSync(join(dir, 'cluster/postmaster.pid'))).toBe(false);

    const again = await startEmbeddedDatabase({ binary, dataDir: dir, output: () => {} });
    try {
      client = await MongoClient.connect(again.uri);
      expect(
        await client
          .db('kept')
          .collection('notes')
          .findOne({ _id: 'n-1' as never }),
      ).toMatchObject({ text: 'still here' });
      await client.close();
    } finally {
      await again.stop();
    }
  });

  it('settles after a bulk load: the new rows analysed (the planner and $collStats see them), and a clear error with no database running', async () => {
    const binary = await ensureFerretdbBinary();
    const database = await startEmbeddedDatabase({ binary, dataDir: settled, output: () => {} });
    const lines: string[] = [];
    try {
      const client = await MongoClient.connect(database.uri);
      try {
        const notes = client.db('bulk').collection('notes');
        await notes.insertMany(Array.from({ length: 3000 }, (_, i) => ({ _id: `n-${i}` as never, text: `note ${i}` })));
        const estimate = async () => Number((await notes.aggregate([{ $collStats: { count: {} } }]).toArray())[0]?.count);
        // Written just now, never analysed: PostgreSQL's statistics know nothing of the rows yet.
        expect(await estimate()).not.toBe(3000);
        await settleEmbeddedDatabase({ binary, dataDir: settled, progress: (line) => lines.push(line) });
        expect(await estimate()).toBe(3000);
      } finally {
        await client.close();
      }
    } finally {
      await database.stop();
    }
    expect(lines.at(-1)).toMatch(/^vacuumed and analysed \d+ tables in [\d.]+ s$/);
    await expect(settleEmbeddedDatabase({ binary, dataDir: settled, progress: () => {} })).rejects.toThrow(
      /no running embedded database in .*cluster \(no postmaster\.pid\): start it first/,
    );
  });
});
