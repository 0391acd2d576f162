import { Schema } from 'mongoose';
import type { Provenance } from './authorize.ts';
import { isRecord } from './guards.ts';

/** The embedded provenance every stored write carries (source system, channel, actor, time). */
export const provenanceSchema = new Schema<Provenance>(
  {
    source: { type: String, required: true },
    channel: { type: String, required: true },
    actor: String,
    at: { type: Date, required: true },
  },
  { _id: false },
);

/**
 * Every `source` of a provenance-shaped object (source, channel, at) anywhere in `value`: where
 * stored data came from, read from the provenance beside it without opening any sealed value.
 */
export function provenanceSources(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(visit);
    else if (isRecord(item) && !(item instanceof Date)) {
      const record = item;
      if (typeof record.source === 'string' && typeof record.channel === 'string' && 'at' in record) found.add(record.source);
      Object.values(record).forEach(visit);
    }
  };
  visit(value);
  return [...found].sort();
}
