import type { Model } from 'mongoose';
import { findByKeys, insertNew } from '#kit/mongo.ts';
import type { SourceEventDoc } from '../models/SourceEvent.ts';

/** Source-system events already applied, by `source:eventId`. */
export function sourceEventStore(events: Model<SourceEventDoc>) {
  return {
    byKeys: (keys: readonly string[]) => findByKeys<SourceEventDoc>(events, '_id', keys),

    /** Records an applied event once (a replica applying the same event meanwhile wrote it first). */
    async insertOnce(event: SourceEventDoc): Promise<void> {
      await insertNew(events, event);
    },
  };
}

export type SourceEventStore = ReturnType<typeof sourceEventStore>;
