import { randomUUID } from 'node:crypto';
import { Schema, type Model } from 'mongoose';
import { readInteger, readSubgraphOrigin, type Env } from '../config.ts';
import type { EventDeclaration } from './catalogue.ts';
import { declareEventTypes, publishEvents, type DomainEvent } from './domainEvents.ts';
import type { Logger } from '../log.ts';
import { takingTurns } from '../turns.ts';
import { fieldOf, isRecord, messageOf } from '../guards.ts';

/**
 * The transactional outbox without transactions. FerretDB has no multi-document transactions, so
 * an event rides in the very document whose change it describes: the write that changes the
 * document pushes the event onto its `outbox` array, and one single-document write can never keep
 * one without the other. A relay then hands pending events to the event delivery engine
 * (kit/src/events/delivery, in the process that hosts it, which gates every delivery by consent)
 * and removes exactly the entries it handed over. Before its first hand-over it declares the
 * event types its subgraph raises (src/domain/events.ts): the engine takes no other.
 *
 * At least once: a crash after the engine stored the events but before they were removed hands
 * them over again, and the engine stores each event id once. Every replica runs the relay; a worker lease
 * (a lock document) gives one of them the pass at a time, so they do not hand the same events over
 * twice, and a replica that dies hands its turn on within one lease.
 */
export interface OutboxDoc {
  _id: string;
  outbox?: DomainEvent[];
  /** Set by the same write that adds an event, cleared once the outbox is empty: what the relay polls. */
  outboxPending?: boolean;
}

/** An update (operators, or a replacement document) with `outboxPending` set when it adds events. */
export function flaggingOutbox<U>(update: U): U | Record<string, unknown> {
  if (!isRecord(update)) return update;
  const set = update.$set;
  const pushed = fieldOf(update.$push, 'outbox');
  const each = fieldOf(pushed, '$each');
  const setsOutbox = fieldOf(set, 'outbox');
  const adds =
    (pushed !== undefined && !(Array.isArray(each) && each.length === 0)) || (Array.isArray(setsOutbox) && setsOutbox.length > 0);
  if (adds) return { ...update, $set: { ...(isRecord(set) ? set : {}), outboxPending: true } };
  // A replacement document (or top-level fields, which mongoose treats as $set).
  if (Array.isArray(update.outbox) && update.outbox.length > 0) return { ...update, outboxPending: true };
  return update;
}

/**
 * Adds the `outbox` path (Mixed entries, stored exactly as written so `$pullAll` finds them again)
 * and `outboxPending`, which every write that adds an event sets in the same single-document write
 * (middleware here, whatever the kind of write), so relays find pending documents by an indexed
 * equality: FerretDB answers `{'outbox.id': {$exists: true}}` by reading the whole collection.
 */
export function withOutbox(schema: Schema): Schema {
  schema.add({ outbox: { type: [Schema.Types.Mixed], default: undefined }, outboxPending: { type: Boolean, default: undefined } });
  schema.index({ 'outbox.id': 1 }, { sparse: true });
  schema.index({ outboxPending: 1 }, { sparse: true });
  schema.pre(['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne'], function () {
    const update = this.getUpdate();
    const flagged = flaggingOutbox(update);
    if (flagged && flagged !== update) this.setUpdate(flagged);
  });
  schema.pre('save', function () {
    const outbox: unknown = this.get('outbox');
    if (Array.isArray(outbox) && outbox.length) this.set('outboxPending', true);
  });
  schema.pre('insertMany', function (next: unknown, docs: unknown) {
    // (next, docs) or (docs) depending on the hook style; flag whichever array of documents came.
    const list = Array.isArray(docs) ? docs : Array.isArray(next) ? next : [];
    for (const doc of list) if (isRecord(doc) && Array.isArray(doc.outbox) && doc.outbox.length) doc.outboxPending = true;
    if (typeof next === 'function') next();
  });
  schema.pre('bulkWrite', function (ops: unknown) {
    // The operations are mongoose's own shape (any): each kind of write is looked for by name.
    for (const op of Array.isArray(ops) ? ops : []) {
      for (const kind of ['updateOne', 'updateMany'] as const) if (op[kind]) op[kind].update = flaggingOutbox(op[kind].update);
      if (op.replaceOne) op.replaceOne.replacement = flaggingOutbox(op.replaceOne.replacement);
      if (op.insertOne?.document?.outbox?.length) op.insertOne.document.outboxPending = true;
    }
  });
  return schema;
}

