import type { Connection } from 'mongoose';
import type { Logger } from '../../log.ts';
import { runOnce } from '../../migrations.ts';
import { takingTurns } from '../../turns.ts';
import type { EventCatalogue } from '../catalogue.ts';
import type { RelayFeed } from '../relayFeed.ts';
import { signWebhook } from '../webhooks.ts';
import type { RelayConfig } from './config.ts';
import type { DeliveryDoc, SubscriberDoc } from './models.ts';
import type { DeliveryStore } from './store.ts';
import { nameOf } from '../../guards.ts';

/** An event as the relay fans it out, from the host's own feed or handed over by a subgraph. */
export interface RelayEvent {
  /** What `fannedOut` remembers: the feed document's id. */
  key: string;
  id: string;
  type: string;
  subjectId: string;
  at: Date;
  /**
   * When the event is itself an entry of the subject's consent history (the host's feed is that
   * history), its place there: the gate reads consent up to it. Otherwise null: consent as of `at`.
   */
  historySeq: number | null;
  purpose: string | null;
  source: string;
  data: Record<string, unknown>;
  /** The subscriber whose inbound change this is (an import from its source id), if any. */
  cameFrom: string | null;
}

/**
 * A collection of the host that is its own outbox (a ledger whose entry is the event, written in
 * the same insert as the change). The relay reads it like the handed-over events.
 */
export interface HostFeed<T extends { _id: string; subjectId: string; at: Date }> {
  /** The name of its watermark. */
  name: string;
  feed: RelayFeed<T>;
  /** The event a document is, or null when it means nothing downstream. */
  toEvent(doc: T): Omit<RelayEvent, 'key'> | null;
  /** Runs a write to one of its documents under the lock that document's writers hold. */
  exclusive(subjectId: string, write: () => Promise<unknown>): Promise<unknown>;
  /** Part of the relay's once-per-database upgrade step that concerns the host's feed only. */
  upgrade?(): Promise<void>;
}

/** What the host says of a batch of events' subjects' consent: the only consent-gating the engine applies. */
export interface ConsentGate {
  assess(events: readonly RelayEvent[]): Promise<{
    /** Whether the subject is erased now. */
    erased(subjectId: string): boolean;
    /** Whether the subject allowed `purpose` on `channel` when the event happened, and why not. */
    permission(event: RelayEvent, purpose: string, channel: string): { allowed: boolean; reason: string };
  }>;
}

/** Entries written this long before the watermark are looked at again (writers set `at` before inserting). */
const MARGIN_MS = 60_000;
/** Ledger entries, and handed-over events, read at most per poll. */
const PER_POLL = 500;

/**
 * The webhook relay. It reads the host's own feed and the events the subgraphs
 * handed over, in time order, and fans each out into one delivery per interested subscriber, with
 * ids that make a second fan-out after a crash harmless; deliveries are then sent, signed
 * (Standard Webhooks), oldest first per subject and subscriber, retried with exponential backoff
 * and dead-lettered after `maxAttempts` (replayable). A subject who withdrew consent for a purpose
 * a subscriber serves, objected to it, or restricted processing (the `gate` says), gets nothing
 * sent to that subscriber except the event that tells it to stop. At least once: receivers
 * deduplicate by id.
 */
export class WebhookRelay<T extends { _id: string; subjectId: string; at: Date }> {
  readonly #host: string;
  readonly #connection: Connection;
  readonly #webhooks: DeliveryStore;
  readonly #hostFeed: HostFeed<T>;
  readonly #gate: ConsentGate;
  readonly #catalogue: () => Promise<EventCatalogue>;
  readonly #secretOf: (subscriber: SubscriberDoc) => string;
  readonly #config: RelayConfig;
  readonly #log: Logger;
  /** What this process fanned out lately, by feed document id: a re-read within the margin skips them. */
  readonly #fannedOut = new Map<string, number>();
  readonly #counted = { delivered: 0, failed: 0, dead: 0, suppressed: 0 };
  #bucketsReady: Promise<void> | undefined;
  /** One replica at a time relays. */
  readonly #worker: ReturnType<typeof takingTurns>;

