import { Schema } from 'mongoose';
import type { Provenance } from './authorize.ts';

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
