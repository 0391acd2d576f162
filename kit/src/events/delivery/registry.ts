import { randomBytes } from 'node:crypto';
import { assertAdmin, provenanceOf } from '../../authorize.ts';
import { type KeyRing, unwrapDataKey, wrapDataKey } from '../../crypto/keyRing.ts';
import { badUserInput, ErrorCode, LivingProfileError, notFound } from '../../errors.ts';
import { pageSize } from '../../paging.ts';
import { ID_RULE, isId } from '../../slugs.ts';
import { bucketOf } from '../../timeBuckets.ts';
import type { Viewer } from '../../viewer.ts';
import { EventCatalogue, readDeclaration, type EventDeclaration } from '../catalogue.ts';
import type { DomainEvent } from '../domainEvents.ts';
import { RELAY_BUCKET_MS } from '../relayFeed.ts';
import type { DeliveryDoc, DeliveryStatus, SubscriberDoc } from './models.ts';
import type { DeliveryStore } from './store.ts';

/** How long a replica reuses the declarations it read before reading them again. */
const CATALOGUE_TTL_MS = 5_000;

const keyContext = (id: string) => `webhook-subscriber:${id}`;

export interface SubscriberInput {
  id: string;
  url: string;
  eventTypes: string[];
  purposes: string[];
}

/**
 * The registry of downstream systems and what was delivered to them (administrators), and where
 * the subgraphs' events and event declarations arrive.
 *
 * `own`: the event types of the process hosting the engine (its own feed's, declared in its code).
 * `purposeCheck`: the host's answer to whether `purpose:CHANNEL` names a purpose it knows.
 */
export class WebhookRegistry {
  readonly #webhooks: DeliveryStore;
  readonly #keyRing: KeyRing;
  readonly #own: EventDeclaration;
  readonly #purposeCheck: () => Promise<(purpose: string, channel: string) => boolean>;
  #cached: { catalogue: EventCatalogue; until: number } | undefined;

  constructor({
    store,
    keyRing,
    own,
    purposeCheck,
  }: {
    store: DeliveryStore;
    keyRing: KeyRing;
    own: EventDeclaration;
    purposeCheck: () => Promise<(purpose: string, channel: string) => boolean>;
  }) {
    this.#webhooks = store;
    this.#keyRing = keyRing;
    this.#own = own;
    this.#purposeCheck = purposeCheck;
  }

  /** A subscriber's signing secret, unwrapped (bound: the relay is handed it). */
  readonly secretOf = (subscriber: SubscriberDoc): string =>
    `whsec_${unwrapDataKey(this.#keyRing, subscriber.secret, keyContext(subscriber._id)).toString('base64')}`;

