import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { codeOf } from '#kit/guards.ts';

/**
 * A round-robin HTTP load balancer in front of a subgraph's replicas, the part a Kubernetes
 * Service or any reverse proxy plays in production: every request goes to the next replica, over
 * real HTTP. A replica that refuses the connection (stopped, killed, not yet up) is skipped and the
 * request goes to the next one, which is safe because nothing was sent; any later failure answers
 * 502 to the caller, since the replica may have acted on it.
 */
export interface Balancer {
  url: string;
  /** Requests each replica answered, by replica origin. */
  served: Map<string, number>;
  /** Replaces the replicas (a restarted replica comes back on a new port). */
  setTargets(origins: string[]): void;
  close(): Promise<void>;
}

/** Listens on `port` (0: one the kernel picks); with no targets yet it answers 503 until `setTargets`. */
export async function startBalancer({ port, path, targets }: { port: number; path: string; targets: string[] }): Promise<Balancer> {
  let origins = [...targets];
  let next = 0;
  const served = new Map<string, number>();

  const forward = (incoming: IncomingMessage, body: Buffer, origin: string) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; stream: IncomingMessage }>((resolve, reject) => {
      const target = new URL(incoming.url ?? '/', origin);
      const outgoing = request(target, { method: incoming.method, headers: { ...incoming.headers, host: target.host } }, (response) =>
        resolve({ status: response.statusCode ?? 502, headers: response.headers, stream: response }),
      );
      outgoing.once('error', reject);
      outgoing.end(body);
    });

  const server: Server = createServer(async (incoming, reply) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk); // a request without setEncoding yields Buffers
    const body = Buffer.concat(chunks);
    const tried = origins.length;
    for (let attempt = 0; attempt < tried; attempt += 1) {
      const origin = origins[next++ % origins.length]!;
      try {
        const answer = await forward(incoming, body, origin);
        served.set(origin, (served.get(origin) ?? 0) + 1);
        reply.writeHead(answer.status, answer.headers);
        answer.stream.pipe(reply);
        return;
      } catch (error) {
        if (codeOf(error) === 'ECONNREFUSED') continue;
        if (!reply.headersSent) reply.writeHead(502, { 'content-type': 'text/plain' }).end('replica failed');
        return;
      }
    }
    reply.writeHead(503, { 'content-type': 'text/plain' }).end('no replica is up');
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  // Port 0 binds one the kernel picks at once: nobody can take it between choosing and listening.
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the balancer is not listening on a TCP port');
  const bound = address.port;
  return {
    url: `http://127.0.0.1:${bound}${path}`,
    served,
    setTargets(next) {
      origins = [...next];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
