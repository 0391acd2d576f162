// Security regression: graphql-cop's checks, as an attacker runs them against the gateway
// (anonymous, as in production). Alias overloading through `__typename`, directive overloading
// and field duplication used to get through (11 of 14 passed), and a query whose only root field
// is skipped answered HTTP 500.
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';

const lp = useStack({ devViewerRole: '' });

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(lp.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
};

describe('graphql-cop', () => {
  it('refuses alias overloading, __typename aliases included', async () => {
    const query = `query { ${Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(' ')} }`;
    const { body } = await post({ query });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'aliases' });
  });

  it('refuses field duplication', async () => {
    const { body } = await post({ query: `query { ${Array(500).fill('__typename').join('\n')} }` });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'duplicateFields' });
    // A field twice is ordinary GraphQL.
    expect((await post({ query: '{ __typename __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers directive overloading with one error, not one per directive', async () => {
    const { body } = await post({ query: `query { __typename ${'@aa'.repeat(10)} }` });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a query whose only root field is skipped, instead of HTTP 500', async () => {
    const skipped = await post({ query: '{ profiles(first: 1) @skip(if: true) { profiles { id } } }' });
    expect(skipped.status).toBe(200);
    expect(skipped.body).toEqual({ data: {} });
    const variable = await post({ query: 'query($s: Boolean!) { me @skip(if: $s) { id } }', variables: { s: true } });
    expect(variable.status).toBe(200);
    expect(variable.body).toEqual({ data: {} });
    const included = await post({ query: '{ me @include(if: false) { id } }' });
    expect(included.body).toEqual({ data: {} });
  });

  it('gives malformed documents a coded error and no trace', async () => {
    const { status, body } = await post({ query: '{ __typename @ }' });
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stack|exception|\bat \S+:\d+/);
  });

  it('refuses mutations over GET and form posts (CSRF)', async () => {
    const get = await fetch(`${lp.stack.gatewayUrl}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'x-living-profile-csrf': '1' },
    });
    expect(get.status).toBeGreaterThanOrEqual(400);
    const form = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const formBody = (await form.json()) as { errors: { extensions?: { code?: string } }[] };
    expect(formBody.errors[0]?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
  });
});
