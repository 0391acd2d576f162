// The gateway protects the graph from operations and callers that would overload it or map it:
// operation limits (fragments included), no introspection or field suggestions unless analyst,
// a rate limit per client, CSRF prevention and no batching.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { devAuthEnv, developmentAuth } from '../../scripts/lib/devAuth.ts';
import { useStack } from '../support/stack.ts';

const auth = await developmentAuth(mkdtempSync(join(tmpdir(), 'lp-protection-')));
const RATE_LIMIT_PER_MINUTE = 30;
// No development viewer: without credentials every caller is anonymous.
const lp = useStack({ devViewerRole: '', env: { ...devAuthEnv(auth), RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE) } });

// Each test calls as its own client, so one test's requests never count against another's limit.
const as = async (client: string, roles: string[] = ['admin']) => ({
  authorization: `Bearer ${await auth.token({ sub: `${client}-user`, roles, azp: client })}`,
});

const expectLimit = (result: Awaited<ReturnType<typeof lp.query>>, limit: string) => {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit });
};

const nested = (depth: number, leaf = 'id') => {
  let selection = leaf;
  for (let i = 0; i < depth; i += 1) selection = `f${i} { ${selection} }`;
  return selection;
};

describe('operation limits', () => {
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = await as('limits-app');
  });

  it('lets an ordinary profile query through', async () => {
    const result = await lp.query(
      `{ profiles(first: 20) { profiles { id email consents { purpose channel } preferences { language }
         offerFeed(channel: WEB) { mode items { offer { id } explanation } } privacyRequests { id } } } }`,
      {},
      admin,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  });

  it('refuses an operation nested deeper than the limit, also when fragments hide the nesting', async () => {
    expectLimit(await lp.query(`{ ${nested(11)} }`, {}, admin), 'depth');
    const hidden = `{ ...A } fragment A on Query { a { ...B } } fragment B on X { b { ...C } } fragment C on X { ${nested(9)} }`;
    expectLimit(await lp.query(hidden, {}, admin), 'depth');
  });

  it('refuses too many aliases, directives or tokens', async () => {
    // The classic enumeration: one request, many aliased lookups (__typename aliases are free).
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: profile(id: "p${i}") { id }`).join(' ');
    expectLimit(await lp.query(`{ ${aliases} }`, {}, admin), 'aliases');
    const directives = Array.from({ length: 21 }, () => '@skip(if: false)').join(' ');
    expectLimit(await lp.query(`{ __typename ${directives} }`, {}, admin), 'directives');
    const tokens = Array.from({ length: 2_001 }, () => '__typename').join(' ');
    expectLimit(await lp.query(`{ ${tokens} }`, {}, admin), 'tokens');
  });

  it('refuses an operation whose cost, pages included, is over the limit', async () => {
    const result = await lp.query(
      '{ profiles(first: 500) { profiles { id email consents { purpose channel } offerFeed(channel: WEB) { items { explanation } } } } }',
      {},
      admin,
    );
    expectLimit(result, 'cost');
  });
});

describe('exploring the schema', () => {
  it('is for analysts: introspection is refused to everyone else', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    const anonymous = await lp.query(introspect);
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.message).toMatch(/introspection/i);
    const customer = await lp.query(introspect, {}, await as('customer-app', ['customer']));
    expect(customer.data ?? null).toBeNull();

    const analyst = await lp.query(introspect, {}, await as('analyst-app', ['analyst']));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data?.__schema.queryType.name).toBe('Query');
  });

  it('suggests field names to analysts only', async () => {
    const typo = '{ profil(id: "x") { id } }';
    const customer = await lp.query(typo, {}, await as('typo-customer-app', ['customer']));
    expect(customer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(customer.errors?.[0]?.message).not.toMatch(/profile/);
    const analyst = await lp.query(typo, {}, await as('typo-analyst-app', ['analyst']));
    expect(analyst.errors?.[0]?.message).toMatch(/Did you mean "profile/);
  });
});

describe('requests the gateway does not take', () => {
  it('refuses a GET without a CSRF header, and answers one that has it', async () => {
    const url = `${lp.stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(url)).status).toBe(403);
    const withHeader = await fetch(url, { headers: { 'x-living-profile-csrf': '1', accept: 'application/json' } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses batched operations', async () => {
    const response = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the limit, for that client only', async () => {
    const greedy = await as('greedy-app');
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < RATE_LIMIT_PER_MINUTE + 5; i += 1) {
      const response = await fetch(lp.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...greedy },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
      else await response.body?.cancel();
    }
    // The bucket refills by one every two seconds, so at most one extra request may slip through.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(RATE_LIMIT_PER_MINUTE);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(RATE_LIMIT_PER_MINUTE + 1);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited!.json()).errors[0].extensions.code).toBe('RATE_LIMITED');

    const other = await lp.query('{ __typename }', {}, await as('patient-app'));
    expect(other.status).toBe(200);
  });
});
