import type { Model } from 'mongoose';
import { countByKeys, deleteByKeys, findByKeys, insertNew, updateByKeys } from '#kit/mongo.ts';
import type { IdentifierClaimDoc } from '../models/IdentifierClaim.ts';

/**
 * Every query and write of identifier claims: which profile each external identifier (by its
 * blind index, the `_id`) belongs to. The unique `_id` is what makes a claim exclusive.
 */
export function claimStore(claims: Model<IdentifierClaimDoc>) {
  return {
    /** Claims an identifier; false when somebody already holds it (nothing written). */
    insert: (claim: IdentifierClaimDoc): Promise<boolean> => insertNew(claims, claim),

    byIndex: (index: string) => claims.findById(index).lean<IdentifierClaimDoc>().exec(),

    /** Moves a claim from `from` to `to`; false when it no longer belonged to `from`. */
    takeOver: async (index: string, from: string, to: string, at: Date) =>
      (await claims.updateOne({ _id: index, profileId: from }, { $set: { profileId: to, claimedAt: at } }).exec()).matchedCount > 0,

    /** Gives these claims (by index) back, where `profileId` still holds them. */
    release: (indexes: readonly string[], profileId: string) => deleteByKeys(claims, '_id', indexes, { profileId }),

    /** Every claim of one profile moves to another (a merge). */
    moveAll: (from: string, to: string) => claims.updateMany({ profileId: from }, { $set: { profileId: to } }).exec(),

    /** These claims (by index) belong to `profileId` again (an unmerge). */
    giveBack: (indexes: readonly string[], profileId: string) => updateByKeys(claims, '_id', indexes, { $set: { profileId } }),

    /** The claims these profiles hold, without their index (what an export shows). */
    heldBy: (profileIds: readonly string[]) =>
      findByKeys<Pick<IdentifierClaimDoc, '_id' | 'source' | 'profileId' | 'claimedAt'>>(claims, 'profileId', profileIds, {
        projection: { source: 1, profileId: 1, claimedAt: 1 },
      }),

    /** The profiles holding these identifiers (by index). */
    holdersOf: async (indexes: readonly string[]) =>
      (await findByKeys<Pick<IdentifierClaimDoc, 'profileId'>>(claims, '_id', indexes, { projection: { profileId: 1 } })).map(
        (c) => c.profileId,
      ),

    countHeldBy: (profileIds: readonly string[]) => countByKeys(claims, 'profileId', profileIds),

    deleteHeldBy: (profileIds: readonly string[]) => deleteByKeys(claims, 'profileId', profileIds),
  };
}

export type ClaimStore = ReturnType<typeof claimStore>;
