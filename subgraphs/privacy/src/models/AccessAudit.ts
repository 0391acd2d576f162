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
  purpose: string | null;
  operationName: string | null;
  at: Date;
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
    purpose: String,
    operationName: String,
    at: { type: Date, required: true },
  },
  { collection: 'access_audit', versionKey: false },
);
accessAuditSchema.index({ subjectId: 1, at: -1 });

export const accessAuditModel = (connection: Connection): Model<AccessAuditDoc> =>
  connection.model<AccessAuditDoc>('AccessAudit', accessAuditSchema);

/** Recipients of a subject's data: every client or staff member who read it, other than the subject. */
export async function recipientsOf(audit: Model<AccessAuditDoc>, subjectId: string): Promise<string[]> {
  const entries = await audit
    .find({ subjectId, actor: { $ne: subjectId } }, { clientId: 1, roles: 1 })
    .lean<Pick<AccessAuditDoc, 'clientId' | 'roles'>[]>()
    .exec();
  return [...new Set(entries.map((e) => `${e.clientId} (${e.roles.join(', ') || 'no role'})`))].sort();
}
