import type { AnyBulkWriteOperation, Connection } from 'mongoose';
import { findByKeys, insertManyNew, insertNew, retryOnDuplicate } from '../../mongo.ts';
import type { EventDeclaration } from '../catalogue.ts';
import { relayFeed } from '../relayFeed.ts';
import {
  declarationModel,
  deliveryModel,
  externalEventModel,
  relayStateModel,
  subscriberModel,
  type DeliveryDoc,
  type DeliveryStatus,
  type EventDeclarationDoc,
  type ExternalEventDoc,
  type RelayStateDoc,
  type SubscriberDoc,
} from './models.ts';

/**
 * Every query and write of the delivery engine, on the connection of the process that hosts it:
 * webhook subscribers, their deliveries, the relay's marks, handed-over events and the event
 * types each subgraph declared.
 */
export function deliveryStore(connection: Connection) {
  const subscribers = subscriberModel(connection);
  const deliveries = deliveryModel(connection);
  const relayState = relayStateModel(connection);
  const externalEvents = externalEventModel(connection);
  const declarations = declarationModel(connection);
  return {
    /** Registers a subscriber; false when the id is taken. */
    insertSubscriber: (subscriber: SubscriberDoc): Promise<boolean> => insertNew(subscribers, subscriber),

    subscribers: () => subscribers.find().sort({ _id: 1 }).lean<SubscriberDoc[]>().exec(),
    subscribersByIds: (ids: readonly string[]) => findByKeys<SubscriberDoc>(subscribers, '_id', ids),
    removeSubscriber: async (id: string) => (await subscribers.deleteOne({ _id: id }).exec()).deletedCount === 1,

    /** The newest deliveries, optionally of one subscriber or in one status. */
    deliveries: ({ subscriberId, status, first }: { subscriberId?: string | null; status?: DeliveryStatus | null; first: number }) =>
      deliveries
        .find({ ...(subscriberId ? { subscriberId } : {}), ...(status ? { status } : {}) })
        .sort({ createdAt: -1, _id: 1 })
        .limit(first)
        .lean<DeliveryDoc[]>()
        .exec(),

    /** Stores planned deliveries; one fanned out before (its id is the event's and the subscriber's) stays as it was. */
    insertDeliveries: (planned: readonly DeliveryDoc[]) => insertManyNew(deliveries, planned),

    /** Pending deliveries, oldest first per subject. */
    pending: (limit: number) =>
      deliveries.find({ status: 'PENDING' }).sort({ subjectId: 1, occurredAt: 1, _id: 1 }).limit(limit).lean<DeliveryDoc[]>().exec(),

    /** Each delivery's outcome (delivered, retried, dead-lettered), in one bulk write. */
    setOutcomes: async (outcomes: readonly { id: string; set: Partial<DeliveryDoc> }[]) => {
      if (!outcomes.length) return;
      const updates: AnyBulkWriteOperation<DeliveryDoc>[] = outcomes.map(({ id, set }) => ({
        updateOne: { filter: { _id: id }, update: { $set: set } },
      }));
      await deliveries.bulkWrite(updates, { ordered: false });
    },

    /** A dead-lettered delivery pending again, now; null when there is no such dead letter. */
    replay: (id: string) =>
      deliveries
        .findOneAndUpdate(
          { _id: id, status: 'DEAD' },
          { $set: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), lastError: null } },
          { new: true },
        )
        .lean<DeliveryDoc>()
        .exec(),

    /** What was sent (or not) about a subject, oldest first, without the bodies. */
    deliveriesAbout: (subjectId: string) =>
      deliveries
        .find({ subjectId }, { subscriberId: 1, type: 1, status: 1, createdAt: 1, deliveredAt: 1, reason: 1 })
        .sort({ occurredAt: 1 })
        .lean()
        .exec(),

    /** Removes the deliveries about a subject, except the erasure's own. */
    forgetDeliveriesAbout: async (subjectId: string) =>
      (await deliveries.deleteMany({ subjectId, type: { $ne: 'subject.erased' } }).exec()).deletedCount,

    /** The subscribers something about this subject was delivered to. */
    recipientsOf: async (subjectId: string) =>
      (
        await deliveries.find({ subjectId, status: 'DELIVERED' }, { subscriberId: 1 }).lean<Pick<DeliveryDoc, 'subscriberId'>[]>().exec()
      ).map((d) => d.subscriberId),

    /** Where the relay has fanned out to, per feed. */
    mark: async (name: string) => (await relayState.findById(name).lean<RelayStateDoc>().exec())?.watermark ?? null,
    setMark: async (name: string, watermark: Date) => {
      await relayState.updateOne({ _id: name }, { $set: { watermark } }, { upsert: true }).exec();
    },

    /** The events handed over about a subject, oldest first (what the subject-rights contract exports). */
    externalEventsAbout: (subjectId: string) =>
      externalEvents
        .find({ subjectId }, { type: 1, at: 1, source: 1, data: 1, receivedAt: 1 })
        .sort({ at: 1 })
        .lean<ExternalEventDoc[]>()
        .exec(),

    /** Removes the events handed over about a subject, except those of the types kept (the erasure announcements). */
    forgetExternalEventsAbout: async (subjectId: string, keep: readonly string[]) =>
      (await externalEvents.deleteMany({ subjectId, type: { $nin: [...keep] } }).exec()).deletedCount,

    /** Stores events another subgraph handed over; the same event twice is stored once. */
    insertExternalEvents: (events: readonly ExternalEventDoc[]) => insertManyNew(externalEvents, events),

    /** What the webhook relay reads: handed-over events by when they arrived. */
    externalFeed: relayFeed<ExternalEventDoc>(externalEvents, 'receivedAt'),

    /** Stores (or replaces) what one subgraph declared; two first declarations at once both succeed (two relays, two replicas). */
    declare: async ({ source, types }: EventDeclaration, at: Date) => {
      await retryOnDuplicate(() =>
        declarations.replaceOne({ _id: source }, { _id: source, types, declaredAt: at }, { upsert: true }).exec(),
      );
    },

    /** Every declaration held, by subgraph. */
    declarations: () => declarations.find().sort({ _id: 1 }).lean<EventDeclarationDoc[]>().exec(),
  };
}

export type DeliveryStore = ReturnType<typeof deliveryStore>;
