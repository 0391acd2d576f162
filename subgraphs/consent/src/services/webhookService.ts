import { randomBytes } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { type KeyRing, unwrapDataKey, wrapDataKey } from '#kit/crypto/keyRing.ts';
import { badUserInput, ErrorCode, LivingProfileError, notFound } from '#kit/errors.ts';
import { CONSENT_CHANNELS, type PurposeDoc } from '../models/Purpose.ts';
import type { DomainEvent } from '#kit/domainEvents.ts';
import { onlyDuplicateKeys } from '#kit/mongo.ts';
import { bucketOf } from '#kit/timeBuckets.ts';
import { RELAY_BUCKET_MS } from '../models/LedgerEntry.ts';
import type { DeliveryDoc, DeliveryStatus, ExternalEventDoc, SubscriberDoc } from '../models/Webhook.ts';

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

const SUBSCRIBER_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const keyContext = (id: string) => `webhook-subscriber:${id}`;

export interface SubscriberInput {
  id: string;
  url: string;
  eventTypes: string[];
  purposes: string[];
}

/** The registry of downstream systems and what was delivered to them (administrators). */
export function webhookService({
  subscribers,
  deliveries,
  purposes,
  externalEvents,
  keyRing,
}: {
  subscribers: Model<SubscriberDoc>;
  deliveries: Model<DeliveryDoc>;
  purposes: Model<PurposeDoc>;
  externalEvents: Model<ExternalEventDoc>;
  keyRing: KeyRing;
}) {
  async function validate(input: SubscriberInput) {
    if (!SUBSCRIBER_ID.test(input.id)) throw badUserInput('A subscriber id is lower case letters, digits and dashes.', 'input.id');
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
    const known = new Set((await purposes.find({}, { _id: 1 }).lean<{ _id: string }[]>().exec()).map((p) => p._id));
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
      try {
        await subscribers.create(subscriber);
      } catch (error) {
        if ((error as { code?: number }).code === 11000) throw new LivingProfileError(ErrorCode.CONFLICT, `Subscriber ${input.id} exists.`);
        throw error;
      }
      return { subscriber, secret: `whsec_${key.toString('base64')}` };
    },

    list: () => subscribers.find().sort({ _id: 1 }).lean<SubscriberDoc[]>().exec(),

    async remove(id: string): Promise<boolean> {
      const { deletedCount } = await subscribers.deleteOne({ _id: id }).exec();
      return deletedCount === 1;
    },

    deliveries: ({ subscriberId, status, first }: { subscriberId?: string | null; status?: DeliveryStatus | null; first: number }) => {
      if (!Number.isInteger(first) || first < 1 || first > 500) throw badUserInput('first must be between 1 and 500.', 'first');
      return deliveries
        .find({ ...(subscriberId ? { subscriberId } : {}), ...(status ? { status } : {}) })
        .sort({ createdAt: -1, _id: 1 })
        .limit(first)
        .lean<DeliveryDoc[]>()
        .exec();
    },

    /** Stores events another subgraph handed over; the same event twice is stored once. The relay sends them on. */
    async receiveEvents(events: DomainEvent[]): Promise<void> {
      const receivedAt = new Date();
      try {
        await externalEvents.insertMany(
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
          { ordered: false },
        );
      } catch (error) {
        // Handed over twice (the sender retried): stored once.
        if (!onlyDuplicateKeys(error)) throw error;
      }
    },

    /** Sends a dead-lettered delivery again, now. */
    async replay(id: string): Promise<DeliveryDoc> {
      const replayed = await deliveries
        .findOneAndUpdate(
          { _id: id, status: 'DEAD' },
          { $set: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), lastError: null } },
          { new: true },
        )
        .lean<DeliveryDoc>()
        .exec();
      if (!replayed) throw notFound(`A dead-lettered delivery ${id}`);
      return replayed;
    },
  };
}

export type WebhookService = ReturnType<typeof webhookService>;
