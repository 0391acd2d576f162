import { Schema, type Connection, type Model } from 'mongoose';

export const LEDGER_ENTRY_TYPES = [
  'DECISION',
  'PENDING',
  'CONFIRMATION',
  'RESTRICTION',
  'OBJECTION',
  'AUTOMATED_DECISIONS',
  'SALE_SHARING',
  'ERASURE',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

/**
 * One ledger entry. The `_id` is `subject:seq` (seq zero-padded), so appending is an insert only
 * one writer can win: the chain stays linear without transactions or atomic updates. Entries are
 * never updated or deleted; erasure shreds the key that opens their `sealed` part.
 */
export interface LedgerEntryDoc {
  _id: string;
  subjectId: string;
  seq: number;
  at: Date;
  type: LedgerEntryType;
  content: Record<string, unknown>;
  /** The personal part (IP hash, user agent, free-text reason), sealed with the subject's key. */
  sealed: string | null;
  personalDigest: string | null;
  prevHash: string;
  hash: string;
  /** `at` in RELAY_BUCKET_MS buckets: how the webhook relay finds what is new (kit/src/timeBuckets.ts). */
  relayBucket?: number;
  /** A PENDING entry's `content.tokenHash`, at the top level: how a double opt-in link finds it. */
  tokenHash?: string;
}

const ledgerEntrySchema = new Schema<LedgerEntryDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
    type: { type: String, enum: LEDGER_ENTRY_TYPES, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    sealed: String,
    personalDigest: String,
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
    relayBucket: Number,
    tokenHash: String,
  },
  { collection: 'consent_ledger', versionKey: false, minimize: false },
);
ledgerEntrySchema.index({ subjectId: 1, seq: 1 });
ledgerEntrySchema.index({ tokenHash: 1 }, { sparse: true });
// The webhook relay reads the ledger by time bucket; breach reports by time window (MongoDB).
ledgerEntrySchema.index({ relayBucket: 1 });
ledgerEntrySchema.index({ at: 1 });

export const ledgerEntryModel = (connection: Connection): Model<LedgerEntryDoc> =>
  connection.model<LedgerEntryDoc>('LedgerEntry', ledgerEntrySchema);

/** The last entry's sequence and hash per subject: catches entries removed from the end. */
export interface LedgerHeadDoc {
  _id: string;
  seq: number;
  hash: string;
  at: Date;
}

const ledgerHeadSchema = new Schema<LedgerHeadDoc>(
  {
    _id: { type: String, required: true },
    seq: { type: Number, required: true },
    hash: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'consent_ledger_heads', versionKey: false },
);

export const ledgerHeadModel = (connection: Connection): Model<LedgerHeadDoc> =>
  connection.model<LedgerHeadDoc>('LedgerHead', ledgerHeadSchema);

/** Imported records already applied (`source:recordId`): importing again changes nothing. */
export interface ImportedRecordDoc {
  _id: string;
  subjectId: string;
  seq: number;
  importedAt: Date;
}

const importedRecordSchema = new Schema<ImportedRecordDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    seq: { type: Number, required: true },
    importedAt: { type: Date, required: true },
  },
  { collection: 'consent_imports', versionKey: false },
);
importedRecordSchema.index({ subjectId: 1 });

export const importedRecordModel = (connection: Connection): Model<ImportedRecordDoc> =>
  connection.model<ImportedRecordDoc>('ImportedRecord', importedRecordSchema);
