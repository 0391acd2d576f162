// Authentication at the gateway, authorization in every subgraph.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { signViewer, VIEWER_HEADER } from '#kit/viewer.ts';
import { devAuthEnv, developmentAuth, type DevAuth } from '../../scripts/lib/devAuth.ts';
import { SUBGRAPH_NAMES } from '../../scripts/lib/stack.ts';
import { sha256Hex } from '../../gateway/src/auth.ts';
import { ensurePurposes } from '../support/consent.ts';
import { useStack } from '../support/stack.ts';

const dir = mkdtempSync(join(tmpdir(), 'lp-auth-'));
const auth: DevAuth = await developmentAuth(dir);
const impostor: DevAuth = await developmentAuth(mkdtempSync(join(tmpdir(), 'lp-impostor-')));
const CRM_KEY = 'crm-test-key-0123456789abcdef';
writeFileSync(
  join(dir, 'api-keys.json'),
  JSON.stringify([{ id: 'crm', sha256: sha256Hex(CRM_KEY), clientId: 'crm', roles: ['system'], scopes: [], channel: 'batch' }]),
);

// No development viewer: without credentials every caller is anonymous.
const lp = useStack({ devViewerRole: '', env: { ...devAuthEnv(auth), API_KEYS_FILE: join(dir, 'api-keys.json') } });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let admin: Record<string, string>;
let alice: { id: string; headers: Record<string, string> };
let bob: { id: string; headers: Record<string, string> };

async function ok(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  admin = bearer(await auth.token({ sub: 'admin-1', roles: ['admin'], azp: 'back-office' }));
  await ensurePurposes({ ...lp, query: (q, v, h) => lp.query(q, v, { ...admin, ...h }) }, ['marketing']);
  const customer = async (email: string) => {
    const id = (await ok('mutation($e: EmailAddress!) { createProfile(input: { emails: [{ address: $e }] }) { id } }', { e: email }, admin))
      .createProfile.id as string;
    return { id, headers: bearer(await auth.token({ sub: id, roles: ['customer'], azp: 'web-app' })) };
  };
  alice = await customer('alice@example.com');
  bob = await customer('bob@example.com');
});

const ALL_FIELDS = `id email consents { purpose } consentHistory { seq } mayProcess(purpose: "marketing", channel: EMAIL) { code }
  preferences { language } maySend(topic: "t", channel: EMAIL) { code } offerFeed { mode } offerDecisions { id }
  privacyRequests { id } dataTransparency { summary }`;

describe('authentication', () => {
  it('lets a customer with a valid token read their own profile from every subgraph', async () => {
    const { profile } = await ok(`query($id: ID!) { profile(id: $id) { ${ALL_FIELDS} } }`, { id: alice.id }, alice.headers);
    expect(profile).toMatchObject({ id: alice.id, email: 'alice@example.com', consents: [], privacyRequests: [] });
  });

  it.each([
    ['expired', async () => auth.token({ sub: 'x', roles: ['admin'] }, Math.floor(Date.now() / 1000) - 120), /expired/],
    ['without an expiry (exp), good forever once leaked', async () => auth.token({ sub: 'x', roles: ['admin'] }, null), /no expiry/],
    ['forged (another key)', async () => impostor.token({ sub: 'x', roles: ['admin'] }), /not valid/],
    ['for another audience', async () => auth.token({ sub: 'x', roles: ['admin'] }, '1h', { audience: 'someone-else' }), /aud/],
    ['from another issuer', async () => auth.token({ sub: 'x', roles: ['admin'] }, '1h', { issuer: 'https://evil.example' }), /iss/],
    [
      'unsigned (alg: none)',
      async () =>
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'], iss: 'https://living-profile.local/dev', aud: 'living-profile', exp: 9999999999 })).toString('base64url')}.`,
      /not valid/,
    ],
    [
      'signed with a shared secret (HS256), the key-confusion attack',
      async () =>
        new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('x')
          .setIssuer('https://living-profile.local/dev')
          .setAudience('living-profile')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('a-guessable-shared-secret-of-32-bytes!')),
      /not valid/,
    ],
  ])('refuses a token that is %s with 401', async (_, make, message) => {
    const response = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(await make()) },
      body: JSON.stringify({ query: '{ profiles(first: 1) { nextCursor } }' }),
    });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(message);
  });

  it('treats a caller without credentials as anonymous, and refuses them', async () => {
    const result = await lp.query('query($id: ID!) { profile(id: $id) { id } }', { id: alice.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a system’s API key, stored hashed, and refuses an unknown one', async () => {
    const upsert =
      'mutation { upsertProfilesFromSource(source: "crm", records: [{ eventId: "k-1", identifier: { source: "crm", id: "K-1" } }]) { status } }';
    expect((await ok(upsert, {}, { 'x-api-key': CRM_KEY })).upsertProfilesFromSource).toEqual([{ status: 'CREATED' }]);
    const unknown = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'guess' },
      body: JSON.stringify({ query: upsert }),
    });
    expect(unknown.status).toBe(401);
  });
});

