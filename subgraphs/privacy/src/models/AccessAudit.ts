import { Schema, type Connection, type Model } from 'mongoose';

/**
 * Who read which personal fields of which subject, when, through which client and for what stated
 * purpose: recorded by the gateway. Field names only, never values. It is how an access request
 * can name the recipients of the customer's data.
 */
export interface AccessAuditDoc {
  _id: string;
  subjectId: string;
  clientId: string;
  actor: string | null;
  roles: string[];
  channel: string;
  fields: string[];
  /** The purpose the caller stated (free text: it may name the person), sealed with the subject's key. */
  purposeSealed?: string | null;
  /** Entries recorded before purposes were sealed. */
  purpose?: string | null;
  operationName: string | null;
  at: Date;
  /** Nothing was disclosed: why the read was refused (the customer had not allowed the client's purpose). */
  refused?: string | null;
}

const accessAuditSchema = new Schema<AccessAuditDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    clientId: { type: String, required: true },
    actor: String,
    roles: { type: [String], default: [] },
    channel: { type: String, required: true },
    fields: { type: [String], default: [] },
    purposeSealed: String,
    purpose: String,
    operationName: String,
    at: { type: Date, required: true },
    refused: String,
  },
  { collection: 'access_audit', versionKey: false },
);
accessAuditSchema.index({ subjectId: 1, at: -1 });
// The retention sweep's expiry range (kit/src/retention.ts).
accessAuditSchema.index({ at: 1 });

export const accessAuditModel = (connection: Connection): Model<AccessAuditDoc> =>
  connection.model<AccessAuditDoc>('AccessAudit', accessAuditSchema);
