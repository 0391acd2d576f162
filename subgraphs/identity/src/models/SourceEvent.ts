import { Schema, type Connection, type Model } from 'mongoose';

/** Source-system events already applied: replaying one changes nothing. No personal data. */
export interface SourceEventDoc {
  /** `${source}:${eventId}` */
  _id: string;
  status: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  profileId: string;
  appliedAt: Date;
}

const sourceEventSchema = new Schema<SourceEventDoc>(
  {
    _id: { type: String, required: true },
    status: { type: String, required: true },
    profileId: { type: String, required: true },
    appliedAt: { type: Date, required: true },
  },
  { collection: 'source_events', versionKey: false },
);
sourceEventSchema.index({ profileId: 1 });
// The retention sweep's expiry range (kit/src/retention.ts).
sourceEventSchema.index({ appliedAt: 1 });

export const sourceEventModel = (connection: Connection): Model<SourceEventDoc> =>
  connection.model<SourceEventDoc>('SourceEvent', sourceEventSchema);
