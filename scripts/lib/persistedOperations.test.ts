import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegisteredPurposes, loadTrustedDocuments, PURPOSES_SUFFIX } from '../../gateway/src/persistedOperations.ts';
import { ROOT } from './paths.ts';
import { buildManifests, manifestText, publicSchema } from './persistedOperations.ts';

const schema = publicSchema(readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'));

function operationsDir(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'lp-operations-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('persisted operation manifests', () => {
  it('are committed exactly as `npm run operations` builds them from schema/operations/', () => {
    const manifests = buildManifests(join(ROOT, 'schema/operations'), schema);
    const committed = readdirSync(join(ROOT, 'schema/persisted')).filter((f) => f.endsWith('.json') && !f.endsWith(PURPOSES_SUFFIX));
    expect(committed.sort(), 'run `npm run operations` and commit schema/persisted/').toEqual(
      [...manifests.keys()].map((c) => `${c}.json`).sort(),
    );
    for (const [client, manifest] of manifests) {
      expect(readFileSync(join(ROOT, `schema/persisted/${client}.json`), 'utf8'), `schema/persisted/${client}.json is stale`).toBe(
        manifestText(manifest),
      );
    }
  });

  it('are in Apollo’s format, with each id the SHA-256 of its printed body, and load into the gateway', () => {
    const dir = operationsDir({
      'partner-a/Member.graphql':
        '# comment\nquery Member($id: String!) {profileByIdentifier(source: "partner-a", id: $id) { ...F }}\nfragment F on Profile { id }',
    });
    const manifest = buildManifests(dir, schema).get('partner-a')!;
    expect(manifest).toMatchObject({ format: 'apollo-persisted-query-manifest', version: 1 });
    const [operation] = manifest.operations;
    expect(operation).toMatchObject({ name: 'Member', type: 'query' });
    expect(operation!.body).not.toContain('# comment');
    expect(operation!.body).toContain('fragment F on Profile');
    expect(operation!.id).toBe(createHash('sha256').update(operation!.body).digest('hex'));

    const persisted = mkdtempSync(join(tmpdir(), 'lp-persisted-'));
    writeFileSync(join(persisted, 'partner-a.json'), manifestText(manifest));
    expect(loadTrustedDocuments(persisted).get('partner-a')?.get(operation!.id)).toEqual({ name: 'Member', body: operation!.body });
  });

  it('refuse unnamed, invalid, doubled or duplicate-named operations, naming each file', () => {
    const dir = operationsDir({
      'pa/Anonymous.graphql': '{ __typename }',
      'pa/Invalid.graphql': 'query Invalid { noSuchField }',
      'pa/Two.graphql': 'query A { __typename } query B { __typename }',
      'pa/Same1.graphql': 'query Same { __typename }',
      'pa/Same2.graphql': 'query Same { __typename }',
      'Bad Client/X.graphql': 'query X { __typename }',
    });
    let message = '';
    try {
      buildManifests(dir, schema);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/pa\/Anonymous\.graphql: the operation needs a name/);
    expect(message).toMatch(/pa\/Invalid\.graphql \(Invalid\): Cannot query field "noSuchField"/);
    expect(message).toMatch(/pa\/Two\.graphql: holds 2 operations/);
    expect(message).toMatch(/pa\/Same2\.graphql: another operation of pa is already named Same/);
    expect(message).toMatch(/Bad Client\/: a client folder is named like a client id/);
  });

  it('are refused by the gateway when a body was changed after its id was computed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-persisted-'));
    const body = 'query A { __typename }';
    const id = createHash('sha256').update(body).digest('hex');
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id, name: 'A', type: 'query', body: `${body} ` }],
      }),
    );
    expect(() => loadTrustedDocuments(dir)).toThrow(/not its SHA-256/);
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ operations: [] }));
    expect(() => loadTrustedDocuments(dir)).toThrow(/not an Apollo persisted query manifest/);
  });

  it('come with the purposes each client is registered for, or the gateway does not start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-persisted-'));
    expect(() => loadRegisteredPurposes(dir, ['acme'])).toThrow(
      /acme\.json has no acme\.purposes\.json beside it: declare what acme reads/,
    );
    writeFileSync(join(dir, `acme${PURPOSES_SUFFIX}`), JSON.stringify({ purposes: [] }));
    expect(() => loadRegisteredPurposes(dir, ['acme'])).toThrow(/non-empty list/);
    writeFileSync(join(dir, `acme${PURPOSES_SUFFIX}`), JSON.stringify({ purposes: [{ purpose: 'Partner Sharing!', channel: 'PARTNER' }] }));
    expect(() => loadRegisteredPurposes(dir, ['acme'])).toThrow(/a purpose key such as/);
    writeFileSync(join(dir, `acme${PURPOSES_SUFFIX}`), '{ not json');
    expect(() => loadRegisteredPurposes(dir, ['acme'])).toThrow(/not JSON/);
    writeFileSync(join(dir, `acme${PURPOSES_SUFFIX}`), JSON.stringify({ purposes: [{ purpose: 'partner-sharing', channel: 'PARTNER' }] }));
    expect(loadRegisteredPurposes(dir, ['acme'])).toEqual(new Map([['acme', [{ purpose: 'partner-sharing', channel: 'PARTNER' }]]]));
    // The purposes file is not a manifest.
    expect([...loadTrustedDocuments(dir).keys()]).toEqual([]);
  });

  it('every committed manifest has its purposes beside it', () => {
    const persisted = join(ROOT, 'schema/persisted');
    expect([...loadRegisteredPurposes(persisted, loadTrustedDocuments(persisted).keys()).keys()]).toEqual(['acme-loyalty']);
  });
});
