import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export type ProfileStatus = 'ACTIVE' | 'RESTRICTED' | 'ERASED';

export interface ProfileDoc {
  _id: string;
  email?: string;
  /** Lower-cased email: the lookup key, unique across profiles. */
  emailKey?: string;
  displayName?: string;
  status: ProfileStatus;
  createdAt: Date;
  updatedAt: Date;
  lastChangedBy: Provenance;
}

const profileSchema = new Schema<ProfileDoc>(
  {
    _id: { type: String, required: true },
    email: String,
    emailKey: String,
    displayName: String,
    status: { type: String, enum: ['ACTIVE', 'RESTRICTED', 'ERASED'], required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'profiles', versionKey: false },
);
// Sparse: many profiles have no email (MongoDB needs sparse; FerretDB's SQLite index treats missing as distinct).
profileSchema.index({ emailKey: 1 }, { unique: true, sparse: true });

export const profileModel = (connection: Connection): Model<ProfileDoc> => connection.model<ProfileDoc>('Profile', profileSchema);
