import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export const PREFERENCE_CHANNELS = ['EMAIL', 'SMS', 'PUSH', 'PHONE', 'POST', 'IN_APP'] as const;
export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];

/** One document per subject: a change is one single-document `$set`. */
export interface PreferenceSetDoc {
  _id: string;
  language?: string;
  channels: Partial<Record<PreferenceChannel, boolean>>;
  updatedAt: Date;
  lastChangedBy: Provenance;
}

const preferenceSetSchema = new Schema<PreferenceSetDoc>(
  {
    _id: { type: String, required: true },
    language: String,
    channels: { type: Schema.Types.Mixed, default: {} },
    updatedAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'preference_sets', versionKey: false, minimize: false },
);

export const preferenceSetModel = (connection: Connection): Model<PreferenceSetDoc> =>
  connection.model<PreferenceSetDoc>('PreferenceSet', preferenceSetSchema);
