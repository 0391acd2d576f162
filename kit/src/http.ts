import type { Server } from 'node:http';

/** Listens and resolves with the port actually bound (port 0 picks a free one). */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  // A pipe or a closed server has no port; `listen` on a host and port gives a TCP address.
  if (!address || typeof address === 'string') throw new Error(`the server is not listening on ${host}:${port}`);
  return address.port;
}

/**
 * Stops accepting, closes idle keep-alive connections at once, lets in-flight requests finish,
 * and cuts whatever is still open after `graceMs`.
 */
export function closeGracefully(server: Server, graceMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), graceMs).unref();
  });
}