  /** The event types declared to this engine: its host's and those the subgraphs' outboxes declared. */
  async catalogue({ fresh = false } = {}): Promise<EventCatalogue> {
    if (!fresh && this.#cached && this.#cached.until > Date.now()) return this.#cached.catalogue;
    const stored = (await this.#webhooks.declarations()).filter((d) => d._id !== this.#own.source);
    const catalogue = new EventCatalogue([this.#own, ...stored.map((d) => ({ source: d._id, types: d.types }))]);
    this.#cached = { catalogue, until: Date.now() + CATALOGUE_TTL_MS };
    return catalogue;
  }

  async #validate(input: SubscriberInput) {
    if (!isId(input.id)) throw badUserInput(`A subscriber id is ${ID_RULE}.`, 'input.id');
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      throw badUserInput('url is not a URL.', 'input.url');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badUserInput('url must be http(s).', 'input.url');
    if (url.username || url.password) throw badUserInput('url must not carry credentials; the signature authenticates us.', 'input.url');
    if (!input.eventTypes.length) throw badUserInput('Name at least one event type (or "*").', 'input.eventTypes');
    const declared = input.eventTypes.some((type) => type !== '*') ? await this.catalogue({ fresh: true }) : null;
    input.eventTypes.forEach((type, i) => {
      if (type !== '*' && !declared?.get(type)) {
        throw badUserInput(
          `Unknown event type "${type}"; declared: ${declared?.types().join(', ')} (a subgraph's event types are known once it has started).`,
          `input.eventTypes[${i}]`,
        );
      }
    });
    const knows = await this.#purposeCheck();
    input.purposes.forEach((pair, i) => {
      const [purpose, channel] = pair.split(':');
      if (!purpose || !channel || !knows(purpose, channel)) {
        throw badUserInput(`"${pair}" is not purpose:CHANNEL with a known purpose and channel.`, `input.purposes[${i}]`);
      }
    });
  }

  /** Registers a subscriber and answers its signing secret, once (administrators). */
  async register(viewer: Viewer, input: SubscriberInput): Promise<{ subscriber: SubscriberDoc; secret: string }> {
    assertAdmin(viewer);
    const by = provenanceOf(viewer);
    await this.#validate(input);
    const key = randomBytes(32);
    const subscriber: SubscriberDoc = {
      _id: input.id,
      url: input.url,
      eventTypes: input.eventTypes,
      purposes: input.purposes,
      secret: wrapDataKey(this.#keyRing, key, keyContext(input.id)),
      createdAt: by.at,
      createdBy: by,
    };
    if (!(await this.#webhooks.insertSubscriber(subscriber)))
      throw new LivingProfileError(ErrorCode.CONFLICT, `Subscriber ${input.id} exists.`);
    return { subscriber, secret: `whsec_${key.toString('base64')}` };
  }

  list(viewer: Viewer) {
    assertAdmin(viewer);
    return this.#webhooks.subscribers();
  }

  remove(viewer: Viewer, id: string): Promise<boolean> {
    assertAdmin(viewer);
    return this.#webhooks.removeSubscriber(id);
  }

  /** The newest deliveries, of one subscriber or in one status if asked (administrators). */
  deliveries(
    viewer: Viewer,
    { subscriberId, status, first }: { subscriberId?: string | null; status?: DeliveryStatus | null; first: number },
  ) {
    assertAdmin(viewer);
    return this.#webhooks.deliveries({ subscriberId, status, first: pageSize(first) });
  }

  /** Stores what a subgraph's outbox relay declared it raises (replacing what it declared before). */
  async declare(sent: unknown): Promise<void> {
    const read = readDeclaration(sent);
    if ('problem' in read) throw badUserInput(`The event declaration is refused: ${read.problem}.`, 'declares');
    const { declaration } = read;
    if (declaration.source === this.#own.source)
      throw badUserInput(`${this.#own.source}'s event types are declared in its code.`, 'declares');
    const current = await this.catalogue({ fresh: true });
    const taken = declaration.types.find((t) => {
      const holder = current.get(t.type)?.source;
      return holder !== undefined && holder !== declaration.source;
    });
    if (taken) throw badUserInput(`${taken.type} is declared by ${current.get(taken.type)?.source}.`, 'declares');
    await this.#webhooks.declare(declaration, new Date());
    this.#cached = undefined;
  }

  /**
   * Stores events a subgraph handed over; the same event twice is stored once. The relay sends
   * them on. Each must be of a type its source declared: an undeclared one refuses the call.
   */
  async receiveEvents(events: DomainEvent[]): Promise<void> {
    // A declaration travels with no events: nothing to check or store (and no catalogue to read).
    if (!events.length) return;
    let known = await this.catalogue();
    if (events.some((e) => !known.raisedBy(e.type, e.source))) known = await this.catalogue({ fresh: true });
    const stray = events.find((e) => !known.raisedBy(e.type, e.source));
    if (stray)
      throw badUserInput(`${stray.source} has not declared the event type ${stray.type}: declare it before handing it over.`, 'events');
    const receivedAt = new Date();
    // Handed over twice (the sender retried): stored once.
    await this.#webhooks.insertExternalEvents(
      events.map((e) => ({
        _id: e.id,
        type: e.type,
        subjectId: e.subjectId,
        at: new Date(e.occurredAt),
        source: e.source,
        data: e.data,
        receivedAt,
        relayBucket: bucketOf(receivedAt, RELAY_BUCKET_MS),
      })),
    );
  }

  /** Sends a dead-lettered delivery again, now (administrators). */
  async replay(viewer: Viewer, id: string): Promise<DeliveryDoc> {
    assertAdmin(viewer);
    const replayed = await this.#webhooks.replay(id);
    if (!replayed) throw notFound(`A dead-lettered delivery ${id}`);
    return replayed;
  }
}
