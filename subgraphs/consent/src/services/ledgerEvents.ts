// Consent's part in the event delivery engine (kit/src/events/delivery): its ledger as the feed the
// relay fans out besides the handed-over events, and the consent gate every delivery passes.
import { documentLocks } from '#kit/locks.ts';
import type { ConsentGate, HostFeed } from '#kit/events/delivery/relay.ts';
import { CONSENT_CHANNELS } from '../domain/channels.ts';
import { eventIdOf, eventTypeOf, minimalData } from '../domain/events.ts';
import { decide } from '../domain/permission.ts';
import { foldLedger, type SubjectState } from '../domain/state.ts';
import type { LedgerEntryDoc } from '../models/LedgerEntry.ts';
import type { CatalogueStore } from '../store/catalogueStore.ts';
import type { LedgerStore } from '../store/ledgerStore.ts';
import { fieldOf, isOneOf } from '#kit/guards.ts';

const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** The ledger as the relay reads it: each entry that means something downstream is one event. */
export function ledgerFeed(ledger: LedgerStore): HostFeed<LedgerEntryDoc> {
  const ledgerLocks = documentLocks(ledger.connection, 'ledger');
  return {
    name: 'ledger',
    feed: ledger.feed,
    toEvent(entry) {
      const type = eventTypeOf(entry);
      if (!type) return null;
      return {
        id: eventIdOf(entry),
        type,
        subjectId: entry.subjectId,
        at: entry.at,
        historySeq: entry.seq,
        purpose: textOrNull(entry.content.purpose),
        source: 'consent',
        data: minimalData(entry),
        cameFrom: textOrNull(fieldOf(entry.content.importedFrom, 'source')),
      };
    },
    // Ledger entries are changed only under their subject's lock (an erasure may be removing a personal part).
    exclusive: (subjectId, write) => ledgerLocks.run(subjectId, write),
    // Double opt-ins asked for before their token hash was a field of its own (a scan, once).
    async upgrade() {
      for (const entry of await ledger.pendingWithoutTokenHash()) {
        const { tokenHash } = entry.content;
        if (typeof tokenHash === 'string') await ledgerLocks.run(entry.subjectId, () => ledger.setTokenHash(entry._id, tokenHash));
      }
    },
  };
}

/**
 * The consent gate: for a batch of events, each subject's ledger read once, and each event judged
 * by the consent in force when it happened (an entry of the ledger: up to it; an event handed over:
 * as of its time).
 */
export function consentGate(ledger: LedgerStore, catalogue: CatalogueStore): ConsentGate {
  return {
    async assess(events) {
      const subjects = [...new Set(events.map((e) => e.subjectId))];
      const [listed, entries] = await Promise.all([catalogue.list(), ledger.entriesFor(subjects)]);
      const purposes = new Map(listed.map((p) => [p._id, p]));
      // Each subject's ledger, in sequence (entriesFor sorts by subject and sequence).
      const histories = Map.groupBy(entries, (e) => e.subjectId);
      const erased = new Set([...histories].filter(([, entries]) => foldLedger(entries).erasedAt).map(([id]) => id));
      const states = new Map<string, SubjectState>();
      const stateAt = (event: (typeof events)[number]) => {
        let state = states.get(event.key);
        if (!state) {
          const history = histories.get(event.subjectId) ?? [];
          const seq = event.historySeq;
          state = foldLedger(history.filter(seq === null ? (e) => e.at <= event.at : (e) => e.seq <= seq));
          states.set(event.key, state);
        }
        return state;
      };
      return {
        erased: (subjectId) => erased.has(subjectId),
        permission: (event, purpose, channel) => decide(stateAt(event), purposes.get(purpose), channel, event.at),
      };
    },
  };
}

/** Whether `purpose:CHANNEL` names a purpose of the catalogue and a consent channel: what a subscriber may serve. */
export const purposeCheck = (catalogue: CatalogueStore) => async () => {
  const known = new Set((await catalogue.list()).map((p) => p._id));
  return (purpose: string, channel: string) => known.has(purpose) && isOneOf(CONSENT_CHANNELS, channel);
};
