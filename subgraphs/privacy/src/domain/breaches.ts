// What a breach is, as rules with no I/O: the authority's 72-hour clock, when it is overdue, and
// which of the messages a customer reads.
import { domainEvent } from '#kit/events/outbox.ts';
import type { BreachDoc, BreachMessage, BreachNoticeDoc } from '../models/Breach.ts';

/** Art. 33(1): the supervisory authority is notified within 72 hours of becoming aware. */
export const AUTHORITY_HOURS = 72;

export const authorityDueAt = (awareAt: Date) => new Date(awareAt.getTime() + AUTHORITY_HOURS * 3_600_000);

/**
 * Whether the authority's notification is late: the deadline passed, nobody recorded one, and
 * nobody decided (with the reason on record) that none is due because the risk is unlikely.
 */
export const isAuthorityOverdue = (
  breach: Pick<BreachDoc, 'authorityDueAt' | 'authorityNotification' | 'decision' | 'status'>,
  now: Date,
) =>
  breach.status === 'OPEN' &&
  !breach.authorityNotification &&
  breach.decision?.notifyAuthority !== false &&
  breach.authorityDueAt.getTime() < now.getTime();

/** The message in the customer's language: the same tag, else the same language, else the first (the default). */
export function messageFor(messages: readonly BreachMessage[], locale: string | null | undefined): BreachMessage {
  const first = messages[0];
  if (!first) throw new Error('a breach notice needs at least one message');
  if (!locale) return first;
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0];
  return (
    messages.find((m) => m.language.toLowerCase() === tag) ??
    messages.find((m) => m.language.toLowerCase().split('-')[0] === language) ??
    first
  );
}

/** What the customer's channels hear: which breach, and the message in their language (no other personal data). */
export const breachNotifiedEvent = (
  notice: Pick<BreachNoticeDoc, 'breachId' | 'subjectId' | 'language' | 'title' | 'text' | 'notifiedAt'>,
) =>
  domainEvent('privacy', 'breach.notified', notice.subjectId, notice.notifiedAt, {
    breachId: notice.breachId,
    language: notice.language,
    title: notice.title,
    text: notice.text,
  });
