// Security regression: what is stored and served beside the API. Consent collection points and
// the purpose a caller states for reading a profile used to be stored in plaintext (free text can
// name a person), database files were world-readable (0644), and /metrics answered anyone.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { describe, expect, inject, it } from 'vitest';
import { ensureFerretdbBinary, startEmbeddedDatabase } from '../../scripts/lib/embeddedDatabase.ts';
import { ensurePurposes, espUnsubscribe, recordConsent } from '../support/consent.ts';
import { dumpDatabase } from '../support/dump.ts';
import { useStack } from '../support/stack.ts';

const METRICS_TOKEN = 'metrics-token-for-the-scraper-0123456789';
const lp = useStack({ env: { METRICS_TOKEN } });
const AGENT = { 'x-dev-viewer-role': 'agent', 'x-dev-viewer-subject': 'agent-3' };

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

describe('at rest', () => {
  it('keeps collection points, a source’s original proof and stated purposes sealed, not in clear', async () => {
    await ensurePurposes(lp, ['marketing']);
    const id = (await ok('mutation { createProfile(input: { name: { given: "Zed" } }) { id } }')).createProfile.id;
    await recordConsent(lp, id, 'marketing', 'GRANTED', { collectionPoint: 'kiosk of Zed Zimmerman' });
    await ok('mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { status } }', {
      r: [espUnsubscribe(id, 'zz-1', 'unsubscribe link', { email: 'zed.zimmerman@example.com', clicks: [[1, 2], [3]] })],
    });
    await ok(
      'query($p: ID!) { profile(id: $p) { displayName } }',
      { p: id },
      { ...AGENT, 'x-purpose': 'complaint call from Zed Zimmerman' },
    );

    // Through the API, each is there for those who may read it.
    const read = await ok(
      'query($p: ID!) { profile(id: $p) { consents { collectionPoint } consentHistory { proof { collectionPoint originalProof } } accessLog { purpose } } }',
      { p: id },
    );
    expect(JSON.stringify(read)).toContain('kiosk of Zed Zimmerman');
    expect(JSON.stringify(read)).toContain('zed.zimmerman@example.com');
    expect(read.profile.accessLog.map((a: { purpose: string | null }) => a.purpose)).toContain('complaint call from Zed Zimmerman');

    // In the databases, none of it.
    const connection = await mongoose.createConnection(inject('mongoUri')).asPromise();
    try {
      for (const name of ['consent', 'privacy']) {
        const dump = await dumpDatabase(connection.useDb(`${lp.databasePrefix}_${name}`));
        expect(dump, name).not.toContain('zimmerman');
      }
    } finally {
      await connection.close();
    }
  });

  it('creates the embedded database’s files readable by their owner only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-modes-'));
    const database = await startEmbeddedDatabase({ binary: await ensureFerretdbBinary(), dataDir: dir, output: () => {} });
    try {
      const connection = await mongoose.createConnection(database.uri).asPromise();
      await connection.useDb('modes').collection('probe').insertOne({ written: true });
      await connection.close();
    } finally {
      await database.stop();
    }
    const modes: string[] = [];
    const walk = (path: string) => {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = join(path, entry.name);
        if ((statSync(full).mode & 0o077) !== 0) modes.push(`${full} ${(statSync(full).mode & 0o777).toString(8)}`);
        if (entry.isDirectory()) walk(full);
      }
    };
    walk(dir);
    // As root, PostgreSQL runs as the unprivileged user nobody, who may pass through (not list) the folder.
    expect((statSync(dir).mode & 0o777).toString(8)).toBe(process.getuid?.() === 0 && database.engine === 'postgresql' ? '701' : '700');
    expect(modes).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('/metrics', () => {
  it('answers only the scraper holding METRICS_TOKEN, at the gateway and at every subgraph', async () => {
    const targets = [
      new URL('/metrics', lp.stack.gatewayUrl).href,
      ...Object.values(lp.stack.subgraphs).map((s) => new URL('/metrics', s.url).href),
    ];
    for (const url of targets) {
      expect((await fetch(url)).status, url).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-wrong-token-123' } })).status, url).toBe(401);
      const scraped = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(scraped.status, url).toBe(200);
      expect(await scraped.text()).toMatch(/# TYPE/);
    }
  });
});
