import { Schema, type Connection, type Model } from 'mongoose';

/**
 * The merge feed (`mergeChanges`): one document per merge and per unmerge, written by the merge's
 * follow-up (so a crash before it is completed at the next start). Read by day bucket: "since t" is
 * an equality lookup per day, index-backed on FerretDB, where a time range reads everything.
 */
export interface MergeChangeDoc {
  /** `<merge record id>:MERGED` or `:UNMERGED`: written twice, stored once. */
  _id: string;
  type: 'MERGED' | 'UNMERGED';
  survivorId: string;
  mergedProfileId: string;
  at: Date;
  reason: string;
  dayBucket: number;
}

const mergeChangeSchema = new Schema<MergeChangeDoc>(
  {
    _id: { type: String, required: true },
    type: { type: String, enum: ['MERGED', 'UNMERGED'], required: true },
    survivorId: { type: String, required: true },
    mergedProfileId: { type: String, required: true },
    at: { type: Date, required: true },
    reason: { type: String, required: true },
    dayBucket: { type: Number, required: true },
  },
  { collection: 'merge_changes', versionKey: false },
);
mergeChangeSchema.index({ dayBucket: 1 });

export const mergeChangeModel = (connection: Connection): Model<MergeChangeDoc> =>
  connection.model<MergeChangeDoc>('MergeChange', mergeChangeSchema);
