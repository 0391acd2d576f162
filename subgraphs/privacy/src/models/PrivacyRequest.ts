import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export const PRIVACY_REQUEST_TYPES = [
  'ACCESS',
  'PORTABILITY',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'OBJECTION',
  'AUTOMATED_DECISION_OPT_OUT',
] as const;
export type PrivacyRequestType = (typeof PRIVACY_REQUEST_TYPES)[number];
export type PrivacyRequestStatus = 'RECEIVED' | 'IN_PROGRESS' | 'COMPLETED' | 'REJECTED';

export interface PrivacyRequestDoc {
  _id: string;
  subjectId: string;
  type: PrivacyRequestType;
  status: PrivacyRequestStatus;
  /** `subjectId:type` while the request is open, absent once closed: at most one open request per type. */
  openKey?: string;
  receivedAt: Date;
  dueAt: Date;
  lastChangedBy: Provenance;
}

const privacyRequestSchema = new Schema<PrivacyRequestDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    type: { type: String, enum: PRIVACY_REQUEST_TYPES, required: true },
    status: { type: String, enum: ['RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED'], required: true },
    openKey: String,
    receivedAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'privacy_requests', versionKey: false },
);
privacyRequestSchema.index({ subjectId: 1, receivedAt: -1 });
privacyRequestSchema.index({ openKey: 1 }, { unique: true, sparse: true });

export const privacyRequestModel = (connection: Connection): Model<PrivacyRequestDoc> =>
  connection.model<PrivacyRequestDoc>('PrivacyRequest', privacyRequestSchema);
