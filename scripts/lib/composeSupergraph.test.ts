import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, readSupergraphConfig } from './composeSupergraph.ts';
import { ROOT } from './paths.ts';

describe('composition', () => {
  it('composes rover.yaml without errors into exactly the committed schema/supergraph.graphql', () => {
    const result = composeSupergraph(`${ROOT}rover.yaml`);
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(result.supergraphSdl, 'schema/supergraph.graphql is stale: run `npm run compose` and commit it').toBe(
      readFileSync(`${ROOT}schema/supergraph.graphql`, 'utf8'),
    );
  });

  it('reads Apollo’s supergraph config format with every subgraph', () => {
    const config = readSupergraphConfig(`${ROOT}rover.yaml`);
    expect(config.federationVersion).toMatch(/^=2\.\d+\.\d+$/);
    expect(config.subgraphs.map((s) => s.name)).toEqual(['identity', 'consent', 'preference', 'offer', 'privacy']);
  });

  it('reports composition errors instead of writing a broken supergraph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-compose-'));
    writeFileSync(
      join(dir, 'a.graphql'),
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Profile @key(fields: "id") { id: ID! name: String }\ntype Query { a: Profile }',
    );
    writeFileSync(
      join(dir, 'b.graphql'),
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Profile @key(fields: "id") { id: ID! name: Int }',
    );
    writeFileSync(
      join(dir, 'rover.yaml'),
      'federation_version: =2.14.4\nsubgraphs:\n  a:\n    routing_url: http://a/graphql\n    schema:\n      file: ./a.graphql\n  b:\n    routing_url: http://b/graphql\n    schema:\n      file: ./b.graphql\n',
    );
    const result = composeSupergraph(join(dir, 'rover.yaml'));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(/Profile\.name/);
  });
});
