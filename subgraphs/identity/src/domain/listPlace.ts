import { createHash } from 'node:crypto';

/**
 * The profile list is read by equality lookups (index-backed on FerretDB, where a range or `$in`
 * reads the whole collection), in the order (list cell, id). A profile's cell is the first 16 bits
 * of its id's SHA-256; its bucket the cell's first 12 bits, its shelf the first 6. A page is read
 * at the finest of the three whose units it needs fit one round of lookups, so a page reads about
 * the same number of profiles at any size (see profileStore's list).
 */
export const LIST_CELLS = 65_536;
export const CELLS_PER_BUCKET = 16;
export const CELLS_PER_SHELF = 1_024;
export const LIST_BUCKETS = LIST_CELLS / CELLS_PER_BUCKET;
export const LIST_BUCKETS_PER_SHELF = CELLS_PER_SHELF / CELLS_PER_BUCKET;

/** The list cell of a profile id: spread evenly, whatever the ids look like. */
export const listCellOf = (id: string): number => parseInt(createHash('sha256').update(id).digest('hex').slice(0, 4), 16);

/** The list bucket of a profile id (the first 12 bits of its cell). */
export const listBucketOf = (id: string): number => Math.floor(listCellOf(id) / CELLS_PER_BUCKET);

/** The fields that place a profile in the list. */
export const listPlace = (id: string) => {
  const listCell = listCellOf(id);
  return { listCell, listBucket: Math.floor(listCell / CELLS_PER_BUCKET), listShelf: Math.floor(listCell / CELLS_PER_SHELF) };
};