/** A new event; its id is random, and stable from then on because it is stored with the change. */
export const domainEvent = (
  source: string,
  type: string,
  subjectId: string,
  at: Date,
  data: Record<string, unknown> = {},
): DomainEvent => ({
  id: `evt_${source}_${randomUUID()}`,
  type,
  subjectId,
  occurredAt: at.toISOString(),
  source,
  data,
});

export interface OutboxConfig {
  /** Origin of the subgraph whose process hosts the event delivery engine (`POST /internal/events`); it is consent's. */
  consentUrl: string;
  intervalMs: number;
}

/** SUBGRAPH_CONSENT_URL (default: consent's default port on this host) and OUTBOX_INTERVAL_MS. */
export function loadOutboxConfig(env: Env = process.env): OutboxConfig {
  const consentUrl = readSubgraphOrigin(env, 'SUBGRAPH_CONSENT_URL', 'http://127.0.0.1:4002/graphql');
  return { consentUrl, intervalMs: readInteger(env, 'OUTBOX_INTERVAL_MS', 500, { min: 20 }) };
}

/** Where a subgraph's outbox relay declares its event types and hands its events, and how often it looks. */
export interface EventSink {
  declare(declaration: EventDeclaration): Promise<void>;
  publish(events: DomainEvent[]): Promise<void>;
  intervalMs: number;
}

/** The delivery engine's signed `POST /internal/events`, as `source`'s outbox relay calls it. */
export const deliverySink = (config: OutboxConfig, signingKey: string, source: string): EventSink => ({
  intervalMs: config.intervalMs,
  declare: (declaration) => declareEventTypes(config.consentUrl, signingKey, declaration),
  publish: (events) => publishEvents(config.consentUrl, signingKey, source, events),
});

/** The delivery engine takes at most this many events per hand-over. */
const PER_CALL = 500;

/** Documents whose outbox is cleared at once, each under its own lock. */
const REMOVALS_AT_ONCE = 8;

/**
 * Hands the pending events of `model`'s documents to `publish`, oldest documents' first, then
 * removes what was handed over. `exclusive` must be the locks the document's writers hold:
 * FerretDB applies updates as read-modify-write, so an unlocked removal could undo a change.
 */
