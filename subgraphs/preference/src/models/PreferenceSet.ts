import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { withOutbox, type OutboxDoc } from '#kit/events/outbox.ts';
import { provenanceSchema } from '#kit/provenance.ts';
import { PREFERENCE_CHANNELS } from '../domain/channels.ts';
import type { FrequencyCap } from '../domain/frequencyCap.ts';
import type { Interest } from '../domain/interests.ts';
import type { QuietHours } from '../domain/quietHours.ts';

export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];
export type MessageFormat = 'HTML' | 'PLAIN_TEXT';

export interface PreferenceChange {
  field: string;
  previous: unknown;
  at: Date;
  by: Provenance;
}

/** One document per subject: what the customer wants. Each change is one write, with its history and its event. */
export interface PreferenceSetDoc extends OutboxDoc {
  _id: string;
  language?: string | null;
  format?: MessageFormat | null;
  channels: Partial<Record<PreferenceChannel, boolean>>;
  /** Preferred channel per topic. */
  topicChannels: Record<string, PreferenceChannel>;
  frequencyCaps: Partial<Record<PreferenceChannel, FrequencyCap>>;
  quietHours?: (QuietHours & { timeZone?: string | null }) | null;
  interests: Record<string, Interest>;
  history: PreferenceChange[];
  updatedAt: Date;
  lastChangedBy: Provenance;
}

const preferenceSetSchema = new Schema<PreferenceSetDoc>(
  {
    _id: { type: String, required: true },
    language: String,
    format: String,
    channels: { type: Schema.Types.Mixed, default: {} },
    topicChannels: { type: Schema.Types.Mixed, default: {} },
    frequencyCaps: { type: Schema.Types.Mixed, default: {} },
    quietHours: Schema.Types.Mixed,
    interests: { type: Schema.Types.Mixed, default: {} },
    history: {
      type: [new Schema({ field: String, previous: Schema.Types.Mixed, at: Date, by: provenanceSchema }, { _id: false })],
      default: [],
    },
    updatedAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'preference_sets', versionKey: false, minimize: false },
);

withOutbox(preferenceSetSchema);

export const preferenceSetModel = (connection: Connection): Model<PreferenceSetDoc> =>
  connection.model<PreferenceSetDoc>('PreferenceSet', preferenceSetSchema);

/** A topic customers can want or not (admin-managed); sends about it need consent for `purpose`. */
export interface TopicDoc {
  _id: string;
  name: string;
  description: string;
  purpose: string;
  updatedAt: Date;
  lastChangedBy: Provenance;
}

const topicSchema = new Schema<TopicDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, required: true },
    purpose: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'topics', versionKey: false },
);

export const topicModel = (connection: Connection): Model<TopicDoc> => connection.model<TopicDoc>('Topic', topicSchema);

/** A message an engagement system sent, reported back: what frequency caps count. */
export interface SendDoc {
  /** `${source}:${sendId}`: reporting a send twice counts it once. */
  _id: string;
  subjectId: string;
  channel: PreferenceChannel;
  topic: string;
  sentAt: Date;
  source: string;
}

const sendSchema = new Schema<SendDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    channel: { type: String, required: true },
    topic: { type: String, required: true },
    sentAt: { type: Date, required: true },
    source: { type: String, required: true },
  },
  { collection: 'sends', versionKey: false },
);
sendSchema.index({ subjectId: 1, channel: 1, sentAt: -1 });
// The retention sweep's expiry range (kit/src/retention.ts).
sendSchema.index({ sentAt: 1 });

export const sendModel = (connection: Connection): Model<SendDoc> => connection.model<SendDoc>('Send', sendSchema);
