import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubjectRightsError, subjectRightsClient } from './subjectRightsClient.ts';

// A subgraph over real HTTP that answers what each test sets: the client checks every answer.
let answer: { status: number; body: unknown } = { status: 200, body: {} };
const asked: unknown[] = [];
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      asked.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => subjectRightsClient(origin, 'test-signing-key-of-sufficient-length', 'offer');

describe('the subject-rights client checks what a subgraph answers', () => {
  it('takes an answer of the contract’s shape', async () => {
    answer = { status: 200, body: { subgraph: 'offer', subjectId: 'p1', erasedAt: '2026-01-01T00:00:00.000Z', removed: { offers: 2 } } };
    expect(await client().erase('p1')).toEqual(answer.body);
    expect(asked.at(-1)).toEqual({ operation: 'erase', subjectId: 'p1' });
  });

  it('fails an answer of another shape as a failure to retry, never as a result', async () => {
    answer = { status: 200, body: { subgraph: 'offer', subjectId: 'p1', removed: 'everything' } };
    const failure = await client()
      .erase('p1')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SubjectRightsError);
    expect(failure).toMatchObject({
      permanent: false,
      message: expect.stringMatching(/offer subgraph answered erase in an unexpected shape/),
    });
  });

  it('passes a refusal on with its message and code, permanent for a 4xx', async () => {
    answer = { status: 400, body: { errors: [{ message: 'restrict needs "restricted".', extensions: { code: 'BAD_USER_INPUT' } }] } };
    await expect(client().restrict('p1', true)).rejects.toMatchObject({
      permanent: true,
      code: 'BAD_USER_INPUT',
      message: 'the offer subgraph refused restrict: restrict needs "restricted".',
    });
    answer = { status: 503, body: 'not json at all' };
    await expect(client().inventory('p1')).rejects.toMatchObject({
      permanent: false,
      message: 'the offer subgraph failed inventory: HTTP 503',
    });
  });

  it('sends a breach window as ISO dates', async () => {
    answer = { status: 200, body: { subgraph: 'offer', subjects: ['p1'], categories: ['offers'] } };
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-01-02T00:00:00Z');
    expect(await client().affected({ from, to })).toEqual(answer.body);
    expect(asked.at(-1)).toEqual({ operation: 'affected', window: { from: from.toISOString(), to: to.toISOString() } });
  });
});
