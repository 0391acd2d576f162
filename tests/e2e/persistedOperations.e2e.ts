// Persisted operations: partners run only the trusted documents in their own manifest;
// first-party apps use automatic persisted queries.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../gateway/src/auth.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { buildManifests, manifestText, publicSchema, type PersistedQueryManifest } from '../../scripts/lib/persistedOperations.ts';
import { useStack } from '../support/stack.ts';

const dir = mkdtempSync(join(tmpdir(), 'lp-persisted-'));
// The committed manifest of acme-loyalty, as `npm run operations` wrote it, and one more partner's.
mkdirSync(join(dir, 'persisted'));
copyFileSync(join(ROOT, 'schema/persisted/acme-loyalty.json'), join(dir, 'persisted/acme-loyalty.json'));
mkdirSync(join(dir, 'operations/globex'), { recursive: true });
writeFileSync(
  join(dir, 'operations/globex/Member.graphql'),
  'query Member($id: String!) { profileByIdentifier(source: "globex", id: $id) { id } }',
);
const schema = publicSchema(readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'));
writeFileSync(join(dir, 'persisted/globex.json'), manifestText(buildManifests(join(dir, 'operations'), schema).get('globex')!));

const acme: PersistedQueryManifest = JSON.parse(readFileSync(join(dir, 'persisted/acme-loyalty.json'), 'utf8'));
const globex: PersistedQueryManifest = JSON.parse(readFileSync(join(dir, 'persisted/globex.json'), 'utf8'));
const idOf = (manifest: PersistedQueryManifest, name: string) => manifest.operations.find((o) => o.name === name)!.id;

const KEYS = { acme: 'acme-loyalty-key-0123456789abcdef', globex: 'globex-key-0123456789abcdef0123' };
writeFileSync(
  join(dir, 'api-keys.json'),
  JSON.stringify([
    { id: 'acme', sha256: sha256Hex(KEYS.acme), clientId: 'acme-loyalty', roles: ['partner'], scopes: [], channel: 'partner' },
    { id: 'globex', sha256: sha256Hex(KEYS.globex), clientId: 'globex', roles: ['partner'], scopes: [], channel: 'partner' },
  ]),
);

const lp = useStack({ env: { API_KEYS_FILE: join(dir, 'api-keys.json'), PERSISTED_OPERATIONS_DIR: join(dir, 'persisted') } });

/** A raw GraphQL-over-HTTP POST, so tests control every field of the body. */
async function post(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(lp.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] }) };
}
const asPartner = (key: string) => ({ 'x-api-key': key });
const apollo = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id } });

let memberId: string;
beforeAll(async () => {
  const created = await lp.query(
    'mutation { createProfile(input: { emails: [{ address: "member@example.com" }], identifiers: [{ source: "acme-loyalty", id: "M-1" }] }) { id } }',
  );
  expect(created.errors).toBeUndefined();
  memberId = created.data!.createProfile.id;
});

describe('trusted documents for partners', () => {
  it('runs an operation from the partner’s own manifest, by Apollo hash or by documentId', async () => {
    const variables = { source: 'acme-loyalty', memberId: 'M-1', topic: 'news' };
    const byHash = await post({ extensions: apollo(idOf(acme, 'MaySendEmail')), variables }, asPartner(KEYS.acme));
    expect(byHash.errors, JSON.stringify(byHash.errors)).toBeUndefined();
    expect(byHash.data.profileByIdentifier).toMatchObject({ id: memberId, maySend: { allowed: expect.any(Boolean) } });

    const byDocumentId = await post({ documentId: idOf(acme, 'PartnerOffers'), variables }, asPartner(KEYS.acme));
    expect(byDocumentId.errors, JSON.stringify(byDocumentId.errors)).toBeUndefined();
    expect(byDocumentId.data.profileByIdentifier.offerFeed.mode).toBeDefined();
  });

  it('refuses an arbitrary query, even one identical to a manifest operation', async () => {
    const arbitrary = await post({ query: '{ profiles(first: 5) { profiles { id email } } }' }, asPartner(KEYS.acme));
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
    expect(arbitrary.data ?? null).toBeNull();

    const body = acme.operations.find((o) => o.name === 'MaySendEmail')!.body;
    const both = await post({ query: body, extensions: apollo(idOf(acme, 'MaySendEmail')) }, asPartner(KEYS.acme));
    expect(both.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
  });

  it('refuses another client’s operation and unknown ids', async () => {
    const foreign = await post({ documentId: idOf(globex, 'Member'), variables: { id: 'G-1' } }, asPartner(KEYS.acme));
    expect(foreign.status).toBe(400);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(foreign.data ?? null).toBeNull();

    const own = await post({ documentId: idOf(globex, 'Member'), variables: { id: 'G-1' } }, asPartner(KEYS.globex));
    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect(own.data).toEqual({ profileByIdentifier: null });

    const unknown = await post({ documentId: '0'.repeat(64) }, asPartner(KEYS.globex));
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });
});

describe('automatic persisted queries for first-party apps', () => {
  const query = 'query Ids { profiles(first: 1) { profiles { id } } }';
  const id = createHash('sha256').update(query).digest('hex');

  it('asks for the text of an unseen hash once, then runs the hash alone', async () => {
    const miss = await post({ extensions: apollo(id) });
    expect(miss.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

    const register = await post({ query, extensions: apollo(id) });
    expect(register.errors).toBeUndefined();
    const hit = await post({ extensions: apollo(id) });
    expect(hit.errors).toBeUndefined();
    expect(hit.data).toEqual(register.data);
  });

  it('refuses a hash that is not the query’s', async () => {
    const wrong = await post({ query, extensions: apollo('f'.repeat(64)) });
    expect(wrong.status).toBe(400);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('still answers arbitrary queries', async () => {
    expect((await post({ query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
  });
});
