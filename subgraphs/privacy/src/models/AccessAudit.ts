import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { openJson, sealJson } from '#kit/crypto/envelope.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';

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

export const accessAuditModel = (connection: Connection): Model<AccessAuditDoc> =>
  connection.model<AccessAuditDoc>('AccessAudit', accessAuditSchema);

const purposeAad = (entryId: string) => `privacy|access_audit|${entryId}|purpose`;

/** Entries as the gateway sent them, each stated purpose sealed with its subject's key. */
export async function sealedAccessEntries(
  keys: SubjectKeyStore,
  entries: (Omit<AccessAuditDoc, '_id' | 'purposeSealed'> & { purpose?: string | null })[],
): Promise<AccessAuditDoc[]> {
  const withPurpose = [...new Set(entries.filter((e) => e.purpose).map((e) => e.subjectId))];
  const dataKeys = new Map(await Promise.all(withPurpose.map(async (id) => [id, await keys.ensureKey(id)] as const)));
  return entries.map(({ purpose, ...entry }) => {
    const _id = randomUUID();
    return { _id, ...entry, purposeSealed: purpose ? sealJson(dataKeys.get(entry.subjectId)!, purpose, purposeAad(_id)) : null };
  });
}

/** Entries with their purpose opened (null once the subject's key is shredded). */
export async function openedAccessEntries(keys: SubjectKeyStore, entries: AccessAuditDoc[]) {
  const dataKeys = await keys.keysFor([...new Set(entries.filter((e) => e.purposeSealed).map((e) => e.subjectId))]);
  return entries.map(({ purposeSealed, ...entry }) => {
    const key = purposeSealed ? dataKeys.get(entry.subjectId) : undefined;
    return {
      ...entry,
      purpose: key && purposeSealed ? openJson<string>(key, purposeSealed, purposeAad(entry._id)) : (entry.purpose ?? null),
    };
  });
}
