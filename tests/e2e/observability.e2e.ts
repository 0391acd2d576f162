// Observability at the gateway: one structured JSON log line per request (request id, client,
// operation, status, duration; no variables), the request id echoed, and Prometheus metrics per
// operation and per subgraph.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';

// A stand-in OpenTelemetry collector: it keeps every OTLP/HTTP (JSON) traces export it receives.
interface ExportedSpan {
  name: string;
  traceId: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}
const spans: ExportedSpan[] = [];
const collector = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const exported = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[] };
    for (const resource of exported.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));
const collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;

const gatewayLines: string[] = [];
const subgraphLines: string[] = [];
const lp = useStack({
  env: { LOG_FORMAT: 'json', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collectorUrl },
  onOutput: (name, line) => {
    if (name === 'gateway') gatewayLines.push(line);
    else subgraphLines.push(line);
  },
});

const logged = (requestId: string) =>
  gatewayLines.flatMap((line) => {
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      return entry.requestId === requestId ? [entry] : [];
    } catch {
      return [];
    }
  });

describe('observability', () => {
  it('logs each request as one JSON line with its request id and client, and answers the id', async () => {
    const response = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-observed-0001' },
      body: JSON.stringify({
        query: 'query Observed($email: EmailAddress!) { profileByEmail(email: $email) { id } }',
        variables: { email: 'secret.person@example.com' },
        operationName: 'Observed',
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-observed-0001');

    await expect.poll(() => logged('req-observed-0001').length).toBe(1);
    expect(logged('req-observed-0001')[0]).toMatchObject({
      level: 'info',
      service: 'gateway',
      message: 'graphql request',
      client: 'development',
      roles: ['admin'],
      operationName: 'Observed',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(gatewayLines.join('\n')).not.toContain('secret.person@example.com');
  });

  it('carries the request id into the subgraphs’ log lines', async () => {
    // Straight to a subgraph without the gateway's signature: refused, and the warning says which request.
    const response = await fetch(lp.stack.subgraphs.consent.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-subgraph-0042' },
      body: JSON.stringify({ query: '{ purposes { id } }' }),
    });
    expect(response.status).toBe(401);
    const entry = () =>
      subgraphLines.flatMap((line) => {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          return parsed.requestId === 'req-subgraph-0042' ? [parsed] : [];
        } catch {
          return [];
        }
      });
    await expect.poll(() => entry().length).toBe(1);
    expect(entry()[0]).toMatchObject({ service: 'consent', level: 'warn', message: 'rejected request without a valid viewer signature' });
  });

  it('makes up a request id when the caller sent none or a malformed one', async () => {
    const response = await fetch(lp.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id with spaces' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => logged(id).length).toBe(1);
  });

  it('exposes Prometheus metrics per operation and per subgraph, errors included', async () => {
    const created = await lp.query('mutation { createProfile(input: { emails: [{ address: "counted@example.com" }] }) { id } }');
    expect(created.errors).toBeUndefined();
    expect((await lp.query('query Counted { profiles(first: 1) { profiles { id consents { purpose } } } }')).errors).toBeUndefined();
    const forbidden = await lp.query(
      `query Broken { profile(id: "${created.data!.createProfile.id}") { id } }`,
      {},
      {
        'x-dev-viewer-role': 'customer',
        'x-dev-viewer-subject': 'someone-else',
      },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const metrics = await (await fetch(new URL('/metrics', lp.stack.gatewayUrl))).text();
    expect(metrics).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationName="Counted"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/graphql_gateway_subgraph_execute_duration_count\{[^}]*subgraphName="identity"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/graphql_gateway_subgraph_execute_duration_count\{[^}]*subgraphName="consent"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/graphql_envelop_error_result\{[^}]*operationName="Broken"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/graphql_yoga_http_duration_count\{[^}]*statusCode="200"[^}]*\} [1-9]/);
  });

  it('exports OpenTelemetry traces, switched on by config: the operation and each subgraph call in one trace', async () => {
    await lp.query('query Traced { profiles(first: 1) { profiles { id consents { purpose } } } }');
    await lp.query('query TracedLiteral { profileByEmail(email: "literal.person@example.com") { id } }');
    const attribute = (span: ExportedSpan, key: string) => Object.values(span.attributes.find((a) => a.key === key)?.value ?? {})[0];
    await expect.poll(() => spans.some((s) => s.name === 'graphql.operation TracedLiteral'), { timeout: 10_000 }).toBe(true);

    const operation = spans.find((s) => s.name === 'graphql.operation Traced')!;
    const trace = spans.filter((s) => s.traceId === operation.traceId);
    expect(trace.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'POST /graphql',
        'graphql.parse',
        'graphql.execute',
        'subgraph.execute (identity)',
        'subgraph.execute (consent)',
      ]),
    );
    expect(
      attribute(
        trace.find((s) => s.name === 'subgraph.execute (consent)')!,
        'hive.gateway.upstream.subgraph.name',
      ),
    ).toBe('consent');
    // No documents (they may hold literal personal data) and no variables leave in traces.
    expect(spans.some((s) => s.attributes.some((a) => a.key === 'graphql.document'))).toBe(false);
    expect(JSON.stringify(spans)).not.toContain('literal.person@example.com');
  });
});
