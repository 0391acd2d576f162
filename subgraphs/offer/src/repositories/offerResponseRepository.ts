import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { KeyedMutex } from '#kit/keyedMutex.ts';
import { isDuplicateKeyError } from '#kit/mongo.ts';
import type { OfferResponseDoc } from '../models/OfferResponse.ts';

export function offerResponseRepository(responses: Model<OfferResponseDoc>) {
  const writes = new KeyedMutex();
  return {
    findBySubjects: (subjectIds: readonly string[]) =>
      responses
        .find({ _id: { $in: [...subjectIds] } })
        .lean<OfferResponseDoc[]>()
        .exec(),

    /** Idempotent: dismissing twice keeps the first dismissal. */
    async dismiss(subjectId: string, offerId: string, provenance: Provenance): Promise<void> {
      await writes.run(subjectId, async () => {
        try {
          await responses
            .updateOne(
              { _id: subjectId, 'dismissals.offerId': { $ne: offerId } },
              { $push: { dismissals: { offerId, at: provenance.at, by: provenance } }, $set: { updatedAt: provenance.at } },
              { upsert: true },
            )
            .exec();
        } catch (error) {
          // The filter missed because the offer is already dismissed, so the upsert hit the existing _id.
          if (!isDuplicateKeyError(error)) throw error;
        }
      });
    },
  };
}

export type OfferResponseRepository = ReturnType<typeof offerResponseRepository>;
