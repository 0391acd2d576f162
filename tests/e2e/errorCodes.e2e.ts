// Every error a client can get carries a stable extensions.code: one request per kind of mistake.
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';

const lp = useStack();

const post = async (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
  const response = await fetch(lp.stack.gatewayUrl, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
};
const codeOf = async (query: string, variables: Record<string, unknown> = {}) =>
  (await post(JSON.stringify({ query, variables }))).body.errors?.[0]?.extensions?.code;

describe('error codes', () => {
  it.each([
    ['an unknown enum value in variables', 'query($c: OfferChannel!) { me { offerFeed(channel: $c) { mode } } }', { c: 'CARRIER_PIGEON' }],
    ['a string for an Int in variables', 'query($n: Int!) { profiles(first: $n) { nextCursor } }', { n: 'ten' }],
    ['a required variable left out', 'query($n: Int!) { profiles(first: $n) { nextCursor } }', {}],
    ['an invalid scalar in variables', 'query($e: EmailAddress!) { profileByEmail(email: $e) { id } }', { e: 'not an email' }],
  ])('%s is BAD_USER_INPUT', async (_kind, query, variables) => {
    expect(await codeOf(query, variables)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['an unknown enum value inline', '{ me { offerFeed(channel: CARRIER_PIGEON) { mode } } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{ me {', 'GRAPHQL_PARSE_FAILED'],
  ])('%s has its code', async (_kind, query, code) => {
    expect(await codeOf(query)).toBe(code);
  });

  it('gives a body that is not JSON, a form post and a huge body their codes', async () => {
    expect((await post('{not json')).body.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    const form = await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.body.errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    const huge = await post(JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(1_100_000) } }));
    expect([huge.status, huge.body.errors?.[0]?.extensions?.code]).toEqual([413, 'OPERATION_LIMIT_EXCEEDED']);
  });
});

describe('strings longer than their field allows', () => {
  const create = 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }';
  it.each([
    ['a 300,000-character given name', { name: { given: 'A'.repeat(300_000) } }, 'input.name.given'],
    [
      'an address line of 201 characters',
      { addresses: [{ lines: ['x'.repeat(201)], city: 'Oslo', country: 'NO' }] },
      'input.addresses[0].lines[0]',
    ],
    ['an identifier of 201 characters', { identifiers: [{ source: 'crm', id: '9'.repeat(201) }] }, 'input.identifiers[0].id'],
  ])('%s is BAD_USER_INPUT naming the field, and nothing is created', async (_kind, input, field) => {
    const result = await lp.query(create, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toBe(`${field} is too long: at most 200 characters.`);
    expect(result.data?.createProfile ?? null).toBeNull();
  });

  it('refuses an email address longer than RFC 5321 allows (254), in variables or inline', async () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.com`;
    expect(long.length).toBeGreaterThan(254);
    expect(await codeOf(create, { input: { emails: [{ address: long }] } })).toBe('BAD_USER_INPUT');
    expect(await codeOf(create, { input: { emails: [{ address: `${'x'.repeat(100_000)}@example.com` }] } })).toBe('BAD_USER_INPUT');
    // Inline, like every invalid inline value, it fails validation.
    expect(await codeOf(`mutation { createProfile(input: { emails: [{ address: "${long}" }] }) { id } }`)).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('bounds a string the schema says nothing special about (1,000 characters)', async () => {
    const result = await lp.query('query($s: String!, $x: String!) { profileByIdentifier(source: $s, id: $x) { id } }', {
      s: 's'.repeat(1001),
      x: 'x',
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
  });
});

describe('a call-centre agent', () => {
  it('registers a new customer, saying why', async () => {
    const agent = { 'x-dev-viewer-role': 'agent', 'x-dev-viewer-subject': 'agent-9' };
    const create = 'mutation($r: String) { createProfile(input: { name: { given: "Rae" } }, reason: $r) { id } }';
    expect((await lp.query(create, {}, agent)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const created = await lp.query(create, { r: 'caller asked to join the loyalty programme' }, agent);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProfile.id).toEqual(expect.any(String));
  });
});
