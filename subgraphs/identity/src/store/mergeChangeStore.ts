import type { Model } from 'mongoose';
import { insertNew } from '#kit/mongo.ts';
import { findSince } from '#kit/timeBuckets.ts';
import { MERGE_FEED_BUCKET_MS } from '../domain/mergeFeed.ts';
import type { MergeChangeDoc } from '../models/MergeChange.ts';

/** The merge feed: one entry per merge and per unmerge, read by time through day buckets. */
export function mergeChangeStore(changes: Model<MergeChangeDoc>) {
  return {
    /** Stores an entry once, however often it is written (a crash's follow-up writes it again). */
    async insertOnce(change: MergeChangeDoc): Promise<void> {
      await insertNew(changes, change);
    },

    /**
     * Entries after a time, oldest first. Day by day from `after` (an equality lookup each); from
     * further back than a year the feed is read whole (a small collection: merges are rare).
     */
    since: (after: Date, limit: number): Promise<MergeChangeDoc[]> =>
      Date.now() - after.getTime() > 366 * MERGE_FEED_BUCKET_MS
        ? changes
            .find({ at: { $gte: after } })
            .sort({ at: 1, _id: 1 })
            .limit(limit)
            .lean<MergeChangeDoc[]>()
            .exec()
        : findSince<MergeChangeDoc>(changes, {
            bucketField: 'dayBucket',
            timeField: 'at',
            bucketMs: MERGE_FEED_BUCKET_MS,
            since: after,
            limit,
          }),
  };
}

export type MergeChangeStore = ReturnType<typeof mergeChangeStore>;
