// Security regression: nobody can end a process with one request. A JSON variable nested
// thousands deep used to make the gateway's subgraph request unserialisable, and the runtime's
// timeout timer then rejected with nobody listening, which ended the gateway 10 s later.
import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';

const SUBGRAPH_TIMEOUT_MS = 1_000;
// Anonymous callers, as an attacker would be.
const lp = useStack({ devViewerRole: '', env: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) } });

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(lp.stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const deeplyNested = (depth: number) =>
  `{"query":"query($r: JSON!) { verifyErasureReceipt(receipt: $r) { valid } }","variables":{"r":${'['.repeat(depth)}1${']'.repeat(depth)}}}`;

describe('one request cannot end a process', () => {
  it('refuses a variable nested 5,000 deep with a code, and the gateway is still there after the subgraph timeout', async () => {
    const response = await post(deeplyNested(5_000));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'variableDepth', max: 32 });

    await new Promise((resolve) => setTimeout(resolve, SUBGRAPH_TIMEOUT_MS * 2));
    expect(lp.stack.gateway.process.child.exitCode).toBeNull();
    expect((await fetch(new URL('/readiness', lp.stack.gatewayUrl))).status).toBe(200);
  });

  it('lets ordinary nesting through (the erasure receipt, nested lists)', async () => {
    const response = await post(deeplyNested(20));
    const body = (await response.json()) as { errors?: { extensions: Record<string, unknown> }[] };
    // Anonymous: refused for who is asking, not for the shape of the input.
    expect(body.errors?.[0]?.extensions?.code).not.toBe('OPERATION_LIMIT_EXCEEDED');
  });

  it('refuses too many variable values', async () => {
    const many = JSON.stringify({
      query: 'query($r: JSON!) { verifyErasureReceipt(receipt: $r) { valid } }',
      variables: { r: Array(60_000).fill(0) },
    });
    const body = (await (await post(many)).json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'variableValues' });
  });

  it('answers 413 with a code to a body over the limit, declared or chunked', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toMatchObject({
      code: 'OPERATION_LIMIT_EXCEEDED',
      limit: 'bodyBytes',
    });

    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toMatchObject({
      code: 'OPERATION_LIMIT_EXCEEDED',
      limit: 'bodyBytes',
    });
  });
});
