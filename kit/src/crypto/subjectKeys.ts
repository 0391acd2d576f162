import { randomBytes } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { countByKeys, findByKeys, isDuplicateKeyError } from '../mongo.ts';
import { KEY_BYTES } from './envelope.ts';
import { unwrapDataKey, wrapDataKey, type KeyRing } from './keyRing.ts';

export interface SubjectKeyDoc {
  _id: string;
  kid: string;
  wrapped: string;
  createdAt: Date;
  rewrappedAt?: Date;
}

const subjectKeySchema = new Schema<SubjectKeyDoc>(
  {
    _id: { type: String, required: true },
    kid: { type: String, required: true },
    wrapped: { type: String, required: true },
    createdAt: { type: Date, required: true },
    rewrappedAt: Date,
  },
  { collection: 'subject_keys', versionKey: false },
);
subjectKeySchema.index({ kid: 1 });

const subjectKeyModel = (connection: Connection): Model<SubjectKeyDoc> =>
  connection.modelNames().includes('SubjectKey')
    ? connection.model<SubjectKeyDoc>('SubjectKey')
    : connection.model<SubjectKeyDoc>('SubjectKey', subjectKeySchema);

/** A new data key for a subject, and the document that stores it wrapped by the ring's active KEK (pure: the caller writes it). */
export function newSubjectKey(ring: KeyRing, subjectId: string, at = new Date()): { dataKey: Buffer; doc: SubjectKeyDoc } {
  const dataKey = randomBytes(KEY_BYTES);
  return { dataKey, doc: { _id: subjectId, ...wrapDataKey(ring, dataKey, subjectId), createdAt: at } };
}

/**
 * One data key per subject, stored wrapped by the key ring's active KEK in the subgraph's own
 * database. Destroying it (crypto-shredding) makes every copy of the subject's ciphertext,
 * backups included, unreadable.
 */
export function subjectKeyStore(connection: Connection, ring: KeyRing) {
  const keys = subjectKeyModel(connection);
  return {
    model: keys,

    /** How many of these subjects hold a data key (an inventory's count). */
    countOf: (subjectIds: readonly string[]) => countByKeys(keys, '_id', subjectIds),

    /** Data keys for many subjects in one query; a subject without one (never written, or shredded) is absent. */
    async keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer>> {
      const docs = await findByKeys<SubjectKeyDoc>(keys, '_id', subjectIds);
      return new Map(docs.map((doc) => [doc._id, unwrapDataKey(ring, doc, doc._id)]));
    },

    /** The subject's data key, created on first use; safe when two writers race. */
    async ensureKey(subjectId: string): Promise<Buffer> {
      const existing = await keys.findById(subjectId).lean<SubjectKeyDoc>().exec();
      if (existing) return unwrapDataKey(ring, existing, subjectId);
      const { dataKey, doc } = newSubjectKey(ring, subjectId);
      try {
        await keys.create(doc);
        return dataKey;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const winner = await keys.findById(subjectId).lean<SubjectKeyDoc>().exec();
        if (!winner) throw error;
        return unwrapDataKey(ring, winner, subjectId);
      }
    },

    /** Crypto-shredding: after this, the subject's ciphertext can never be read again. */
    async destroy(subjectId: string): Promise<boolean> {
      return (await keys.deleteOne({ _id: subjectId }).exec()).deletedCount === 1;
    },

    /** Re-wraps every data key not yet under the active KEK; the data itself is untouched. */
    async rewrapAll(): Promise<{ rewrapped: number }> {
      let rewrapped = 0;
      for await (const doc of keys
        .find({ kid: { $ne: ring.activeId } })
        .lean<SubjectKeyDoc[]>()
        .cursor()) {
        const dataKey = unwrapDataKey(ring, doc, doc._id);
        const next = wrapDataKey(ring, dataKey, doc._id);
        const result = await keys.updateOne({ _id: doc._id, kid: doc.kid }, { $set: { ...next, rewrappedAt: new Date() } }).exec();
        rewrapped += result.modifiedCount;
      }
      return { rewrapped };
    },
  };
}

export type SubjectKeyStore = ReturnType<typeof subjectKeyStore>;
