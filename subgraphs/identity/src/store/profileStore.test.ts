import { describe, expect, it } from 'vitest';
import { findByKeys } from '#kit/mongo.ts';
import { useReplicaPair } from '../../../../tests/support/database.ts';
import { CELLS_PER_BUCKET, CELLS_PER_SHELF, LIST_CELLS, listCellOf, listPlace } from '../domain/listPlace.ts';
import { profileModel, type ProfileDoc } from '../models/Profile.ts';
import { LIST_LOOKUPS_PER_ROUND, listPage, listPlan } from './profileStore.ts';

const pair = useReplicaPair('profile-list');
const UNIT_CELLS = [1, CELLS_PER_BUCKET, CELLS_PER_SHELF];

describe('the profile list', () => {
  it('reads about 75 profiles for a page of 50 at every size, at the finest level one round allows', () => {
    for (const size of [500, 10_000, 100_000, 400_000, 1_000_000, 2_000_000]) {
      const { level, width } = listPlan(size, 50, true);
      expect(width).toBeLessThanOrEqual(LIST_LOOKUPS_PER_ROUND);
      const read = (width * size * UNIT_CELLS[level]!) / LIST_CELLS;
      expect(read, `at ${size}`).toBeGreaterThanOrEqual(62.5);
      expect(read, `at ${size}`).toBeLessThan(100);
    }
    expect(listPlan(1_000_000, 50, true)).toEqual({ level: 0, width: 5 });
    expect(listPlan(100_000, 50, true)).toEqual({ level: 1, width: 3 });
    expect(listPlan(10_000, 50, true)).toEqual({ level: 1, width: 26 });
    // Before every profile has its cell, never by cell.
    expect(listPlan(1_000_000, 50, false).level).toBe(1);
    expect(listPlan(0, 50, true)).toEqual({ level: 2, width: 1 });
  });

  it('gives the same pages in the order (cell, id) however it is read, whatever size it is told', async () => {
    const profiles = profileModel(pair.db.connection);
    const ids = Array.from({ length: 160 }, (_, i) => `list-${i.toString(36)}-${(i * 7919) % 1000}`);
    const statusOf = (i: number) => (i % 11 === 0 ? 'MERGED' : i % 13 === 0 ? 'ERASED' : i % 5 === 0 ? 'RESTRICTED' : 'ACTIVE');
    // A fifth written before list cells existed: found by bucket and shelf, placed by their id.
    await profiles.collection.insertMany(
      ids.map((id, i) => {
        const { listCell, ...older } = listPlace(id);
        return { _id: id, status: statusOf(i), ...(i % 5 === 1 ? older : { listCell, ...older }) } as never;
      }),
    );
    const live = ids
      .filter((_, i) => ['ACTIVE', 'RESTRICTED'].includes(statusOf(i)))
      .sort((a, b) => listCellOf(a) - listCellOf(b) || (a < b ? -1 : 1));

    for (const size of [0, 10_000, 1_000_000]) {
      {
        const cellsReady = false; // a fifth has no cell yet: the list reads by bucket and shelf only
        for (const first of [7, 50]) {
          const seen: string[] = [];
          let after: string | null = null;
          for (let page = 0; page < 100; page += 1) {
            let rounds = 0;
            const docs = await listPage(
              (field, keys) => {
                rounds += 1;
                return findByKeys<ProfileDoc>(profiles, field, keys);
              },
              { first, after, size, cellsReady },
            );
            // A size told wrong costs rounds (at most ~6 per level), never a wrong page.
            expect(rounds).toBeLessThanOrEqual(18);
            seen.push(...docs.map((d) => d._id));
            if (docs.length < first) break;
            after = docs.at(-1)!._id;
          }
          expect(seen, `size ${size}, first ${first}`).toEqual(live);
        }
      }
    }

    // Once every profile has its cell, reading by cell gives the very same pages.
    for (const id of ids) await profiles.collection.updateOne({ _id: id } as never, { $set: listPlace(id) });
    for (const size of [160, 1_000_000]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const docs = await listPage((field, keys) => findByKeys<ProfileDoc>(profiles, field, keys), {
          first: 9,
          after,
          size,
          cellsReady: true,
        });
        seen.push(...docs.map((d) => d._id));
        if (docs.length < 9) break;
        after = docs.at(-1)!._id;
      }
      expect(seen, `by cell, size ${size}`).toEqual(live);
    }
  }, 60_000);
});
