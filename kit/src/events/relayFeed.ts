import type { Model } from 'mongoose';
import { bucketOf, findSince } from '../timeBuckets.ts';

/** The relay's time buckets: a poll reads the buckets from its watermark (less a minute) to now. */
export const RELAY_BUCKET_MS = 10_000;

/**
 * What the webhook relay reads of a collection it fans out (the host's feed, handed-over events): the
 * documents written since a time, through their relay buckets (an equality lookup per 10 s), and
 * the upgrade step's reads and writes for documents from before they carried one.
 */
export function relayFeed<T extends { _id: string; subjectId: string }>(model: Model<any>, timeField: 'at' | 'receivedAt') {
  return {
    since: (since: Date, limit: number) =>
      findSince<T>(model, {
        bucketField: 'relayBucket',
        timeField,
        bucketMs: RELAY_BUCKET_MS,
        since,
        limit,
      }),

    /** Documents without a relay bucket written since `since` (an upgrade step's scan, once). */
    withoutBucket: async (since: Date) =>
      (
        await model
          .find({ relayBucket: { $exists: false }, [timeField]: { $gte: since } }, { [timeField]: 1, subjectId: 1 })
          .lean<{ _id: string; subjectId: string; at?: Date; receivedAt?: Date }[]>()
          .exec()
      ).map((d) => ({ _id: d._id, subjectId: d.subjectId, at: d[timeField]! })),

    giveBucket: async (id: string, at: Date) => {
      await model.updateOne({ _id: id }, { $set: { relayBucket: bucketOf(at, RELAY_BUCKET_MS) } }).exec();
    },

    /** When the oldest document was written (an upgrade step's sort, once), or null. */
    oldest: async (): Promise<Date | null> => {
      const first = await model
        .findOne({}, { [timeField]: 1 })
        .sort({ [timeField]: 1 })
        .lean<{ at?: Date; receivedAt?: Date }>()
        .exec();
      return first?.[timeField] ?? null;
    },
  };
}

export type RelayFeed<T extends { _id: string; subjectId: string }> = ReturnType<typeof relayFeed<T>>;
