import { documentLocks } from '#kit/locks.ts';
import { runOnce } from '#kit/migrations.ts';
import { takingTurns } from '#kit/turns.ts';
import type { Logger } from '#kit/log.ts';
import { signWebhook } from '#kit/webhooks.ts';
import { foldLedger } from '../domain/state.ts';
import { decide } from '../domain/permission.ts';
import type { LedgerEntryDoc } from '../models/LedgerEntry.ts';
import type { DeliveryDoc, SubscriberDoc } from '../models/Webhook.ts';
import type { CatalogueStore } from '../store/catalogueStore.ts';
import type { LedgerStore } from '../store/ledgerStore.ts';
import type { WebhookStore } from '../store/webhookStore.ts';
import type { RelayConfig } from '../config.ts';
import { TRANSACTIONAL_EVENT_TYPES } from './webhookService.ts';

/** What a ledger entry means to the systems downstream; entries that map to nothing are not sent. */
export function eventTypeOf(entry: Pick<LedgerEntryDoc, 'type' | 'content'>): string | null {
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

/** Events that tell a subscriber to stop: always sent to those whose purposes they concern. */
const STOPPING = new Set([
  'consent.withdrawn',
  'consent.denied',
  'processing.restricted',
  'objection.recorded',
  'subject.erased',
  'profile.erased',
]);

/** Entries written this long before the watermark are looked at again (writers set `at` before inserting). */
const MARGIN_MS = 60_000;
/** Ledger entries, and handed-over events, read at most per poll. */
const PER_POLL = 500;

/**
 * The consent outbox relay. The ledger entry is the event: it is written in the same single-document
 * insert as the change, so a crash can never keep one without the other. The relay reads new
 * entries in time order and fans each out into one delivery per interested subscriber, with ids
 * that make a second fan-out after a crash harmless; deliveries are then sent, signed (Standard
 * Webhooks), oldest first per subject and subscriber, retried with exponential backoff and
 * dead-lettered after `maxAttempts` (replayable). A subject who withdrew consent for a purpose a
 * subscriber serves, objected to it, or restricted processing, gets nothing sent to that
 * subscriber except the event that tells it to stop. At least once: receivers deduplicate by id.
 */
export function webhookRelay({
  ledger,
  catalogue,
  webhooks,
  secretOf,
  config,
  log,
}: {
  ledger: LedgerStore;
  catalogue: CatalogueStore;
  webhooks: WebhookStore;
  secretOf: (subscriber: SubscriberDoc) => string;
  config: RelayConfig;
  log: Logger;
}) {
  const fannedOut = new Map<string, number>();
  const counted = { delivered: 0, failed: 0, dead: 0, suppressed: 0 };

  async function loadMarks() {
    await bucketsReady;
    const [ledgerMark, externalMark] = await Promise.all([webhooks.mark('ledger'), webhooks.mark('external')]);
    return { ledger: ledgerMark, external: externalMark };
  }

  /**
   * An upgrade step (runOnce, `relay-buckets`): entries and events written before they carried a relay
   * bucket, and not fanned out yet, get one (a scan, once), and a relay that never ran starts from
   * the oldest of them, or from now; pending double opt-ins get their token hash as a field. After
   * this, every poll is bucket lookups.
   */
  async function addRelayBuckets(): Promise<void> {
    const started = new Date();
    const ledgerLocks = documentLocks(ledger.connection, 'ledger');
    for (const [mark, feed] of [
      ['ledger', ledger.feed],
      ['external', webhooks.externalFeed],
    ] as const) {
      const watermark = await webhooks.mark(mark);
      const missing = await feed.withoutBucket(new Date((watermark?.getTime() ?? 0) - MARGIN_MS));
      for (const doc of missing) {
        const set = () => feed.giveBucket(doc._id, doc.at);
        // Ledger entries are changed only under their subject's lock (an erasure may be removing a personal part).
        await (mark === 'ledger' ? ledgerLocks.run(doc.subjectId, set) : set());
      }
      if (!watermark) {
        // Never fanned out: from the oldest entry (written by a replica that carried buckets already, or not).
        const first = await feed.oldest();
        const oldest = first && first < started ? first : started;
        await webhooks.setMark(mark, new Date(oldest.getTime() + MARGIN_MS));
      }
    }
    // Double opt-ins asked for before their token hash was a field of its own (a scan, once).
    for (const entry of await ledger.pendingWithoutTokenHash()) {
      const { tokenHash } = entry.content;
      if (typeof tokenHash === 'string') await ledgerLocks.run(entry.subjectId, () => ledger.setTokenHash(entry._id, tokenHash));
    }
  }
  let bucketsReady: Promise<void> | undefined;

  /** Ledger entries and handed-over events not fanned out yet, as one list of events. */
  async function newEvents(): Promise<{ events: RelayEvent[]; advance: () => Promise<void> }> {
    // The watermarks as stored, every poll: another replica may have had the turns before.
    bucketsReady ??= runOnce(ledger.connection, 'relay-buckets', addRelayBuckets).then(
      () => undefined,
      (error: unknown) => {
        bucketsReady = undefined;
        throw error;
      },
    );
    const known = await loadMarks();
    const polledAt = new Date();
    const since = (mark: Date | null) => new Date((mark?.getTime() ?? Date.now()) - MARGIN_MS);
    const [entries, external] = await Promise.all([
      ledger.feed.since(since(known.ledger), PER_POLL),
      webhooks.externalFeed.since(since(known.external), PER_POLL),
    ]);
    const events: RelayEvent[] = [];
    for (const entry of entries) {
      const type = eventTypeOf(entry);
      if (!type || fannedOut.has(entry._id)) continue;
      events.push({
        key: entry._id,
        id: eventIdOf(entry),
        type,
        subjectId: entry.subjectId,
        at: entry.at,
        asOf: (e) => e.seq <= entry.seq,
        purpose: typeof entry.content.purpose === 'string' ? entry.content.purpose : null,
        source: 'consent',
        data: minimalData(entry),
        cameFrom: (entry.content.importedFrom as { source?: string } | null | undefined)?.source ?? null,
      });
    }
    for (const event of external) {
      if (fannedOut.has(event._id)) continue;
      events.push({
        key: event._id,
        id: event._id,
        type: event.type,
        subjectId: event.subjectId,
        at: event.at,
        asOf: (e) => e.at <= event.at,
        purpose: typeof event.data.purpose === 'string' ? event.data.purpose : null,
        source: event.source,
        data: event.data,
        // Subgraphs name the client that made the change: a source system's own change is not sent back to it.
        cameFrom: typeof event.data.origin === 'string' ? event.data.origin : null,
      });
    }
    const advance = async () => {
      const nowMs = Date.now();
      for (const e of entries) fannedOut.set(e._id, nowMs);
      for (const e of external) fannedOut.set(e._id, nowMs);
      for (const [id, at] of fannedOut) if (at < nowMs - 3 * MARGIN_MS) fannedOut.delete(id);
      // A poll that read less than its limit has seen everything up to when it began: the mark
      // moves there even without entries (a quiet ledger would otherwise be read from an old mark,
      // bucket by bucket, every poll), stored at most once a margin when nothing new came.
      const move = async (mark: 'ledger' | 'external', read: Date[]) => {
        const next = read.length < PER_POLL ? polledAt : read.at(-1)!;
        const current = known[mark];
        if (current && next.getTime() - current.getTime() < (read.length ? 1 : MARGIN_MS)) return;
        await webhooks.setMark(mark, next);
        known[mark] = next;
      };
      await move(
        'ledger',
        entries.map((e) => e.at),
      );
      await move(
        'external',
        external.map((e) => e.receivedAt),
      );
    };
    return { events, advance };
  }

  async function fanOut(now = new Date()): Promise<number> {
    const { events, advance } = await newEvents();
    if (events.length) {
      const all = await webhooks.subscribers();
      const purposes = new Map((await catalogue.list()).map((p) => [p._id, p]));
      const subjects = [...new Set(events.map((e) => e.subjectId))];
      const histories = new Map<string, LedgerEntryDoc[]>();
      for (const entry of await ledger.entriesFor(subjects)) {
        histories.set(entry.subjectId, [...(histories.get(entry.subjectId) ?? []), entry]);
      }
      const planned: DeliveryDoc[] = [];
      const erasedNow = new Set([...histories].filter(([, entries]) => foldLedger(entries).erasedAt).map(([id]) => id));
      for (const event of events) {
        // An event still on its way when the subject was erased is not sent, nor recorded: after an
        // erasure a subscriber hears only that it happened (and no record about them is left here).
        if (erasedNow.has(event.subjectId) && event.type !== 'subject.erased' && event.type !== 'profile.erased') continue;
        // The subject's consent as of the event: the decision in force when it happened.
        const stateThen = foldLedger((histories.get(event.subjectId) ?? []).filter(event.asOf));
        for (const subscriber of all) {
          const transactional = TRANSACTIONAL_EVENT_TYPES.has(event.type);
          if (!subscriber.eventTypes.includes(event.type) && (transactional || !subscriber.eventTypes.includes('*'))) continue;
          // A change a system sent us is not echoed back to it (no loops), only passed on to the others.
          if (event.cameFrom === subscriber._id) continue;
          // A subscriber hears of what happened after it subscribed (a re-scan after a restart must not reach back).
          if (event.at < subscriber.createdAt) continue;
          const served = subscriber.purposes.map((p) => p.split(':') as [string, string]);
          const concernsIt = event.purpose === null || served.some(([purpose]) => purpose === event.purpose);
          const refused = served
            .map(([purpose, channel]) => ({
              pair: `${purpose}:${channel}`,
              permission: decide(stateThen, purposes.get(purpose), channel, event.at),
            }))
            .find(({ permission }) => !permission.allowed);
          const suppressed = refused && !transactional && !(STOPPING.has(event.type) && concernsIt);
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
        counted.suppressed += planned.filter((d) => d.status === 'SUPPRESSED').length;
        // A delivery fanned out before a crash is already there: that is the point of its id.
        await webhooks.insertDeliveries(planned);
      }
    }
    await advance();
    return events.length;
  }

  async function deliver(now = new Date()): Promise<number> {
    const pending = await webhooks.pending(500);
    // Per subject and subscriber only the oldest pending event may go: the next waits for it.
    const heads = new Map<string, DeliveryDoc>();
    for (const delivery of pending) {
      const key = `${delivery.subscriberId}|${delivery.subjectId}`;
      if (!heads.has(key)) heads.set(key, delivery);
    }
    const due = [...heads.values()].filter((d) => d.nextAttemptAt <= now);
    if (!due.length) return 0;
    const targets = new Map((await webhooks.subscribersByIds(due.map((d) => d.subscriberId))).map((s) => [s._id, s]));
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
              ...signWebhook({ id: delivery.eventId, body: delivery.body }, secretOf(subscriber)),
            },
            body: delivery.body,
            signal: AbortSignal.timeout(config.timeoutMs),
            redirect: 'error',
          });
          await response.body?.cancel();
          return { delivery, failure: response.ok ? null : `HTTP ${response.status}`, final: false };
        } catch (error) {
          const failure = (error as Error).name === 'TimeoutError' ? `no answer within ${config.timeoutMs} ms` : 'connection failed';
          return { delivery, failure, final: false };
        }
      }),
    );
    const deliveredAt = new Date();
    const outcomes = results.map(({ delivery, failure, final }): { id: string; set: Partial<DeliveryDoc> } => {
      if (!failure) return { id: delivery._id, set: { status: 'DELIVERED', deliveredAt, lastError: null } };
      const attempts = delivery.attempts + 1;
      const dead = final || attempts >= config.maxAttempts;
      if (dead) log.warn('webhook delivery dead-lettered', { delivery: delivery._id, attempts, failure });
      const wait = Math.min(config.retryMaxMs, config.retryBaseMs * 2 ** (attempts - 1));
      return {
        id: delivery._id,
        set: { attempts, lastError: failure, status: dead ? 'DEAD' : 'PENDING', nextAttemptAt: new Date(now.getTime() + wait) },
      };
    });
    await webhooks.setOutcomes(outcomes);
    const sent = results.filter((o) => !o.failure).length;
    const dead = outcomes.filter((o) => o.set.status === 'DEAD').length;
    counted.delivered += sent;
    counted.failed += results.length - sent - dead;
    counted.dead += dead;
    return sent;
  }

  async function tick() {
    await fanOut();
    await deliver();
  }

  /** One replica at a time relays. */
  const worker = takingTurns({
    connection: webhooks.connection,
    name: 'webhook-relay',
    intervalMs: config.intervalMs,
    turn: tick,
    onError: (error) => log.error('webhook relay tick failed', error),
  });

  return {
    fanOut,
    deliver,
    tick,
    /** Prometheus series: deliveries by outcome since this process started. */
    metrics: (): string[] => [
      '# HELP living_profile_webhook_deliveries_total Webhook deliveries by outcome (failed: an attempt that will be retried).',
      '# TYPE living_profile_webhook_deliveries_total counter',
      ...Object.entries(counted).map(
        ([outcome, n]) => `living_profile_webhook_deliveries_total{subgraph="consent",outcome="${outcome}"} ${n}`,
      ),
    ],
    /** Catches up at once (events written before a crash go out now), then every `intervalMs`. */
    start: () => worker.start(),
    /** Stops, after the turn in flight. */
    stop: () => worker.stop(),
  };
}

export type WebhookRelay = ReturnType<typeof webhookRelay>;

interface RelayEvent {
  /** What `fannedOut` remembers: the ledger entry's or the handed-over event's id. */
  key: string;
  id: string;
  type: string;
  subjectId: string;
  at: Date;
  /** Which of the subject's ledger entries were in force when it happened. */
  asOf: (entry: LedgerEntryDoc) => boolean;
  purpose: string | null;
  source: string;
  data: Record<string, unknown>;
  /** The subscriber whose inbound change this is (an import from its source id), if any. */
  cameFrom: string | null;
}

export const eventIdOf = (entry: Pick<LedgerEntryDoc, '_id'>) => `evt_consent_${entry._id.replace(':', '_')}`;

/** Only what a downstream system needs to act: the purpose, channel and new status, never proof details. */
function minimalData(entry: LedgerEntryDoc): Record<string, unknown> {
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
