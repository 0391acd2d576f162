import type { Model } from 'mongoose';
import type { ProfileState } from '#kit/profileDirectory.ts';
import { CELLS_PER_BUCKET, CELLS_PER_SHELF, LIST_CELLS, listCellOf, listPlace } from '../domain/listPlace.ts';
import type { ProfileDoc, ProfileStatus } from '../models/Profile.ts';
import { hasRun } from '#kit/migrations.ts';
import { estimatedCount, fieldsOf, findByKeys, updateByKeys, type Key } from '#kit/mongo.ts';

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
/** Where a profile's values came from: each one's provenance, and the status (nothing sealed). */
const PROVENANCE_PROJECTION = Object.fromEntries(
  [
    'status',
    'lastChangedBy',
    ...['name', 'birthDate', 'locale', 'timeZone', 'emails', 'phones', 'addresses', 'identifiers'].map((field) => `${field}.provenance`),
    'history.by',
    'merges.by',
    'merges.undoneBy',
  ].map((path) => [path, 1 as const]),
);

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

  /** Whether every profile has its list cell (the upgrade step ran): until then pages are read by bucket. */
  let cellsKnownReady = false;
  let cellsCheckedAt = 0;
  const cellsReady = async () => {
    if (!cellsKnownReady && Date.now() - cellsCheckedAt > 10_000) {
      cellsCheckedAt = Date.now();
      cellsKnownReady = await hasRun(profiles.db, LIST_CELLS_STEP);
    }
    return cellsKnownReady;
  };

  return {
    /** The upgrade step that gives every profile its list cell finished (here or elsewhere): pages may be read by cell. */
    markListCellsReady: () => {
      cellsKnownReady = true;
    },

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

    /** Profiles written before list cells existed (an upgrade step; a scan, once). */
    idsWithoutListCell: async () =>
      (
        await profiles
          .find({ listCell: { $exists: false } }, { _id: 1 })
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

    /** The live profiles among `ids` with only the provenance beside their values (no sealed value is read). */
    async provenanceOf(ids: readonly Key[]): Promise<Partial<ProfileDoc>[]> {
      const docs = await findByKeys<Partial<ProfileDoc>>(profiles, '_id', ids, { projection: PROVENANCE_PROJECTION });
      return docs.filter((d) => d.status !== 'ERASED');
    },

    /** The state of each id that is (or was) a profile: the directory the other subgraphs ask before they write. */
    /** The locale of each of these live profiles that has one (in clear: it identifies nobody). */
    async localesOf(ids: readonly string[]): Promise<Record<string, string>> {
      const docs = await findByKeys<Pick<ProfileDoc, '_id' | 'status' | 'locale'>>(profiles, '_id', ids, {
        projection: { status: 1, locale: 1 },
      });
      return Object.fromEntries(docs.flatMap((d) => (d.locale?.value && d.status !== 'ERASED' ? [[d._id, d.locale.value]] : [])));
    },

    async statesOf(ids: readonly string[]): Promise<Record<string, ProfileState>> {
      const docs = await findByKeys<Pick<ProfileDoc, '_id' | 'status'>>(profiles, '_id', ids, { projection: { status: 1 } });
      return Object.fromEntries(docs.map((d) => [d._id, d.status]));
    },

    /**
     * Keyset pagination over live profiles (merged-away and erased ones are not listed), in the
     * order (list cell, id), from the cursor's cell on: see `listPage`.
     */
    async list({ first, after }: { first: number; after?: string | null }): Promise<ProfileDoc[]> {
      return listPage((field, keys) => findByKeys<ProfileDoc>(profiles, field, keys), {
        first,
        after: after ?? null,
        size: await estimate(),
        cellsReady: await cellsReady(),
      });
    },
  };
}

export type ProfileStore = ReturnType<typeof profileStore>;

/** The upgrade step that gives every profile its list cell (kit's runOnce marker). */
export const LIST_CELLS_STEP = 'profile-list-cells';

type ListField = 'listCell' | 'listBucket' | 'listShelf';
const LEVELS: { field: ListField; cells: number }[] = [
  { field: 'listCell', cells: 1 },
  { field: 'listBucket', cells: CELLS_PER_BUCKET },
  { field: 'listShelf', cells: CELLS_PER_SHELF },
];
/** Lookups one round of a page sends at most (bounded-parallel equality reads). */
export const LIST_LOOKUPS_PER_ROUND = 32;

/**
 * How a page starts: the finest level (cell, bucket, shelf) at which the units a page of `first`
 * needs, by the collection's estimated `size`, fit one round; and how many units that is. At a
 * million profiles that is ~5 cells of ~15, at 100k ~3 buckets of ~24, at 10k ~26 buckets of ~2.4:
 * about 75 profiles read for a page of 50 at every size (a whole bucket or shelf would read 244 at
 * a million and 156 at ten thousand, and the time follows what FerretDB decodes).
 */
export function listPlan(size: number, first: number, cellsReady: boolean): { level: number; width: number } {
  const wanted = first * 1.25;
  for (let level = cellsReady ? 0 : 1; level < LEVELS.length; level += 1) {
    const perUnit = (size * LEVELS[level]!.cells) / LIST_CELLS;
    const width = perUnit > 0 ? Math.ceil(wanted / perUnit) : Infinity;
    if (width <= LIST_LOOKUPS_PER_ROUND) return { level, width };
  }
  return { level: LEVELS.length - 1, width: 1 };
}

/**
 * One page of the list, read with `read` (equality lookups on a list field): each round reads
 * `width` units from the position on; a round that leaves the page short doubles the width, and
 * past a full round moves to the next coarser level (the estimate was high, or the list ends).
 * Profiles are ordered by (cell, id), whichever level read them, so a page never depends on how
 * it was read. `size` is a hint: wrong, it costs rounds, never a wrong page.
 */
export async function listPage(
  read: (field: ListField, keys: number[]) => Promise<ProfileDoc[]>,
  { first, after, size, cellsReady }: { first: number; after: string | null; size: number; cellsReady: boolean },
): Promise<ProfileDoc[]> {
  const found: ProfileDoc[] = [];
  const startCell = after ? listCellOf(after) : 0;
  const cellOf = (doc: ProfileDoc) => doc.listCell ?? listCellOf(doc._id);
  let { level, width } = listPlan(size, first, cellsReady);
  let position = startCell;
  while (position < LIST_CELLS && found.length < first) {
    const { field, cells } = LEVELS[level]!;
    const from = Math.floor(position / cells);
    const to = Math.min(from + width, LIST_CELLS / cells);
    const docs = (
      await read(
        field,
        Array.from({ length: to - from }, (_, i) => from + i),
      )
    )
      .map((doc) => ({ doc, cell: cellOf(doc) }))
      .filter(({ cell }) => cell >= position)
      .sort((a, b) => a.cell - b.cell || (a.doc._id < b.doc._id ? -1 : a.doc._id > b.doc._id ? 1 : 0));
    for (const { doc, cell } of docs) {
      if (doc.status !== 'ACTIVE' && doc.status !== 'RESTRICTED') continue;
      if (after && cell === startCell && doc._id <= after) continue;
      found.push(doc);
    }
    position = to * cells;
    if (width * 2 <= LIST_LOOKUPS_PER_ROUND) width *= 2;
    else if (level < LEVELS.length - 1) {
      level += 1;
      width = 1;
    }
  }
  return found.slice(0, first);
}
