import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { documentLocks } from '#kit/locks.ts';
import { findByKeys, retryOnDuplicate } from '#kit/mongo.ts';
import { domainEvent } from '#kit/events/outbox.ts';
import type { DomainEvent } from '#kit/events/domainEvents.ts';
import type { OfferDecisionDoc, OfferResponseDoc } from '../models/OfferResponse.ts';

const empty = (subjectId: string, at: Date): OfferResponseDoc => ({
  _id: subjectId,
  dismissals: [],
  snoozes: [],
  hiddenTopics: [],
  redemptions: [],
  updatedAt: at,
});

/** What subscribers hear from offers: a customer turned one down (dismissed, snoozed, not this kind) or used it. */
export type OfferEventType = 'offer.dismissed' | 'offer.redeemed';

export function offerResponseStore(responses: Model<OfferResponseDoc>, decisions: Model<OfferDecisionDoc>) {
  const writes = documentLocks(responses.db, 'responses');

  /**
   * Read-modify-write of one subject's responses, queued per subject (FerretDB updates are not
   * atomic). `change` edits a copy and may `emit` the event subscribers hear of it, which is stored
   * in the same write (the outbox); a change that emits nothing changed nothing and is not written.
   */
  function edit(
    subjectId: string,
    by: Provenance,
    change: (draft: OfferResponseDoc, emit: (type: OfferEventType, data: Record<string, unknown>) => void) => void,
  ): Promise<OfferResponseDoc> {
    return writes.run(subjectId, async () => {
      const current = (await responses.findById(subjectId).lean<OfferResponseDoc>().exec()) ?? empty(subjectId, by.at);
      const draft: OfferResponseDoc = { ...empty(subjectId, by.at), ...structuredClone(current) };
      const events: DomainEvent[] = [];
      change(draft, (type, data) => events.push(domainEvent('offer', type, subjectId, by.at, { ...data, origin: by.source })));
      if (!events.length) return current;
      draft.updatedAt = by.at;
      draft.outbox = [...(draft.outbox ?? []), ...events];
      await retryOnDuplicate(() => responses.replaceOne({ _id: subjectId }, draft, { upsert: true }).exec());
      return draft;
    });
  }

  return {
    /** Runs `task` holding these subjects' write queues (the outbox relay's removals). */
    exclusive: <T>(ids: readonly string[], task: () => Promise<T>) => writes.runAll(ids, task),

    findBySubjects: (subjectIds: readonly string[]) => findByKeys<OfferResponseDoc>(responses, '_id', subjectIds),

    /** Idempotent: dismissing twice keeps the first dismissal (and tells subscribers once). */
    dismiss: (subjectId: string, offerId: string, provenance: Provenance) =>
      edit(subjectId, provenance, (draft, emit) => {
        if (draft.dismissals.some((d) => d.offerId === offerId)) return;
        draft.dismissals.push({ offerId, at: provenance.at, by: provenance });
        emit('offer.dismissed', { offerId, response: 'DISMISSED' });
      }),

    snooze: (subjectId: string, offerId: string, until: Date, provenance: Provenance) =>
      edit(subjectId, provenance, (draft, emit) => {
        draft.snoozes = [...draft.snoozes.filter((s) => s.offerId !== offerId), { offerId, until, at: provenance.at }];
        emit('offer.dismissed', { offerId, response: 'SNOOZED', until: until.toISOString() });
      }),

    /** "Not this kind": the offer is dismissed and its topics hidden, in one write. */
    notThisKind: (subjectId: string, offerId: string, topics: string[], provenance: Provenance) =>
      edit(subjectId, provenance, (draft, emit) => {
        const hidden = [...new Set([...draft.hiddenTopics, ...topics])].sort();
        const dismissed = draft.dismissals.some((d) => d.offerId === offerId);
        if (dismissed && hidden.length === draft.hiddenTopics.length) return;
        draft.hiddenTopics = hidden;
        if (!dismissed) draft.dismissals.push({ offerId, at: provenance.at, by: provenance });
        emit('offer.dismissed', { offerId, response: 'NOT_THIS_KIND', topics });
      }),

    /** Records a redemption unless the customer already used the offer `limit` times (then returns null). */
    async redeem(
      subjectId: string,
      offerId: string,
      limit: number | null | undefined,
      provenance: Provenance,
    ): Promise<OfferResponseDoc | null> {
      let refused = false;
      const doc = await edit(subjectId, provenance, (draft, emit) => {
        const used = draft.redemptions.filter((r) => r.offerId === offerId).length;
        if (limit !== null && limit !== undefined && used >= limit) refused = true;
        else {
          draft.redemptions.push({ offerId, at: provenance.at, by: provenance });
          emit('offer.redeemed', { offerId, redemption: used + 1 });
        }
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

export type OfferResponseStore = ReturnType<typeof offerResponseStore>;
