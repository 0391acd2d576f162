import DataLoader from 'dataloader';
import { notFound } from '#kit/errors.ts';
import type { ProfileDoc } from '../models/Profile.ts';
import type { ProfileReads } from './profileReads.ts';
import { decodeProfile } from './profileCodec.ts';
import type { ProfileView } from '../domain/profileView.ts';

/**
 * Created per request. A batch of profile ids costs two queries in parallel (the profiles, and
 * their subjects' data keys), plus one more pair only when some ids were merged away: those
 * resolve to their surviving profile.
 */
export const createLoaders = (reads: ProfileReads) => ({
  profile: new DataLoader<string, ProfileView | null>(async (ids) => {
    const fetch = (wanted: readonly string[]) => reads.withKeys(wanted);
    const found = await fetch(ids);
    const survivors = [...found.values()]
      .map(({ doc }) => (doc.status === 'MERGED' ? doc.mergedInto : null))
      .filter((id): id is string => Boolean(id) && !found.has(id!));
    if (survivors.length) for (const [id, entry] of await fetch(survivors)) found.set(id, entry);

    const view = (id: string, hops = 0): ProfileView | null => {
      const entry = found.get(id);
      if (!entry) return null;
      const doc: ProfileDoc = entry.doc;
      if (doc.status === 'MERGED' && doc.mergedInto && hops < 1) return view(doc.mergedInto, hops + 1);
      return decodeProfile(doc, entry.key);
    };
    return ids.map((id) => view(id));
  }),
});

export type Loaders = ReturnType<typeof createLoaders>;

/** A profile a write has just changed, read afresh for its answer: it is there, or the answer would be wrong. */
export async function changedProfile(loaders: Loaders, id: string): Promise<ProfileView> {
  const view = await loaders.profile.load(id);
  if (!view) throw notFound(`Profile ${id}`);
  return view;
}
