import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { KeyedMutex } from '#kit/keyedMutex.ts';
import { retryOnDuplicate } from '#kit/mongo.ts';
import type { OfferDecisionDoc, OfferResponseDoc } from '../models/OfferResponse.ts';

const empty = (subjectId: string, at: Date): OfferResponseDoc => ({
  _id: subjectId,
  dismissals: [],
  snoozes: [],
  hiddenTopics: [],
  redemptions: [],
  updatedAt: at,
});

export function offerResponseRepository(responses: Model<OfferResponseDoc>, decisions: Model<OfferDecisionDoc>) {
  const writes = new KeyedMutex();

  /** Read-modify-write of one subject's responses, queued per subject (FerretDB updates are not atomic). */
  function edit(subjectId: string, at: Date, change: (draft: OfferResponseDoc) => void): Promise<OfferResponseDoc> {
    return writes.run(subjectId, async () => {
      const current = (await responses.findById(subjectId).lean<OfferResponseDoc>().exec()) ?? empty(subjectId, at);
      const draft: OfferResponseDoc = { ...empty(subjectId, at), ...structuredClone(current) };
      change(draft);
      draft.updatedAt = at;
      await retryOnDuplicate(() => responses.replaceOne({ _id: subjectId }, draft, { upsert: true }).exec());
      return draft;
    });
  }

  return {
    findBySubjects: (subjectIds: readonly string[]) =>
      responses
        .find({ _id: { $in: [...subjectIds] } })
        .lean<OfferResponseDoc[]>()
        .exec(),

    /** Idempotent: dismissing twice keeps the first dismissal. */
    dismiss: (subjectId: string, offerId: string, provenance: Provenance) =>
      edit(subjectId, provenance.at, (draft) => {
        if (!draft.dismissals.some((d) => d.offerId === offerId)) draft.dismissals.push({ offerId, at: provenance.at, by: provenance });
      }),

    snooze: (subjectId: string, offerId: string, until: Date, at: Date) =>
      edit(subjectId, at, (draft) => {
        draft.snoozes = [...draft.snoozes.filter((s) => s.offerId !== offerId), { offerId, until, at }];
      }),

    hideTopics: (subjectId: string, topics: string[], at: Date) =>
      edit(subjectId, at, (draft) => {
        draft.hiddenTopics = [...new Set([...draft.hiddenTopics, ...topics])].sort();
      }),

    /** Records a redemption unless the customer already used the offer `limit` times (then returns null). */
    async redeem(
      subjectId: string,
      offerId: string,
      limit: number | null | undefined,
      provenance: Provenance,
    ): Promise<OfferResponseDoc | null> {
      let refused = false;
      const doc = await edit(subjectId, provenance.at, (draft) => {
        const used = draft.redemptions.filter((r) => r.offerId === offerId).length;
        if (limit !== null && limit !== undefined && used >= limit) refused = true;
        else draft.redemptions.push({ offerId, at: provenance.at, by: provenance });
      });
      return refused ? null : doc;
    },

    /** Decision logs for many profiles in one insert. */
    logDecisions: async (docs: readonly OfferDecisionDoc[]) => {
      if (docs.length) await decisions.insertMany([...docs], { ordered: false });
    },

    decisionsOf: (subjectId: string, limit: number) =>
      decisions.find({ subjectId }).sort({ at: -1, _id: 1 }).limit(limit).lean<OfferDecisionDoc[]>().exec(),
  };
}

export type OfferResponseRepository = ReturnType<typeof offerResponseRepository>;
