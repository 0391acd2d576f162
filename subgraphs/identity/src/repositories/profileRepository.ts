import type { Model } from 'mongoose';
import type { ProfileState } from '#kit/profileDirectory.ts';
import { LIST_BUCKETS, LIST_BUCKETS_PER_SHELF, listBucketOf, type ProfileDoc } from '../models/Profile.ts';
import { findByKeys } from '#kit/mongo.ts';

/** Reads of stored (sealed) profiles; writes go through the profile service. */
export function profileRepository(profiles: Model<ProfileDoc>) {
  return {
    findByIds: (ids: readonly string[]) => findByKeys<ProfileDoc>(profiles, '_id', ids),

    /** The state of each id that is (or was) a profile: the directory the other subgraphs ask before they write. */
    async statesOf(ids: readonly string[]): Promise<Record<string, ProfileState>> {
      const docs = await findByKeys<Pick<ProfileDoc, '_id' | 'status'>>(profiles, '_id', ids, { projection: { status: 1 } });
      return Object.fromEntries(docs.map((d) => [d._id, d.status]));
    },

    /**
     * Keyset pagination over live profiles (merged-away and erased ones are not listed), in the
     * order (list bucket, id): from the cursor's bucket on, each bucket an equality lookup, more of
     * them a round while the page is not full (1, 2, 4 …), and a whole shelf of buckets at once
     * once a round spans one (a sparse list costs about 130 lookups to its end, not 4,096).
     */
    async list({ first, after }: { first: number; after?: string | null }): Promise<ProfileDoc[]> {
      const found: ProfileDoc[] = [];
      const start = after ? listBucketOf(after) : 0;
      let position = start;
      for (let width = 1; position < LIST_BUCKETS && found.length < first; width *= 2) {
        const end = Math.min(position + width, LIST_BUCKETS);
        const buckets: number[] = [];
        const shelves: number[] = [];
        for (let b = position; b < end;) {
          if (b % LIST_BUCKETS_PER_SHELF === 0 && b + LIST_BUCKETS_PER_SHELF <= end) {
            shelves.push(b / LIST_BUCKETS_PER_SHELF);
            b += LIST_BUCKETS_PER_SHELF;
          } else buckets.push(b++);
        }
        const docs = [
          ...(await findByKeys<ProfileDoc>(profiles, 'listBucket', buckets)),
          ...(await findByKeys<ProfileDoc>(profiles, 'listShelf', shelves)),
        ];
        const bucketOf = (d: ProfileDoc) => d.listBucket ?? 0;
        docs.sort((a, b) => bucketOf(a) - bucketOf(b) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
        for (const doc of docs) {
          if (doc.status !== 'ACTIVE' && doc.status !== 'RESTRICTED') continue;
          if (after && doc.listBucket === start && doc._id <= after) continue;
          found.push(doc);
        }
        position = end;
      }
      return found.slice(0, first);
    },
  };
}

export type ProfileRepository = ReturnType<typeof profileRepository>;
