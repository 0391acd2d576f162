import { IncomingMessage } from 'node:http';
import { fieldOf } from '#kit/guards.ts';

const plain = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/** The address of the socket's other end (our proxy, or the caller itself), as the HTTP server saw it. */
export const peerAddress = (serverContext: unknown): string | undefined => {
  const req = fieldOf(serverContext, 'req');
  return req instanceof IncomingMessage ? req.socket.remoteAddress : undefined;
};

/**
 * The caller's network address: the socket's peer, unless that peer is one of our own proxies
 * (TRUSTED_PROXIES), in which case the nearest address in X-Forwarded-For that is not one of them.
 * A caller connecting directly cannot choose its address by sending the header.
 */
export function clientAddress(request: Request, serverContext: unknown, trustedProxies: readonly string[]): string {
  const peer = plain(peerAddress(serverContext) ?? 'unknown');
  if (!trustedProxies.includes(peer)) return peer;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i -= 1) if (!trustedProxies.includes(forwarded[i]!)) return forwarded[i]!;
  return peer;
}
