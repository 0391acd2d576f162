import type { Model } from 'mongoose';
import { findByKeys, insertNew } from '#kit/mongo.ts';
import type { ImportedRecordDoc, LedgerEntryDoc, LedgerHeadDoc } from '../models/LedgerEntry.ts';
import { relayFeed } from '#kit/events/relayFeed.ts';

/**
 * Every query and write of the consent ledger (append-only entries, one per `subject:seq`), its
 * heads (the anchor of each subject's chain) and the markers of imported records.
 */
export function ledgerStore({
  ledger,
  heads,
  imports,
}: {
  ledger: Model<LedgerEntryDoc>;
  heads: Model<LedgerHeadDoc>;
  imports: Model<ImportedRecordDoc>;
}) {
  return {
    /** The connection the ledger lives on: for kit's locks and once-per-database steps. */
    connection: ledger.db,

    /** The entry a subject's ledger ends with (its sequence number and hash), or null. */
    lastOf: (subjectId: string) =>
      ledger.findOne({ subjectId }, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean<Pick<LedgerEntryDoc, 'seq' | 'hash'>>().exec(),

    /** Appends an entry; false when its `subject:seq` was taken (another writer appended first). */
    insert: (entry: LedgerEntryDoc): Promise<boolean> => insertNew(ledger, entry),

    setHead: async (subjectId: string, head: Omit<LedgerHeadDoc, '_id'>) => {
      await heads.updateOne({ _id: subjectId }, { $set: head }, { upsert: true }).exec();
    },

    /** Every entry of these subjects, each ledger in sequence. */
    entriesFor: (subjectIds: readonly string[]) =>
      findByKeys<LedgerEntryDoc>(ledger, 'subjectId', subjectIds, { sort: { subjectId: 1, seq: 1 } }),

    headsOf: (subjectIds: readonly string[]) => findByKeys<LedgerHeadDoc>(heads, '_id', subjectIds),

    /** The PENDING entry of a double opt-in, by its token's hash. */
    byTokenHash: (tokenHash: string) => ledger.findOne({ tokenHash }).lean<LedgerEntryDoc>().exec(),

    hasEntries: async (subjectId: string) => Boolean(await ledger.exists({ subjectId })),

    /** Which of these import keys (`source:recordId`) were imported before. */
    importedOf: async (keys: readonly string[]) =>
      (await findByKeys<{ _id: string }>(imports, '_id', keys, { projection: { _id: 1 } })).map((i) => i._id),

    /** Marks a record imported, once (a replica importing the same record meanwhile wrote it first). */
    async markImported(marker: ImportedRecordDoc): Promise<void> {
      await insertNew(imports, marker);
    },

    countImportsOf: (subjectId: string) => imports.countDocuments({ subjectId }).exec(),

    /** Double opt-ins asked for before their token hash was a field of its own (an upgrade step's scan, once). */
    pendingWithoutTokenHash: () =>
      ledger
        .find({ type: 'PENDING', tokenHash: { $exists: false } }, { subjectId: 1, content: 1 })
        .lean<Pick<LedgerEntryDoc, '_id' | 'subjectId' | 'content'>[]>()
        .exec(),

    setTokenHash: async (id: string, tokenHash: string) => {
      await ledger.updateOne({ _id: id }, { $set: { tokenHash } }).exec();
    },

    /** What the webhook relay reads: entries by when they were written. */
    feed: relayFeed<LedgerEntryDoc>(ledger, 'at'),

    /** The collections' names, as an inventory lists them. */
    names: { ledger: ledger.collection.collectionName, imports: imports.collection.collectionName },
  };
}

export type LedgerStore = ReturnType<typeof ledgerStore>;