describe('audit of access to personal data', () => {
  it('records who read which fields of whose profile and why, shows it to the customer, and names them as recipients', async () => {
    const agent = bearer(await auth.token({ sub: 'agent-7', roles: ['agent'], azp: 'call-centre', channel: 'phone' }));
    await ok(
      'query($id: ID!) { profile(id: $id) { email consents { purpose } } }',
      { id: bob.id },
      { ...agent, 'x-purpose': 'complaint 881' },
    );
    await ok('query($id: ID!) { me { email } profile(id: $id) { id } }', { id: bob.id }, bob.headers);
    let log: { clientId: string; actor: string; roles: string[]; fields: string[]; purpose: string }[] = [];
    for (let i = 0; i < 50 && !log.some((e) => e.actor === 'agent-7'); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      log = (await ok('{ me { accessLog { clientId actor roles fields purpose } } }', {}, bob.headers)).me.accessLog;
    }
    expect(log).toContainEqual({
      clientId: 'call-centre',
      actor: 'agent-7',
      roles: ['agent'],
      fields: ['consents', 'email'],
      purpose: 'complaint 881',
    });
    expect(log.some((e) => e.actor === bob.id)).toBe(false);
    const { me } = await ok('{ me { dataTransparency { recipients recipientsTracked } } }', {}, bob.headers);
    expect(me.dataTransparency.recipients).toContain('call-centre (agent)');
  });

  it('never lets a caller record access entries through the public API', async () => {
    const result = await lp.query('mutation { recordProfileAccess(entries: []) }', {}, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('customers only ever reach their own profile', () => {
  it('cannot read another customer through the gateway', async () => {
    const result = await lp.query(`query($id: ID!) { profile(id: $id) { ${ALL_FIELDS} } }`, { id: bob.id }, alice.headers);
    expect(result.data?.profile ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused by every subgraph itself, even with a correctly signed viewer', async () => {
    const body = JSON.stringify({
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Profile { id } } }',
      variables: { r: [{ __typename: 'Profile', id: bob.id }] },
    });
    const viewer = signViewer(
      { subject: alice.id, roles: ['customer'], scopes: [], clientId: 'web-app', channel: 'web' },
      lp.signingKey,
      body,
    );
    for (const name of SUBGRAPH_NAMES) {
      const response = await fetch(lp.stack.subgraphs[name].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VIEWER_HEADER]: viewer },
        body,
      });
      const result = await response.json();
      expect(result.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
    }
  });

  it.each([
    ['identity', 'mutation($id: ID!) { rectifyProfile(id: $id, input: { locale: "en-GB" }) { id } }'],
    [
      'consent',
      'mutation($id: ID!) { recordConsent(input: { profileId: $id, purpose: "marketing", channel: EMAIL, status: GRANTED, proof: { noticeVersion: 1, collectionPoint: "x", method: CHECKBOX } }) { seq } }',
    ],
    ['preference', 'mutation($id: ID!) { setPreferences(input: { profileId: $id, language: "en-GB" }) { id } }'],
    ['offer', 'mutation($id: ID!) { snoozeOffer(profileId: $id, offerId: "x", until: "2099-01-01T00:00:00Z") { id } }'],
    ['privacy', 'mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: ERASURE }) { id } }'],
  ])('cannot change another customer in %s', async (_, mutation) => {
    const result = await lp.query(mutation, { id: bob.id }, alice.headers);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('self-service sign-up', () => {
  const SIGN_UP =
    'mutation($input: SignUpInput!) { signUp(input: $input) { id displayName emails { address verified verificationMethod } } }';
  const newcomer = async (claims: { email?: string; email_verified?: boolean } = {}) => {
    const sub = `idp-${randomUUID()}`;
    return { sub, headers: bearer(await auth.token({ sub, azp: 'customer-portal', ...claims })) };
  };

  it('lets a signed-in customer without a profile create their own from their verified email, with the consents they give', async () => {
    const { sub, headers } = await newcomer({ email: 'nia.newcomer@example.com', email_verified: true });
    expect((await ok('{ me { id } }', {}, headers)).me).toBeNull();
    const { signUp } = await ok(SIGN_UP, { input: { name: { given: 'Nia', family: 'Newcomer' }, locale: 'en-GB' } }, headers);
    expect(signUp).toEqual({
      id: sub,
      displayName: 'Nia Newcomer',
      emails: [{ address: 'nia.newcomer@example.com', verified: true, verificationMethod: 'IDENTITY_PROVIDER' }],
    });
    // The consent given on the sign-up form, recorded by the customer as soon as the profile exists.
    await ok(
      `mutation($id: ID!) { recordConsent(input: { profileId: $id, purpose: "marketing", channel: EMAIL, status: GRANTED,
         proof: { noticeVersion: 1, collectionPoint: "sign-up", method: CHECKBOX } }) { seq } }`,
      { id: sub },
      headers,
    );
    const { me } = await ok(
      '{ me { id email consents { purpose status } mayProcess(purpose: "marketing", channel: EMAIL) { allowed } } }',
      {},
      headers,
    );
    expect(me).toEqual({
      id: sub,
      email: 'nia.newcomer@example.com',
      consents: [{ purpose: 'marketing', status: 'GRANTED' }],
      mayProcess: { allowed: true },
    });
    // Staff find the new customer by the verified email, like any other.
    expect((await ok('{ profileByEmail(email: "nia.newcomer@example.com") { id } }', {}, admin)).profileByEmail.id).toBe(sub);

    const again = await lp.query(SIGN_UP, { input: {} }, headers);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a sign-in without a verified email, a customer who has a profile, and staff', async () => {
    const unverified = await newcomer({ email: 'unverified@example.com', email_verified: false });
    expect((await lp.query(SIGN_UP, { input: {} }, unverified.headers)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const aliceAgain = bearer(
      await auth.token({ sub: alice.id, azp: 'customer-portal', email: 'alice@example.com', email_verified: true }),
    );
    expect((await lp.query(SIGN_UP, { input: {} }, aliceAgain)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await lp.query(SIGN_UP, { input: {} }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await lp.query(SIGN_UP, { input: {} })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
