import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '../../authorize.ts';
import type { WrappedKey } from '../../crypto/keyRing.ts';
import type { EventType } from '../catalogue.ts';

/** A downstream system (ESP, CRM, ads): where events go, which ones, and for which purposes it processes data. */
export interface SubscriberDoc {
  _id: string;
  url: string;
  eventTypes: string[];
  /** `purpose:CHANNEL` pairs it processes for, e.g. `marketing:EMAIL`: events of subjects who do not allow one are not sent. */
  purposes: string[];
  /** The signing secret's 32 bytes, wrapped by the key-encryption key ring (never stored in clear). */
  secret: WrappedKey;
  createdAt: Date;
  createdBy: Provenance;
}

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'SUPPRESSED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one subscriber: `_id` = `<event id>><subscriber>`, so fanning out twice is harmless. */
export interface DeliveryDoc {
  _id: string;
  subscriberId: string;
  eventId: string;
  subjectId: string;
  type: string;
  /** When the event happened: deliveries go out in this order per subject and subscriber. */
  occurredAt: Date;
  /** The exact JSON body that is signed and sent. */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  /** Why a SUPPRESSED event was not sent. */
  reason: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** An event a subgraph handed over through its outbox (identity, privacy …), to be relayed like the host's own feed. */
export interface ExternalEventDoc {
  _id: string;
  type: string;
  subjectId: string;
  at: Date;
  source: string;
  data: Record<string, unknown>;
  receivedAt: Date;
  /** `receivedAt` in RELAY_BUCKET_MS buckets, as for ledger entries. */
  relayBucket?: number;
}

/** How far the relay has fanned a feed out (documents at or after it, less a margin, are looked at again). */
export interface RelayStateDoc {
  _id: string;
  watermark: Date;
}

/** The event types one subgraph declared, as its outbox relay last declared them. */
export interface EventDeclarationDoc {
  /** The subgraph (the events' `source`). */
  _id: string;
  types: EventType[];
  declaredAt: Date;
}

const subscriberSchema = new Schema<SubscriberDoc>(
  {
    _id: { type: String, required: true },
    url: { type: String, required: true },
    eventTypes: { type: [String], required: true },
    purposes: { type: [String], required: true },
    secret: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'webhook_subscribers', versionKey: false },
);

const deliverySchema = new Schema<DeliveryDoc>(
  {
    _id: { type: String, required: true },
    subscriberId: { type: String, required: true },
    eventId: { type: String, required: true },
    subjectId: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    type: { type: String, required: true },
    body: { type: String, required: true },
    status: { type: String, enum: DELIVERY_STATUSES, required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: null },
    reason: { type: String, default: null },
    createdAt: { type: Date, required: true },
    deliveredAt: { type: Date, default: null },
  },
  { collection: 'webhook_deliveries', versionKey: false },
);
deliverySchema.index({ status: 1, subjectId: 1, occurredAt: 1 });
deliverySchema.index({ subscriberId: 1, createdAt: -1 });
deliverySchema.index({ subjectId: 1 });
// The retention sweep's expiry range (kit/src/retention.ts).
deliverySchema.index({ createdAt: 1 });

const externalEventSchema = new Schema<ExternalEventDoc>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    subjectId: { type: String, required: true },
    at: { type: Date, required: true },
    source: { type: String, required: true },
    data: { type: Schema.Types.Mixed, required: true },
    receivedAt: { type: Date, required: true },
    relayBucket: Number,
  },
  { collection: 'external_events', versionKey: false, minimize: false },
);
externalEventSchema.index({ relayBucket: 1 });
externalEventSchema.index({ receivedAt: 1 });
externalEventSchema.index({ subjectId: 1 });

const relayStateSchema = new Schema<RelayStateDoc>(
  { _id: { type: String, required: true }, watermark: { type: Date, required: true } },
  { collection: 'webhook_relay_state', versionKey: false },
);

const declarationSchema = new Schema<EventDeclarationDoc>(
  {
    _id: { type: String, required: true },
    types: { type: Schema.Types.Mixed, required: true },
    declaredAt: { type: Date, required: true },
  },
  { collection: 'event_declarations', versionKey: false },
);

export const subscriberModel = (c: Connection): Model<SubscriberDoc> => c.model<SubscriberDoc>('WebhookSubscriber', subscriberSchema);
export const deliveryModel = (c: Connection): Model<DeliveryDoc> => c.model<DeliveryDoc>('WebhookDelivery', deliverySchema);
export const relayStateModel = (c: Connection): Model<RelayStateDoc> => c.model<RelayStateDoc>('WebhookRelayState', relayStateSchema);
export const externalEventModel = (c: Connection): Model<ExternalEventDoc> =>
  c.model<ExternalEventDoc>('ExternalEvent', externalEventSchema);
export const declarationModel = (c: Connection): Model<EventDeclarationDoc> =>
  c.model<EventDeclarationDoc>('EventDeclaration', declarationSchema);
