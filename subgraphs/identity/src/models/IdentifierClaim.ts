import { Schema, type Connection, type Model } from 'mongoose';

/**
 * Which profile an external identifier belongs to. The `_id` is the identifier's blind index, so
 * the database itself guarantees that one identifier belongs to exactly one profile.
 */
export interface IdentifierClaimDoc {
  _id: string;
  profileId: string;
  source: string;
  claimedAt: Date;
}

const claimSchema = new Schema<IdentifierClaimDoc>(
  {
    _id: { type: String, required: true },
    profileId: { type: String, required: true },
    source: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: 'identifier_claims', versionKey: false },
);
claimSchema.index({ profileId: 1 });

export const identifierClaimModel = (connection: Connection): Model<IdentifierClaimDoc> =>
  connection.model<IdentifierClaimDoc>('IdentifierClaim', claimSchema);
