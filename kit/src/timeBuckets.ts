import type { Model } from 'mongoose';
import { fieldOf } from './guards.ts';
import { EQUALITY_LOOKUPS_AT_ONCE } from './mongo.ts';

/**
 * Time cut into equal buckets, one number each, stored beside the time it comes from. "Everything
 * since t" is then a few equality lookups, one per bucket from t's to now's: index-backed on
 * FerretDB v1, which never pushes a range down and reads the whole collection for one (MongoDB
 * would use a range index; the buckets cost it nothing more).
 */
export const bucketOf = (at: Date | number, bucketMs: number): number => Math.floor(new Date(at).getTime() / bucketMs);

/**
 * The documents of `model` whose `timeField` is at or after `since`, oldest first (ties by `_id`),
 * at most `limit`: read bucket by bucket (EQUALITY_LOOKUPS_AT_ONCE at a time) from `since`'s
 * bucket up to the current one, stopping once `limit` are found. Documents without the bucket
 * field are not found (every writer sets it), nor those whose `timeField` holds no date.
 */
export async function findSince<T extends { _id: string }>(
  model: Model<any>,
  {
    bucketField,
    timeField,
    bucketMs,
    since,
    limit,
    now = Date.now(),
  }: { bucketField: string; timeField: string; bucketMs: number; since: Date; limit: number; now?: number },
): Promise<T[]> {
  // One bucket past now: a writer whose clock runs a little ahead is still read.
  const last = bucketOf(now, bucketMs) + 1;
  const found: { doc: T; at: number }[] = [];
  for (let first = bucketOf(since, bucketMs); first <= last && found.length < limit; first += EQUALITY_LOOKUPS_AT_ONCE) {
    const buckets = Array.from({ length: Math.min(EQUALITY_LOOKUPS_AT_ONCE, last - first + 1) }, (_, i) => first + i);
    const parts = await Promise.all(
      buckets.map((bucket) =>
        model
          .find({ [bucketField]: bucket })
          .lean<T[]>()
          .exec(),
      ),
    );
    for (const part of parts)
      for (const doc of part) {
        const at = fieldOf(doc, timeField);
        if (at instanceof Date && at >= since) found.push({ doc, at: at.getTime() });
      }
  }
  return found
    .sort((a, b) => a.at - b.at || (a.doc._id < b.doc._id ? -1 : a.doc._id > b.doc._id ? 1 : 0))
    .slice(0, limit)
    .map(({ doc }) => doc);
}