export function outboxRelay<TDoc extends OutboxDoc>({
  name,
  model,
  exclusive,
  declaration,
  declare,
  publish,
  intervalMs,
  log,
  batchSize = 100,
  sweepEvery = 7200,
  declareWaitMs = 15_000,
}: {
  name: string;
  model: Model<TDoc>;
  exclusive: <T>(ids: readonly string[], task: () => Promise<T>) => Promise<T>;
  /** The event types this subgraph raises (its src/domain/events.ts). */
  declaration: EventDeclaration;
  declare: (declaration: EventDeclaration) => Promise<void>;
  publish: (events: DomainEvent[]) => Promise<void>;
  intervalMs: number;
  log: Logger;
  batchSize?: number;
  /**
   * The first pass, and then every this many (an hour at 500 ms), also looks for pending events by
   * the events themselves (a scan on FerretDB): documents written before the flag existed, and any
   * write that added an event without it, are handed over all the same.
   */
  sweepEvery?: number;
  /** How long `start` waits for the first declaration before it goes on (and keeps trying in the background). */
  declareWaitMs?: number;
}) {
  let passes = 0;
  let declared: Promise<void> | undefined;
  let stopped = false;

  /** Declares once per process (a failure is tried again at the next call); every replica declares, lease or not. */
  const declareOnce = (): Promise<void> =>
    (declared ??= declare(declaration).catch((error: unknown) => {
      declared = undefined;
      throw error;
    }));
  let failingSince: Date | null = null;
  let handedOver = 0;
  let failures = 0;

  /** One pass: returns how many events were handed over (0 when none were pending). */
  async function flush(): Promise<number> {
    const sweep = passes % sweepEvery === 0;
    passes += 1;
    const found = await model
      .find(sweep ? { 'outbox.id': { $exists: true } } : { outboxPending: true }, { outbox: 1 })
      .limit(batchSize)
      .lean<OutboxDoc[]>()
      .exec();
    if (!found.length) return 0;
    // A flag left on an emptied outbox (a crash between the removal and the clearing) is cleared.
    await eachLocked(
      found.filter((d) => !d.outbox?.length),
      (d) => clearFlag(d._id),
    );
    const docs = found.filter((d): d is Required<Pick<OutboxDoc, '_id' | 'outbox'>> => Boolean(d.outbox?.length));
    if (!docs.length) return 0;
    const events = docs.flatMap((d) => d.outbox);
    for (let i = 0; i < events.length; i += PER_CALL) {
      const part = events.slice(i, i + PER_CALL);
      await publish(part);
      handedOver += part.length;
    }
    // Exactly the entries read: events pushed since then stay for the next pass.
    await eachLocked(docs, async (d) => {
      await model.updateOne({ _id: d._id }, { $pullAll: { outbox: d.outbox } }).exec();
      await clearFlag(d._id);
    });
    return events.length;
  }

  /** Runs `write` for each document holding its lock, REMOVALS_AT_ONCE documents at a time. */
  async function eachLocked<D extends { _id: string }>(docs: D[], write: (doc: D) => Promise<unknown>): Promise<void> {
    for (let i = 0; i < docs.length; i += REMOVALS_AT_ONCE)
      await Promise.all(docs.slice(i, i + REMOVALS_AT_ONCE).map((d) => exclusive([d._id], () => write(d))));
  }

  /** Clears the flag of a document whose outbox is now empty (one pushed to since keeps it). */
  const clearFlag = (_id: string) =>
    model.updateOne({ _id, outboxPending: true, 'outbox.0': { $exists: false } }, { $unset: { outboxPending: 1 } }).exec();

  /** Hands everything pending over: several passes when more than a batch waits, a bounded number per call. */
  async function drain(maxPasses = 20): Promise<number> {
    // The engine takes events only of declared types: the declaration goes first, once per process.
    await declareOnce();
    let total = 0;
    for (let pass = 0; pass < maxPasses; pass += 1) {
      const handed = await flush();
      total += handed;
      if (handed === 0) break;
    }
    return total;
  }

  /** One replica at a time runs a pass. */
  const worker = takingTurns({
    connection: model.db,
    name: `outbox:${name}`,
    intervalMs,
    turn: async () => {
      await drain();
      if (failingSince) log.info(`${name} outbox: the event delivery engine takes events again`, { since: failingSince.toISOString() });
      failingSince = null;
    },
    onError: (error) => {
      failures += 1;
      // Said once per outage, not every interval: the events wait in their documents meanwhile.
      if (!failingSince)
        log.warn(`${name} outbox: could not hand events to the event delivery engine; they wait and are retried`, {
          reason: messageOf(error),
        });
      failingSince ??= new Date();
    },
  });

  /**
   * Declares until it is done, in this replica, whether or not it gets the lease: a subscriber
   * can ask for this subgraph's event types once one replica of the version that raises them started.
   */
  async function declareUntilDone(): Promise<void> {
    let warned = false;
    while (!stopped) {
      try {
        await declareOnce();
        return;
      } catch (error) {
        if (!warned) log.warn(`${name} outbox: could not declare its event types yet; trying again`, { reason: messageOf(error) });
        warned = true;
        await new Promise((resolve) => setTimeout(resolve, intervalMs).unref());
      }
    }
  }

  return {
    flush,
    drain,
    /**
     * Declares the event types (waiting up to `declareWaitMs` for the engine, then going on while
     * it keeps trying), then hands over at once (events a crash left behind go now) and every `intervalMs`.
     */
    async start() {
      stopped = false;
      const done = declareUntilDone();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, declareWaitMs)))]);
      clearTimeout(timer);
      worker.start();
    },
    /** Stops, after the pass in flight. */
    stop: () => {
      stopped = true;
      return worker.stop();
    },
    /** Prometheus series: alert when `failing_seconds` grows, events are waiting. */
    metrics: (now = Date.now()): string[] => [
      '# HELP living_profile_outbox_events_handed_over_total Events this outbox relay handed to the event delivery engine.',
      '# TYPE living_profile_outbox_events_handed_over_total counter',
      `living_profile_outbox_events_handed_over_total{subgraph="${name}"} ${handedOver}`,
      '# HELP living_profile_outbox_failures_total Relay passes that could not hand events over (they wait and are retried).',
      '# TYPE living_profile_outbox_failures_total counter',
      `living_profile_outbox_failures_total{subgraph="${name}"} ${failures}`,
      '# HELP living_profile_outbox_failing_seconds For how long the event delivery engine has not taken events (0 when it does).',
      '# TYPE living_profile_outbox_failing_seconds gauge',
      `living_profile_outbox_failing_seconds{subgraph="${name}"} ${failingSince ? (now - failingSince.getTime()) / 1000 : 0}`,
    ],
  };
}
