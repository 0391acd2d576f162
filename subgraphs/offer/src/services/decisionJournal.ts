import { randomUUID } from 'node:crypto';
import type { Logger } from '#kit/log.ts';
import { onlyDuplicateKeys } from '#kit/mongo.ts';
import type { OfferDecisionDoc } from '../models/OfferResponse.ts';

export interface DecisionJournalOptions {
  /** How long a decision waits for others to share its insert. */
  delayMs?: number;
  /** Decisions per insert at most. */
  batchSize?: number;
  /** Decisions waiting at most; past it the oldest are dropped, counted and logged (the database is down). */
  maxPending?: number;
  /** Attempts per batch before it waits for the next flush. */
  attempts?: number;
}

export interface DecisionJournal {
  /** Takes a decision to be written soon; its id at once. */
  record(decision: Omit<OfferDecisionDoc, '_id'>): string;
  /** Drops what waits for this subject (it is being erased). */
  forget(subjectId: string): void;
  /** Writes everything waiting now. */
  flush(): Promise<void>;
  /** Writes everything waiting, then takes no more timers. */
  stop(): Promise<void>;
  metrics(): string[];
}

/**
 * The offer decision log written off the read path: a feed shown records its decision here and
 * answers at once, with the decision's id; the journal writes what the replica's requests
 * decided in one unordered insert a few milliseconds later, retried on failure (an insert that
 * partly succeeded before is harmless to repeat: ids are fixed). The subject-rights erasure drops
 * what waits about its subject (see `forget`). A process that is stopped writes what waits first;
 * one that is killed loses at most the last `delayMs` of decisions, which are explanations of what
 * was shown, not anything a customer asked to store.
 */
export function decisionJournal(
  write: (docs: readonly OfferDecisionDoc[]) => Promise<void>,
  log: Logger,
  { delayMs = 50, batchSize = 500, maxPending = 50_000, attempts = 3 }: DecisionJournalOptions = {},
): DecisionJournal {
  let pending: OfferDecisionDoc[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let written = 0;
  let dropped = 0;
  let failures = 0;

  const writeBatch = async (batch: OfferDecisionDoc[]) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await write(batch).catch((error: unknown) => {
          if (!onlyDuplicateKeys(error)) throw error;
        });
        written += batch.length;
        return;
      } catch (error) {
        failures += 1;
        if (attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  };

  const drain = async () => {
    while (pending.length) {
      // Taken out while it is written: what is recorded or forgotten meanwhile is the rest's.
      const batch = pending.splice(0, batchSize);
      try {
        await writeBatch(batch);
      } catch (error) {
        pending.unshift(...batch);
        log.error(`could not write offer decisions; ${pending.length} wait for the next try`, error);
        schedule();
        return;
      }
    }
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    running = running.then(drain);
    return running;
  };

  function schedule() {
    // Unreferenced: a journal waiting to write never keeps a stopping process alive (stop writes).
    if (!timer && !stopped) timer = setTimeout(() => void flush(), delayMs).unref();
  }

  return {
    record(decision) {
      const doc = { _id: randomUUID(), ...decision };
      pending.push(doc);
      if (pending.length > maxPending) {
        const excess = pending.length - maxPending;
        pending = pending.slice(excess);
        dropped += excess;
        log.warn('offer decisions dropped: more waited than the journal keeps (is the database down?)', { dropped: excess });
      }
      if (pending.length >= batchSize) void flush();
      else schedule();
      return doc._id;
    },
    forget(subjectId) {
      pending = pending.filter((d) => d.subjectId !== subjectId);
    },
    flush,
    async stop() {
      stopped = true;
      await flush();
    },
    metrics: () => [
      '# HELP living_profile_offer_decisions_written_total Offer decisions written to the decision log.',
      '# TYPE living_profile_offer_decisions_written_total counter',
      `living_profile_offer_decisions_written_total ${written}`,
      '# HELP living_profile_offer_decisions_pending Offer decisions waiting to be written.',
      '# TYPE living_profile_offer_decisions_pending gauge',
      `living_profile_offer_decisions_pending ${pending.length}`,
      '# HELP living_profile_offer_decisions_dropped_total Offer decisions dropped because too many waited.',
      '# TYPE living_profile_offer_decisions_dropped_total counter',
      `living_profile_offer_decisions_dropped_total ${dropped}`,
      '# HELP living_profile_offer_decision_write_failures_total Failed attempts to write offer decisions.',
      '# TYPE living_profile_offer_decision_write_failures_total counter',
      `living_profile_offer_decision_write_failures_total ${failures}`,
    ],
  };
}
