import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export type ConsentChannel = 'EMAIL' | 'SMS' | 'PUSH' | 'PHONE' | 'POST' | 'WEB' | 'IN_APP' | 'PARTNER';
export type ConsentStatus = 'GRANTED' | 'DENIED' | 'WITHDRAWN';

export interface ConsentDecision {
  purpose: string;
  channel: ConsentChannel;
  status: ConsentStatus;
  updatedAt: Date;
  lastChangedBy: Provenance;
}

/**
 * One document per subject; decisions keyed `purpose:CHANNEL`, so a change is a single-document
 * `$set` (FerretDB v1 has no positional `$` or arrayFilters, and no multi-document transactions).
 */
export interface ConsentRecordDoc {
  _id: string;
  decisions: Record<string, ConsentDecision>;
  updatedAt: Date;
  lastChangedBy: Provenance;
}

const consentRecordSchema = new Schema<ConsentRecordDoc>(
  {
    _id: { type: String, required: true },
    decisions: { type: Schema.Types.Mixed, default: {} },
    updatedAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'consent_records', versionKey: false, minimize: false },
);

export const consentRecordModel = (connection: Connection): Model<ConsentRecordDoc> =>
  connection.model<ConsentRecordDoc>('ConsentRecord', consentRecordSchema);
