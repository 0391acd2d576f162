import { timingSafeEqual } from 'node:crypto';
import type { Environment } from './config.ts';
import { ErrorCode } from './errors.ts';

export type MetricsAccess = 'allowed' | 'unauthorized' | 'off';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/**
 * Who may scrape `/metrics` (they name subgraphs, clients and operations): with METRICS_TOKEN
 * set, whoever sends it as a bearer token; without one, in development and tests only a scraper on
 * this machine, and in production nobody (metrics are off until a token is set).
 */
/** What a scraper that may not read `/metrics` is told, by the same rule everywhere. */
export const metricsRefusal = (access: Exclude<MetricsAccess, 'allowed'>) =>
  access === 'off'
    ? { status: 404, message: 'Metrics are off: set METRICS_TOKEN and scrape with it.', code: ErrorCode.NOT_FOUND }
    : { status: 401, message: 'Scrape with the METRICS_TOKEN bearer token.', code: ErrorCode.UNAUTHENTICATED };

export function metricsAccess(
  token: string | undefined,
  environment: Environment,
  authorization: string | null | undefined,
  peer: string | undefined,
): MetricsAccess {
  if (token) {
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '');
    const wanted = Buffer.from(token);
    return given.length === wanted.length && timingSafeEqual(given, wanted) ? 'allowed' : 'unauthorized';
  }
  if (environment === 'production') return 'off';
  return peer && LOOPBACK.test(peer) ? 'allowed' : 'unauthorized';
}
