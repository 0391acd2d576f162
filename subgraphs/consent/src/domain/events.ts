// The events consent raises: its ledger entries as the systems downstream see them. The ledger
// entry is the event (written in the same insert as the change), so consent needs no outbox.
import { declareEvents } from '#kit/events/catalogue.ts';
import type { StateEntry } from './state.ts';

export const CONSENT_EVENTS = declareEvents('consent', [
  { type: 'consent.granted', description: 'The customer granted consent for a purpose on a channel.' },
  { type: 'consent.withdrawn', description: 'The customer withdrew consent for a purpose on a channel.', stopping: true },
  { type: 'consent.denied', description: 'The customer refused consent for a purpose on a channel.', stopping: true },
  { type: 'processing.restricted', description: 'The customer restricted the processing of their data (Art. 18).', stopping: true },
  { type: 'processing.unrestricted', description: 'The restriction of processing was lifted.' },
  { type: 'objection.recorded', description: 'The customer objected to a purpose (Art. 21).', stopping: true },
  { type: 'objection.withdrawn', description: 'The customer withdrew an objection.' },
  { type: 'automated_decisions.opted_out', description: 'The customer opted out of automated decisions (Art. 22).' },
  { type: 'automated_decisions.opted_in', description: 'The customer accepted automated decisions again.' },
  { type: 'sale_sharing.opted_out', description: 'The customer opted out of the sale or sharing of their data.' },
  { type: 'sale_sharing.opted_in', description: 'The customer allowed the sale or sharing of their data again.' },
  { type: 'subject.erased', description: 'The subject was erased: delete what you hold about them.', stopping: true, erasure: true },
]);

/** What a ledger entry means to the systems downstream; entries that map to nothing are not sent. */
export function eventTypeOf(entry: Pick<StateEntry, 'type' | 'content'>): string | null {
  const c = entry.content;
  switch (entry.type) {
    case 'DECISION':
      return c.status === 'GRANTED' ? 'consent.granted' : c.status === 'WITHDRAWN' ? 'consent.withdrawn' : 'consent.denied';
    case 'CONFIRMATION':
      return 'consent.granted';
    case 'RESTRICTION':
      return c.restricted ? 'processing.restricted' : 'processing.unrestricted';
    case 'OBJECTION':
      return c.objected ? 'objection.recorded' : 'objection.withdrawn';
    case 'AUTOMATED_DECISIONS':
      return c.optedOut ? 'automated_decisions.opted_out' : 'automated_decisions.opted_in';
    case 'SALE_SHARING':
      return c.optedOut ? 'sale_sharing.opted_out' : 'sale_sharing.opted_in';
    case 'ERASURE':
      return 'subject.erased';
    default:
      return null;
  }
}

export const eventIdOf = (entry: { _id: string }) => `evt_consent_${entry._id.replace(':', '_')}`;

/** Only what a downstream system needs to act: the purpose, channel and new status, never proof details. */
export function minimalData(entry: Pick<StateEntry, 'type' | 'content'>): Record<string, unknown> {
  const c = entry.content;
  const pick = (...keys: string[]) => Object.fromEntries(keys.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
  switch (entry.type) {
    case 'DECISION':
      return pick('purpose', 'channel', 'status', 'source');
    case 'CONFIRMATION':
      return { ...pick('purpose', 'channel'), status: 'GRANTED' };
    case 'OBJECTION':
      return pick('purpose', 'objected');
    case 'RESTRICTION':
      return pick('restricted');
    case 'AUTOMATED_DECISIONS':
    case 'SALE_SHARING':
      return pick('optedOut');
    default:
      return {};
  }
}
