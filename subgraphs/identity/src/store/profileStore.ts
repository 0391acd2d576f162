import type { Model } from 'mongoose';
import type { ProfileState } from '#kit/profileDirectory.ts';
import { LIST_BUCKETS, LIST_BUCKETS_PER_SHELF, listBucketOf, listPlace, type ProfileDoc, type ProfileStatus } from '../models/Profile.ts';
import { countByKeys, estimatedCount, fieldsOf, findByKeys, updateByKeys, type Key } from '#kit/mongo.ts';

/** A profile write: the fields it sets, pushes and unsets, as the service computed them. */
export interface ProfileUpdate {
  $set?: Record<string, unknown>;
  $push?: Record<string, unknown>;
  $unset?: Record<string, unknown>;
  $inc?: Record<string, number>;
}

const LIVE: ProfileStatus[] = ['ACTIVE', 'RESTRICTED'];

/**
 * Every query and write of stored (sealed) profiles. Values arrive sealed and leave sealed: what
 * they mean is the services' business; which index serves each query is this file's.
 */
export function profileStore(profiles: Model<ProfileDoc>) {
  /**
   * The collection's estimated size: how wide the list's first read is. Read once, then renewed at
   * most once a minute beside the request that finds it old, which goes on with the old one (a
   * hint: a wrong one costs a round more or a wider read, never a wrong page).
   */
  let sized: { count: number; at: number } | undefined;
  const estimate = async () => {
    if (!sized) sized = { count: await estimatedCount(profiles), at: Date.now() };
    else if (Date.now() - sized.at > 60_000) {
      sized.at = Date.now();
      estimatedCount(profiles).then(
        (count) => (sized = { count, at: Date.now() }),
        () => {}, // kept the old estimate; the next minute asks again
      );
    }
    return sized.count;
  };

  return {
    /** The connection the profiles live on: for kit's locks and once-per-database steps. */
    connection: profiles.db,

    byId: (id: string) => profiles.findById(id).lean<ProfileDoc>().exec(),

    /** Some fields of one profile (`_id` always). */
    fieldsOf: <K extends keyof ProfileDoc>(id: string, fields: readonly K[]) => fieldsOf(profiles, id, fields),

    findByIds: (ids: readonly string[]) => findByKeys<ProfileDoc>(profiles, '_id', ids),

    insert: async (doc: ProfileDoc) => {
      await profiles.create(doc);
    },

    /** Writes `update` if the profile is still at `version` (and bumps it); the profile as written, or null. */
    writeAtVersion: (id: string, version: number, update: ProfileUpdate) =>
      profiles
        .findOneAndUpdate({ _id: id, version }, { ...update, $inc: { ...update.$inc, version: 1 } }, { returnDocument: 'after' })
        .lean<ProfileDoc>()
        .exec(),

    /** The same, without reading the result back: true when it was written. */
    updateAtVersion: async (id: string, version: number, update: ProfileUpdate) =>
      (await profiles.updateOne({ _id: id, version }, { ...update, $inc: { ...update.$inc, version: 1 } }).exec()).matchedCount > 0,

    /** Whether the profile lists this identifier (by its blind index) as its own. */
    holdsIdentifier: async (id: string, index: string) =>
      Boolean(await profiles.findOne({ _id: id, 'identifiers.index': index }, { _id: 1 }).lean().exec()),

    /** Live profiles holding this contact point (by its blind index), oldest first. */
    idsByContactIndex: async (index: string) =>
      (
        await profiles
          .find({ contactIndex: index, status: { $in: LIVE } }, { _id: 1 })
          .sort({ createdAt: 1, _id: 1 })
          .lean<{ _id: string }[]>()
          .exec()
      ).map((d) => d._id),

    /** Profiles (any status) holding one of these contact points, with the given fields. */
    byContactIndexes: <T>(indexes: readonly string[], projection: Record<string, 0 | 1>) =>
      findByKeys<T>(profiles, 'contactIndex', indexes, { projection }),

    /** Ids of the profiles merged into this one. */
    idsMergedInto: async (id: string) =>
      (await profiles.find({ mergedInto: id }, { _id: 1 }).lean<{ _id: string }[]>().exec()).map((d) => d._id),

    /** Points these merged-away profiles at another survivor. */
    repoint: (ids: readonly string[], to: string) => updateByKeys(profiles, '_id', ids, { $set: { mergedInto: to } }),

    /** Marks a profile merged into `survivorId`, unless it already is. */
    markMerged: (id: string, survivorId: string, at: Date, by: unknown) =>
      profiles
        .updateOne(
          { _id: id, status: { $ne: 'MERGED' } },
          { $set: { status: 'MERGED', mergedInto: survivorId, updatedAt: at, lastChangedBy: by }, $inc: { version: 1 } },
        )
        .exec(),

    /** Brings a profile merged into `survivorId` back, with the status it had. */
    markUnmerged: (id: string, survivorId: string, status: ProfileStatus, at: Date, by: unknown) =>
      profiles
        .updateOne(
          { _id: id, mergedInto: survivorId },
          { $set: { status, mergedInto: null, updatedAt: at, lastChangedBy: by }, $inc: { version: 1 } },
        )
        .exec(),

    /** Survivors whose merge follow-up is pending, or (once, on upgrade) every profile with merges. */
    survivors: (which: 'awaiting follow-up' | 'with merges') =>
      profiles
        .find(which === 'awaiting follow-up' ? { mergeFollowUp: true } : { 'merges.0': { $exists: true } }, { _id: 1, merges: 1 })
        .lean<Pick<ProfileDoc, '_id' | 'merges'>[]>()
        .exec(),

    followedUp: (id: string) => profiles.updateOne({ _id: id }, { $unset: { mergeFollowUp: 1 } }).exec(),

    /** Profiles written before list buckets existed (an upgrade step; a scan, once). */
    idsWithoutListBucket: async () =>
      (
        await profiles
          .find({ listBucket: { $exists: false } }, { _id: 1 })
          .lean<{ _id: string }[]>()
          .exec()
      ).map((d) => d._id),

    giveListPlace: (id: string) => profiles.updateOne({ _id: id }, { $set: listPlace(id) }).exec(),

    /** Changes a profile's status between ACTIVE and RESTRICTED; true when it changed. */
    async setRestricted(id: string, restricted: boolean, by: { at: Date }): Promise<boolean> {
      const result = await profiles
        .updateOne(
          { _id: id, status: { $in: restricted ? ['ACTIVE'] : ['RESTRICTED'] } },
          {
            $set: {
              status: restricted ? 'RESTRICTED' : 'ACTIVE',
              restrictedAt: restricted ? by.at : null,
              updatedAt: by.at,
              lastChangedBy: by,
            },
            $inc: { version: 1 },
          },
        )
        .exec();
      return result.modifiedCount > 0;
    },

    /** Replaces each not yet erased profile by `tombstone` (and its own event); how many were erased. */
    async erase(ids: readonly string[], tombstone: Record<string, unknown>, eventOf: (id: string) => unknown): Promise<number> {
      const { modifiedCount } = await profiles.bulkWrite(
        ids.map((id) => ({
          updateOne: {
            filter: { _id: id, status: { $ne: 'ERASED' } },
            update: { $set: tombstone, $push: { outbox: eventOf(id) }, $inc: { version: 1 } },
          },
        })),
        { ordered: false },
      );
      return modifiedCount;
    },

    /** How many of these profiles are not erased. */
    countLive: (ids: readonly Key[]) => countByKeys(profiles, '_id', ids, { status: { $ne: 'ERASED' } }),

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

export type ProfileStore = ReturnType<typeof profileStore>;
