import { ID_RULE, isId } from '#kit/slugs.ts';
import { pageSize } from '#kit/paging.ts';
import { randomBytes } from 'node:crypto';
import type { Provenance } from '#kit/authorize.ts';
import { type KeyRing, unwrapDataKey, wrapDataKey } from '#kit/crypto/keyRing.ts';
import { badUserInput, ErrorCode, LivingProfileError, notFound } from '#kit/errors.ts';
import { CONSENT_CHANNELS } from '../domain/channels.ts';
import type { DomainEvent } from '#kit/domainEvents.ts';
import { bucketOf } from '#kit/timeBuckets.ts';
import { RELAY_BUCKET_MS } from '../domain/ledgerKeys.ts';
import type { DeliveryDoc, DeliveryStatus, SubscriberDoc } from '../models/Webhook.ts';
import type { CatalogueStore } from '../store/catalogueStore.ts';
import type { WebhookStore } from '../store/webhookStore.ts';

/** The events a subscriber may ask for (`*` for all). */
export const EVENT_TYPES = [
  'consent.granted',
  'consent.withdrawn',
  'consent.denied',
  'processing.restricted',
  'processing.unrestricted',
  'objection.recorded',
  'objection.withdrawn',
  'automated_decisions.opted_out',
  'automated_decisions.opted_in',
  'sale_sharing.opted_out',
  'sale_sharing.opted_in',
  'subject.erased',
  // Handed over by the identity subgraph's outbox.
  'profile.created',
  'profile.updated',
  'profile.merged',
  'profile.unmerged',
  'profile.erased',
  'contact.verification_requested',
  // Preference.
  'preference.changed',
  // Offer.
  'offer.dismissed',
  'offer.redeemed',
  // Privacy.
  'privacy_request.completed',
  'privacy_request.near_deadline',
] as const;

/**
 * Messages the customer asked for, carrying what must be sent (a one-time code and where to):
 * only for subscribers that name the type (never `*`), and never held back by marketing consent.
 */
export const TRANSACTIONAL_EVENT_TYPES: ReadonlySet<string> = new Set(['contact.verification_requested']);

const keyContext = (id: string) => `webhook-subscriber:${id}`;

export interface SubscriberInput {
  id: string;
  url: string;
  eventTypes: string[];
  purposes: string[];
}

/** The registry of downstream systems and what was delivered to them (administrators). */
export function webhookService({ webhooks, catalogue, keyRing }: { webhooks: WebhookStore; catalogue: CatalogueStore; keyRing: KeyRing }) {
  async function validate(input: SubscriberInput) {
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
    input.eventTypes.forEach((type, i) => {
      if (type !== '*' && !(EVENT_TYPES as readonly string[]).includes(type)) {
        throw badUserInput(`Unknown event type "${type}"; known: ${EVENT_TYPES.join(', ')}.`, `input.eventTypes[${i}]`);
      }
    });
    const known = new Set((await catalogue.list()).map((p) => p._id));
    input.purposes.forEach((pair, i) => {
      const [purpose, channel] = pair.split(':');
      if (!purpose || !known.has(purpose) || !channel || !(CONSENT_CHANNELS as readonly string[]).includes(channel)) {
        throw badUserInput(`"${pair}" is not purpose:CHANNEL with a known purpose and channel.`, `input.purposes[${i}]`);
      }
    });
  }

  return {
    secretOf: (subscriber: SubscriberDoc) =>
      `whsec_${unwrapDataKey(keyRing, subscriber.secret, keyContext(subscriber._id)).toString('base64')}`,

    async register(input: SubscriberInput, by: Provenance): Promise<{ subscriber: SubscriberDoc; secret: string }> {
      await validate(input);
      const key = randomBytes(32);
      const subscriber: SubscriberDoc = {
        _id: input.id,
        url: input.url,
        eventTypes: input.eventTypes,
        purposes: input.purposes,
        secret: wrapDataKey(keyRing, key, keyContext(input.id)),
        createdAt: by.at,
        createdBy: by,
      };
      if (!(await webhooks.insertSubscriber(subscriber)))
        throw new LivingProfileError(ErrorCode.CONFLICT, `Subscriber ${input.id} exists.`);
      return { subscriber, secret: `whsec_${key.toString('base64')}` };
    },

    list: () => webhooks.subscribers(),

    remove: (id: string): Promise<boolean> => webhooks.removeSubscriber(id),

    deliveries: ({ subscriberId, status, first }: { subscriberId?: string | null; status?: DeliveryStatus | null; first: number }) => {
      return webhooks.deliveries({ subscriberId, status, first: pageSize(first) });
    },

    /** Stores events another subgraph handed over; the same event twice is stored once. The relay sends them on. */
    async receiveEvents(events: DomainEvent[]): Promise<void> {
      const receivedAt = new Date();
      // Handed over twice (the sender retried): stored once.
      await webhooks.insertExternalEvents(
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
    },

    /** Sends a dead-lettered delivery again, now. */
    async replay(id: string): Promise<DeliveryDoc> {
      const replayed = await webhooks.replay(id);
      if (!replayed) throw notFound(`A dead-lettered delivery ${id}`);
      return replayed;
    },
  };
}

export type WebhookService = ReturnType<typeof webhookService>;
