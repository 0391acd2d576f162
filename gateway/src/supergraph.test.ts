import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config.ts';
import { loadSupergraph } from './supergraph.ts';

describe('supergraph loading', () => {
  it('reads the committed supergraph and its five subgraphs with their routing URLs', () => {
    const { supergraphPath } = loadGatewayConfig({ VIEWER_SIGNING_KEYS: 'k'.repeat(32) });
    const { subgraphs } = loadSupergraph(supergraphPath);
    expect(subgraphs.map((s) => s.name).sort()).toEqual(['consent', 'identity', 'offer', 'preference', 'privacy']);
    expect(subgraphs.find((s) => s.name === 'identity')?.url).toBe('http://127.0.0.1:4001/graphql');
  });

  it('rejects a file that is not a supergraph, with a readable message', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lp-supergraph-')), 'plain.graphql');
    writeFileSync(file, 'type Query { hello: String }');
    expect(() => loadSupergraph(file)).toThrow(/declares no subgraphs/);
    writeFileSync(file, 'type Query {');
    expect(() => loadSupergraph(file)).toThrow(/Syntax Error/);
  });
});
