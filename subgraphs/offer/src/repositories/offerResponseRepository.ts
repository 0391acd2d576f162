import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import type { OfferResponseDoc } from '../models/OfferResponse.ts';

export function offerResponseRepository(responses: Model<OfferResponseDoc>) {
  return {
    findBySubjects: (subjectIds: readonly string[]) =>
      responses
        .find({ _id: { $in: [...subjectIds] } })
        .lean<OfferResponseDoc[]>()
        .exec(),

    /** Idempotent: dismissing twice keeps the first dismissal. */
    async dismiss(subjectId: string, offerId: string, provenance: Provenance): Promise<void> {
      await responses
        .updateOne(
          { _id: subjectId, 'dismissals.offerId': { $ne: offerId } },
          { $push: { dismissals: { offerId, at: provenance.at, by: provenance } }, $set: { updatedAt: provenance.at } },
          { upsert: true },
        )
        .catch((error: { code?: number }) => {
          // The filter missed because the offer is already dismissed, so the upsert hit the existing _id.
          if (error.code !== 11000) throw error;
        });
    },
  };
}

export type OfferResponseRepository = ReturnType<typeof offerResponseRepository>;
