// The gateway as the only door: it never forwards a caller's own viewer header, and it follows
// changes to its supergraph file without a restart.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signViewer, VIEWER_HEADER } from '#kit/viewer.ts';
import { devAuthEnv, developmentAuth } from '../../scripts/lib/devAuth.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { useStack } from '../support/stack.ts';

const supergraphPath = join(mkdtempSync(join(tmpdir(), 'lp-supergraph-')), 'supergraph.graphql');
copyFileSync(`${ROOT}schema/supergraph.graphql`, supergraphPath);

// No development viewer: without credentials every caller is anonymous.
const auth = await developmentAuth(mkdtempSync(join(tmpdir(), 'lp-edge-')));
const lp = useStack({ supergraphPath, devViewerRole: '', env: devAuthEnv(auth) });
// Only analysts may introspect.
const analyst = { authorization: `Bearer ${await auth.token({ sub: 'analyst-1', roles: ['analyst'], azp: 'graphiql' })}` };

const describeField = async () => {
  const result = await lp.query('{ __type(name: "Query") { fields { name description } } }', {}, analyst);
  return (result.data?.__type.fields as { name: string; description: string }[]).find((f) => f.name === 'profiles')?.description;
};

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

describe('gateway edge', () => {
  it('treats a caller without credentials as anonymous, whom subgraphs refuse', async () => {
    const result = await lp.query('{ profile(id: "anyone") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never forwards a viewer header the caller sent, even one signed with the real key', async () => {
    // Signed with the real key for the body a subgraph would most likely see: still never forwarded.
    const upstreamBody = JSON.stringify({ query: '{profiles(first:1){nextCursor}}' });
    const admin = signViewer(
      { subject: null, roles: ['admin'], scopes: [], clientId: 'attacker', channel: 'web' },
      lp.signingKey,
      upstreamBody,
    );
    const result = await lp.query('{ profiles(first: 1) { nextCursor } }', {}, { [VIEWER_HEADER]: admin });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data?.profiles ?? null).toBeNull();
  });

  it('hot-reloads the supergraph when its file changes, and keeps the last good one when it breaks', async () => {
    expect(await describeField()).toMatch(/^Live profiles in id order/);
    const original = readFileSync(supergraphPath, 'utf8');
    writeFileSync(supergraphPath, original.replace('Live profiles in id order', 'Hot-reloaded: live profiles in id order'));
    expect(await eventually(describeField, (d) => d?.startsWith('Hot-reloaded') ?? false)).toMatch(/^Hot-reloaded/);

    writeFileSync(supergraphPath, 'this is not a supergraph {');
    await new Promise((r) => setTimeout(r, 500));
    expect(await describeField()).toMatch(/^Hot-reloaded/);
    expect((await fetch(new URL('/readiness', lp.stack.gatewayUrl))).status).toBe(200);
  });
});
