import { timingSafeEqual } from 'node:crypto';
import type { BlindIndexer } from '#kit/crypto/blindIndex.ts';
import type { ConsentChannel } from '../models/Purpose.ts';
import { CONSENT_CHANNELS } from './channels.ts';

/** What an unsubscribe link withdraws: one purpose on one channel for one subject. */
export interface UnsubscribeScope {
  subjectId: string;
  purpose: string;
  channel: ConsentChannel;
}

const VERSION = 'u1';
const MAC_KIND = 'unsubscribe-link';

/**
 * The token in a message's unsubscribe link: the scope it withdraws and a MAC over it with the
 * blind-index key (kept apart from the indexes by its own label). Stateless, so a sending system
 * can put one in every message without a write, and it keeps working as long as the link is in
 * someone's mailbox; it can only ever withdraw, so a leaked one cannot widen anything.
 */
export function unsubscribeToken(mac: BlindIndexer, scope: UnsubscribeScope): string {
  const payload = Buffer.from(JSON.stringify([scope.subjectId, scope.purpose, scope.channel])).toString('base64url');
  return `${VERSION}.${payload}.${mac(MAC_KIND, payload)}`;
}

/** The scope of a token this service issued, or null for anything else (altered, truncated, foreign). */
export function readUnsubscribeToken(mac: BlindIndexer, token: string): UnsubscribeScope | null {
  const [version, payload, signature, ...rest] = token.split('.');
  if (version !== VERSION || !payload || !signature || rest.length || token.length > 2048) return null;
  const expected = Buffer.from(mac(MAC_KIND, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const scope: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(scope)) return null;
    const [subjectId, purpose, named] = scope;
    const channel = CONSENT_CHANNELS.find((known) => known === named);
    if (typeof subjectId !== 'string' || typeof purpose !== 'string' || !channel) return null;
    return { subjectId, purpose, channel };
  } catch {
    return null;
  }
}
