import type { Model } from 'mongoose';
import type { ProfileState } from '#kit/profileDirectory.ts';
import { LIST_BUCKETS, LIST_BUCKETS_PER_SHELF, listBucketOf, type ProfileDoc } from '../models/Profile.ts';
import { estimatedCount, findByKeys } from '#kit/mongo.ts';

/** Reads of stored (sealed) profiles; writes go through the profile service. */
export function profileRepository(profiles: Model<ProfileDoc>) {
  /** The collection's estimated size, read at most once a minute: how wide the list's first read is. */
  let sized: { count: number; at: number } | undefined;
  const estimate = async () => {
    if (!sized || Date.now() - sized.at > 60_000) sized = { count: await estimatedCount(profiles), at: Date.now() };
    return sized.count;
  };

  return {
    findByIds: (ids: readonly string[]) => findByKeys<ProfileDoc>(profiles, '_id', ids),

    /** The state of each id that is (or was) a profile: the directory the other subgraphs ask before they write. */
    async statesOf(ids: readonly string[]): Promise<Record<string, ProfileState>> {
      const docs = await findByKeys<Pick<ProfileDoc, '_id' | 'status'>>(profiles, '_id', ids, { projection: { status: 1 } });
      return Object.fromEntries(docs.map((d) => [d._id, d.status]));
    },

    /**
     * Keyset pagination over live profiles (merged-away and erased ones are not listed), in the
     * order (list bucket, id), from the cursor's bucket on. Each round reads the buckets it spans by
     * equality, or whole shelves of 64 buckets once it spans one, and the next round spans twice as
     * many; the first spans as many as the page needs by the collection's estimated size, in
     * shelves where a shelf holds little (about one lookup a page at any size: one bucket at a
     * million profiles, one shelf at ten thousand or at five hundred).
     */
    async list({ first, after }: { first: number; after?: string | null }): Promise<ProfileDoc[]> {
      const perBucket = (await estimate()) / LIST_BUCKETS;
      const found: ProfileDoc[] = [];
      const start = after ? listBucketOf(after) : 0;
      let position = start;
      let width = perBucket > 0 ? Math.min(LIST_BUCKETS, Math.ceil((first * 1.25) / perBucket)) : 1;
      // Where a shelf holds little (a small database), one shelf is one lookup instead of many.
      const smallShelves = perBucket * LIST_BUCKETS_PER_SHELF <= Math.max(4 * first, 100);
      while (position < LIST_BUCKETS && found.length < first) {
        let docs: ProfileDoc[];
        let end: number;
        if (width >= LIST_BUCKETS_PER_SHELF || smallShelves) {
          const firstShelf = Math.floor(position / LIST_BUCKETS_PER_SHELF);
          const shelves = Array.from({ length: Math.ceil(width / LIST_BUCKETS_PER_SHELF) }, (_, i) => firstShelf + i).filter(
            (shelf) => shelf * LIST_BUCKETS_PER_SHELF < LIST_BUCKETS,
          );
          end = Math.min((shelves.at(-1)! + 1) * LIST_BUCKETS_PER_SHELF, LIST_BUCKETS);
          docs = (await findByKeys<ProfileDoc>(profiles, 'listShelf', shelves)).filter((d) => (d.listBucket ?? 0) >= position);
        } else {
          end = Math.min(position + width, LIST_BUCKETS);
          docs = await findByKeys<ProfileDoc>(
            profiles,
            'listBucket',
            Array.from({ length: end - position }, (_, i) => position + i),
          );
        }
        const bucketOf = (d: ProfileDoc) => d.listBucket ?? 0;
        docs.sort((a, b) => bucketOf(a) - bucketOf(b) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
        for (const doc of docs) {
          if (doc.status !== 'ACTIVE' && doc.status !== 'RESTRICTED') continue;
          if (after && doc.listBucket === start && doc._id <= after) continue;
          found.push(doc);
        }
        position = end;
        width *= 2;
      }
      return found.slice(0, first);
    },
  };
}

export type ProfileRepository = ReturnType<typeof profileRepository>;
