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
copyFileSync(join(ROOT, 'schema/persisted/acme-loyalty.purposes.json'), join(dir, 'persisted/acme-loyalty.purposes.json'));
writeFileSync(
  join(dir, 'persisted/globex.purposes.json'),
  JSON.stringify({ purposes: [{ purpose: 'partner-sharing', channel: 'PARTNER' }] }),
);
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

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const member = async (memberNumber: string) =>
  (
    await ok('mutation($m: String!) { createProfile(input: { identifiers: [{ source: "acme-loyalty", id: $m }] }) { id } }', {
      m: memberNumber,
    })
  ).createProfile.id as string;
const PARTNER_SHARING =
  'mutation($id: ID!, $s: ConsentStatus!) { recordConsent(input: { profileId: $id, purpose: "partner-sharing", channel: PARTNER, status: $s, proof: { noticeVersion: 1, collectionPoint: "e2e", method: CHECKBOX } }) { seq } }';

let memberId: string;
beforeAll(async () => {
  await ok(
    'mutation { upsertPurpose(input: { id: "partner-sharing", name: "Sharing with partners", description: "d", legalBasis: CONSENT, refusable: true, channels: [PARTNER], saleOrSharing: true }) { id } }',
  );
  await ok('mutation { publishNotice(purpose: "partner-sharing", input: { summary: "v1" }) { version } }');
  memberId = await member('M-1');
  await ok(PARTNER_SHARING, { id: memberId, s: 'GRANTED' });
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

describe('disclosure to partners', () => {
  const offers = (memberNumber: string) =>
    post({ documentId: idOf(acme, 'PartnerOffers'), variables: { source: 'acme-loyalty', memberId: memberNumber } }, asPartner(KEYS.acme));
  const accessLog = async (id: string) =>
    (
      await ok(
        'query($id: ID!) { profile(id: $id) { accessLog { clientId fields purpose refused } dataTransparency { recipients } } }',
        { id },
        { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': id },
      )
    ).profile;

  it('refuses a member who never allowed partner sharing with CONSENT_REQUIRED, and shows the refusal in their access log', async () => {
    const id = await member('M-2');
    const refused = await offers('M-2');
    expect(refused.data?.profileByIdentifier ?? null).toBeNull();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0]!.extensions).toEqual({
      code: 'CONSENT_REQUIRED',
      purpose: 'partner-sharing',
      channel: 'PARTNER',
      reason: 'NO_CONSENT',
      serviceName: 'identity',
    });
    expect(JSON.stringify(refused)).not.toContain(id);

    const { accessLog: log, dataTransparency } = await accessLog(id);
    expect(log).toEqual([
      {
        clientId: 'acme-loyalty',
        fields: [],
        purpose: 'partner-sharing (PARTNER)',
        refused: 'The customer had not allowed partner-sharing on PARTNER.',
      },
    ]);
    expect(dataTransparency.recipients.join()).not.toContain('acme-loyalty');
  });

  it('discloses while the member allows it, and stops the moment they withdraw', async () => {
    const id = await member('M-3');
    await ok(PARTNER_SHARING, { id, s: 'GRANTED' });
    const allowed = await offers('M-3');
    expect(allowed.errors, JSON.stringify(allowed.errors)).toBeUndefined();
    expect(allowed.data.profileByIdentifier).toMatchObject({ id, offerFeed: { mode: expect.any(String) } });
    const after = await accessLog(id);
    expect(after.accessLog).toEqual([
      expect.objectContaining({ clientId: 'acme-loyalty', purpose: 'partner-sharing (PARTNER)', refused: null }),
    ]);
    expect(after.dataTransparency.recipients).toContain('acme-loyalty (partner)');

    await ok(PARTNER_SHARING, { id, s: 'WITHDRAWN' });
    const withdrawn = await offers('M-3');
    expect(withdrawn.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', reason: 'WITHDRAWN' });
    expect(withdrawn.data?.profileByIdentifier ?? null).toBeNull();
  });

  it('refuses a member who opted out of sale and sharing, even with the consent given', async () => {
    const id = await member('M-4');
    await ok(PARTNER_SHARING, { id, s: 'GRANTED' });
    // The Global Privacy Control signal from the member's own browser is an opt-out of sharing.
    await ok(
      'query($id: ID!) { profile(id: $id) { saleSharingOptOut { optedOut } } }',
      { id },
      {
        'x-dev-viewer-role': 'customer',
        'x-dev-viewer-subject': id,
        'sec-gpc': '1',
      },
    );
    expect((await offers('M-4')).errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', reason: 'SALE_SHARING_OPTED_OUT' });
  });
});
