import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { KeyedMutex } from '#kit/keyedMutex.ts';
import { retryOnDuplicate } from '#kit/mongo.ts';
import type { PreferenceChannel, PreferenceSetDoc } from '../models/PreferenceSet.ts';

export interface PreferenceChanges {
  language?: string | null;
  channels?: { channel: PreferenceChannel; enabled: boolean }[] | null;
}

export function preferenceRepository(sets: Model<PreferenceSetDoc>) {
  const writes = new KeyedMutex();
  return {
    findBySubjects: (subjectIds: readonly string[]) =>
      sets
        .find({ _id: { $in: [...subjectIds] } })
        .lean<PreferenceSetDoc[]>()
        .exec(),

    async apply(subjectId: string, changes: PreferenceChanges, provenance: Provenance): Promise<PreferenceSetDoc> {
      const set: Record<string, unknown> = { updatedAt: provenance.at, lastChangedBy: provenance };
      if (changes.language) set.language = changes.language;
      for (const { channel, enabled } of changes.channels ?? []) set[`channels.${channel}`] = enabled;
      const update = {
        $set: set,
        ...(changes.language === null ? { $unset: { language: 1 } } : {}),
        // A new subject with no channel given still gets an (empty) channel map.
        ...(changes.channels?.length ? {} : { $setOnInsert: { channels: {} } }),
      };
      const doc = await writes.run(subjectId, () =>
        retryOnDuplicate(() =>
          sets.findOneAndUpdate({ _id: subjectId }, update, { upsert: true, returnDocument: 'after' }).lean<PreferenceSetDoc>().exec(),
        ),
      );
      if (!doc) throw new Error('upsert returned no document');
      return doc;
    },
  };
}

export type PreferenceRepository = ReturnType<typeof preferenceRepository>;
