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

/**
 * The offer decision log written off the read path: a feed shown records its decision here and
 * answers at once, with the decision's id; the journal writes what the replica's requests
 * decided in one unordered insert a few milliseconds later, retried on failure (an insert that
 * partly succeeded before is harmless to repeat: ids are fixed). The subject-rights erasure drops
 * what waits about its subject (see `forget`). A process that is stopped writes what waits first;
 * one that is killed loses at most the last `delayMs` of decisions, which are explanations of what
 * was shown, not anything a customer asked to store.
 */
export class DecisionJournal {
  readonly #write: (docs: readonly OfferDecisionDoc[]) => Promise<void>;
  readonly #log: Logger;
  readonly #delayMs: number;
  readonly #batchSize: number;
  readonly #maxPending: number;
  readonly #attempts: number;
  #pending: OfferDecisionDoc[] = [];
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> = Promise.resolve();
  #stopped = false;
  #written = 0;
  #dropped = 0;
  #failures = 0;

  constructor(
    write: (docs: readonly OfferDecisionDoc[]) => Promise<void>,
    log: Logger,
    { delayMs = 50, batchSize = 500, maxPending = 50_000, attempts = 3 }: DecisionJournalOptions = {},
  ) {
    this.#write = write;
    this.#log = log;
    this.#delayMs = delayMs;
    this.#batchSize = batchSize;
    this.#maxPending = maxPending;
    this.#attempts = attempts;
  }

  /** Takes a decision to be written soon; its id at once. */
  record(decision: Omit<OfferDecisionDoc, '_id'>): string {
    const doc = { _id: randomUUID(), ...decision };
    this.#pending.push(doc);
    if (this.#pending.length > this.#maxPending) {
      const excess = this.#pending.length - this.#maxPending;
      this.#pending = this.#pending.slice(excess);
      this.#dropped += excess;
      this.#log.warn('offer decisions dropped: more waited than the journal keeps (is the database down?)', { dropped: excess });
    }
    if (this.#pending.length >= this.#batchSize) void this.flush();
    else this.#schedule();
    return doc._id;
  }

  /** Drops what waits for this subject (it is being erased). */
  forget(subjectId: string): void {
    this.#pending = this.#pending.filter((d) => d.subjectId !== subjectId);
  }

  /** Writes everything waiting now (after the write in flight, if any). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#running = this.#running.then(() => this.#drain());
    return this.#running;
  }

  /** Writes everything waiting, then takes no more timers. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.flush();
  }

  metrics(): string[] {
    return [
      '# HELP living_profile_offer_decisions_written_total Offer decisions written to the decision log.',
      '# TYPE living_profile_offer_decisions_written_total counter',
      `living_profile_offer_decisions_written_total ${this.#written}`,
      '# HELP living_profile_offer_decisions_pending Offer decisions waiting to be written.',
      '# TYPE living_profile_offer_decisions_pending gauge',
      `living_profile_offer_decisions_pending ${this.#pending.length}`,
      '# HELP living_profile_offer_decisions_dropped_total Offer decisions dropped because too many waited.',
      '# TYPE living_profile_offer_decisions_dropped_total counter',
      `living_profile_offer_decisions_dropped_total ${this.#dropped}`,
      '# HELP living_profile_offer_decision_write_failures_total Failed attempts to write offer decisions.',
      '# TYPE living_profile_offer_decision_write_failures_total counter',
      `living_profile_offer_decision_write_failures_total ${this.#failures}`,
    ];
  }

  async #writeBatch(batch: OfferDecisionDoc[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#write(batch).catch((error: unknown) => {
          if (!onlyDuplicateKeys(error)) throw error;
        });
        this.#written += batch.length;
        return;
      } catch (error) {
        this.#failures += 1;
        if (attempt >= this.#attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }

  async #drain(): Promise<void> {
    while (this.#pending.length) {
      // Taken out while it is written: what is recorded or forgotten meanwhile is the rest's.
      const batch = this.#pending.splice(0, this.#batchSize);
      try {
        await this.#writeBatch(batch);
      } catch (error) {
        this.#pending.unshift(...batch);
        this.#log.error(`could not write offer decisions; ${this.#pending.length} wait for the next try`, error);
        this.#schedule();
        return;
      }
    }
  }

  #schedule(): void {
    // Unreferenced: a journal waiting to write never keeps a stopping process alive (stop writes).
    if (!this.#timer && !this.#stopped) this.#timer = setTimeout(() => void this.flush(), this.#delayMs).unref();
  }
}
