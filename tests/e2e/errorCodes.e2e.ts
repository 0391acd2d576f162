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