  constructor({
    host,
    connection,
    store,
    hostFeed,
    gate,
    catalogue,
    secretOf,
    config,
    log,
  }: {
    /** The process hosting the engine, for its metrics' label. */
    host: string;
    /** The host's database: the relay's lease and its once-per-database step. */
    connection: Connection;
    store: DeliveryStore;
    hostFeed: HostFeed<T>;
    gate: ConsentGate;
    catalogue: () => Promise<EventCatalogue>;
    secretOf: (subscriber: SubscriberDoc) => string;
    config: RelayConfig;
    log: Logger;
  }) {
    this.#host = host;
    this.#connection = connection;
    this.#webhooks = store;
    this.#hostFeed = hostFeed;
    this.#gate = gate;
    this.#catalogue = catalogue;
    this.#secretOf = secretOf;
    this.#config = config;
    this.#log = log;
    this.#worker = takingTurns({
      connection,
      name: 'webhook-relay',
      intervalMs: config.intervalMs,
      turn: () => this.tick(),
      onError: (error) => log.error('webhook relay tick failed', error),
    });
  }

  async #loadMarks() {
    await this.#bucketsReady;
    const [hostMark, externalMark] = await Promise.all([this.#webhooks.mark(this.#hostFeed.name), this.#webhooks.mark('external')]);
    return { host: hostMark, external: externalMark };
  }

  /**
   * An upgrade step (runOnce, `relay-buckets`): documents written before they carried a relay
   * bucket, and not fanned out yet, get one (a scan, once), and a relay that never ran starts from
   * the oldest of them, or from now; then the host's own part (`this.#hostFeed.upgrade`). After this,
   * every poll is bucket lookups.
   */
  async #addRelayBuckets(): Promise<void> {
    const started = new Date();
    const feeds = [
      { mark: this.#hostFeed.name, feed: this.#hostFeed.feed, exclusive: this.#hostFeed.exclusive },
      { mark: 'external', feed: this.#webhooks.externalFeed, exclusive: (_: string, write: () => Promise<unknown>) => write() },
    ];
    for (const { mark, feed, exclusive } of feeds) {
      const watermark = await this.#webhooks.mark(mark);
      const missing = await feed.withoutBucket(new Date((watermark?.getTime() ?? 0) - MARGIN_MS));
      for (const doc of missing) await exclusive(doc.subjectId, () => feed.giveBucket(doc._id, doc.at));
      if (!watermark) {
        // Never fanned out: from the oldest document (written by a replica that carried buckets already, or not).
        const first = await feed.oldest();
        const oldest = first && first < started ? first : started;
        await this.#webhooks.setMark(mark, new Date(oldest.getTime() + MARGIN_MS));
      }
    }
    await this.#hostFeed.upgrade?.();
  }

  /** Ledger entries and handed-over events not fanned out yet, as one list of events. */
  async #newEvents(): Promise<{ events: RelayEvent[]; advance: () => Promise<void> }> {
    // The watermarks as stored, every poll: another replica may have had the turns before.
    this.#bucketsReady ??= runOnce(this.#connection, 'relay-buckets', () => this.#addRelayBuckets()).then(
      () => undefined,
      (error: unknown) => {
        this.#bucketsReady = undefined;
        throw error;
      },
    );
    const known = await this.#loadMarks();
    const polledAt = new Date();
    const since = (mark: Date | null) => new Date((mark?.getTime() ?? Date.now()) - MARGIN_MS);
    const [entries, external] = await Promise.all([
      this.#hostFeed.feed.since(since(known.host), PER_POLL),
      this.#webhooks.externalFeed.since(since(known.external), PER_POLL),
    ]);
    const events: RelayEvent[] = [];
    for (const entry of entries) {
      if (this.#fannedOut.has(entry._id)) continue;
      const event = this.#hostFeed.toEvent(entry);
      if (event) events.push({ key: entry._id, ...event });
    }
    for (const event of external) {
      if (this.#fannedOut.has(event._id)) continue;
      events.push({
        key: event._id,
        id: event._id,
        type: event.type,
        subjectId: event.subjectId,
        at: event.at,
        historySeq: null,
        purpose: typeof event.data.purpose === 'string' ? event.data.purpose : null,
        source: event.source,
        data: event.data,
        // Subgraphs name the client that made the change: a source system's own change is not sent back to it.
        cameFrom: typeof event.data.origin === 'string' ? event.data.origin : null,
      });
    }
    const advance = async () => {
      const nowMs = Date.now();
      for (const e of entries) this.#fannedOut.set(e._id, nowMs);
      for (const e of external) this.#fannedOut.set(e._id, nowMs);
      for (const [id, at] of this.#fannedOut) if (at < nowMs - 3 * MARGIN_MS) this.#fannedOut.delete(id);
      // A poll that read less than its limit has seen everything up to when it began: the mark
      // moves there even without entries (a quiet ledger would otherwise be read from an old mark,
      // bucket by bucket, every poll), stored at most once a margin when nothing new came.
      const move = async (mark: 'host' | 'external', read: Date[]) => {
        const next = read.length < PER_POLL ? polledAt : read.at(-1)!;
        const current = known[mark];
        if (current && next.getTime() - current.getTime() < (read.length ? 1 : MARGIN_MS)) return;
        await this.#webhooks.setMark(mark === 'host' ? this.#hostFeed.name : mark, next);
        known[mark] = next;
      };
      await move(
        'host',
        entries.map((e) => e.at),
      );
      await move(
        'external',
        external.map((e) => e.receivedAt),
      );
    };
    return { events, advance };
  }

  async fanOut(now = new Date()): Promise<number> {
    const { events, advance } = await this.#newEvents();
    if (events.length) {
      const [all, declared, consent] = await Promise.all([this.#webhooks.subscribers(), this.#catalogue(), this.#gate.assess(events)]);
      const planned: DeliveryDoc[] = [];
      for (const event of events) {
        // An event still on its way when the subject was erased is not sent, nor recorded: after an
        // erasure a subscriber hears only that it happened (and no record about them is left here).
        if (consent.erased(event.subjectId) && !declared.isErasure(event.type)) continue;
        for (const subscriber of all) {
          const transactional = declared.isTransactional(event.type);
          if (!subscriber.eventTypes.includes(event.type) && (transactional || !subscriber.eventTypes.includes('*'))) continue;
          // A change a system sent us is not echoed back to it (no loops), only passed on to the others.
          if (event.cameFrom === subscriber._id) continue;
          // A subscriber hears of what happened after it subscribed (a re-scan after a restart must not reach back).
          if (event.at < subscriber.createdAt) continue;
          const served = subscriber.purposes.map((p) => {
            const [purpose = '', channel = ''] = p.split(':');
            return [purpose, channel] as const;
          });
          const concernsIt = event.purpose === null || served.some(([purpose]) => purpose === event.purpose);
          const refused = served
            .map(([purpose, channel]) => ({
              pair: `${purpose}:${channel}`,
              permission: consent.permission(event, purpose, channel),
            }))
            .find(({ permission }) => !permission.allowed);
          const suppressed = refused && !transactional && !(declared.isStopping(event.type) && concernsIt);
          planned.push({
            _id: `${event.id}>${subscriber._id}`,
            subscriberId: subscriber._id,
            eventId: event.id,
            subjectId: event.subjectId,
            occurredAt: event.at,
            type: event.type,
            body: JSON.stringify({
              id: event.id,
              type: event.type,
              subjectId: event.subjectId,
              occurredAt: event.at.toISOString(),
              source: event.source,
              data: event.data,
            }),
            status: suppressed ? 'SUPPRESSED' : 'PENDING',
            attempts: 0,
            nextAttemptAt: now,
            lastError: null,
            reason: suppressed ? `${refused!.pair}: ${refused!.permission.reason}` : null,
            createdAt: now,
            deliveredAt: null,
          });
        }
      }
      if (planned.length) {
        this.#counted.suppressed += planned.filter((d) => d.status === 'SUPPRESSED').length;
        // A delivery fanned out before a crash is already there: that is the point of its id.
        await this.#webhooks.insertDeliveries(planned);
      }
    }
    await advance();
    return events.length;
  }

  async deliver(now = new Date()): Promise<number> {
    const pending = await this.#webhooks.pending(500);
    // Per subject and subscriber only the oldest pending event may go: the next waits for it.
    const heads = new Map<string, DeliveryDoc>();
    for (const delivery of pending) {
      const key = `${delivery.subscriberId}|${delivery.subjectId}`;
      if (!heads.has(key)) heads.set(key, delivery);
    }
    const due = [...heads.values()].filter((d) => d.nextAttemptAt <= now);
    if (!due.length) return 0;
    const targets = new Map((await this.#webhooks.subscribersByIds(due.map((d) => d.subscriberId))).map((s) => [s._id, s]));
    // Sent side by side; the outcomes are then written in one bulk write (one round trip).
    const results = await Promise.all(
      due.map(async (delivery) => {
        const subscriber = targets.get(delivery.subscriberId);
        if (!subscriber) return { delivery, failure: 'subscriber removed', final: true };
        try {
          const response = await fetch(subscriber.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...signWebhook({ id: delivery.eventId, body: delivery.body }, this.#secretOf(subscriber)),
            },
            body: delivery.body,
            signal: AbortSignal.timeout(this.#config.timeoutMs),
            redirect: 'error',
          });
          await response.body?.cancel();
          return { delivery, failure: response.ok ? null : `HTTP ${response.status}`, final: false };
        } catch (error) {
          const failure = nameOf(error) === 'TimeoutError' ? `no answer within ${this.#config.timeoutMs} ms` : 'connection failed';
          return { delivery, failure, final: false };
        }
      }),
    );
    const deliveredAt = new Date();
    const outcomes = results.map(({ delivery, failure, final }): { id: string; set: Partial<DeliveryDoc> } => {
      if (!failure) return { id: delivery._id, set: { status: 'DELIVERED', deliveredAt, lastError: null } };
      const attempts = delivery.attempts + 1;
      const dead = final || attempts >= this.#config.maxAttempts;
      if (dead) this.#log.warn('webhook delivery dead-lettered', { delivery: delivery._id, attempts, failure });
      const wait = Math.min(this.#config.retryMaxMs, this.#config.retryBaseMs * 2 ** (attempts - 1));
      return {
        id: delivery._id,
        set: { attempts, lastError: failure, status: dead ? 'DEAD' : 'PENDING', nextAttemptAt: new Date(now.getTime() + wait) },
      };
    });
    await this.#webhooks.setOutcomes(outcomes);
    const sent = results.filter((o) => !o.failure).length;
    const dead = outcomes.filter((o) => o.set.status === 'DEAD').length;
    this.#counted.delivered += sent;
    this.#counted.failed += results.length - sent - dead;
    this.#counted.dead += dead;
    return sent;
  }

  async tick() {
    await this.fanOut();
    await this.deliver();
  }

  /** Prometheus series: deliveries by outcome since this process started. */
  metrics(): string[] {
    return [
      '# HELP living_profile_webhook_deliveries_total Webhook deliveries by outcome (failed: an attempt that will be retried).',
      '# TYPE living_profile_webhook_deliveries_total counter',
      ...Object.entries(this.#counted).map(
        ([outcome, n]) => `living_profile_webhook_deliveries_total{subgraph="${this.#host}",outcome="${outcome}"} ${n}`,
      ),
    ];
  }

  /** Catches up at once (events written before a crash go out now), then every `intervalMs`. */
  start() {
    this.#worker.start();
  }

  /** Stops, after the turn in flight. */
  stop() {
    return this.#worker.stop();
  }
}
