import { assertAdmin, assertCanWrite, provenanceOf } from '#kit/authorize.ts';
import { badUserInput, conflict, notFound } from '#kit/errors.ts';
import type { OfferContext } from '../context.ts';
import { ID_RULE, isId } from '#kit/slugs.ts';
import type { OfferInput } from '../store/offerStore.ts';
import { validateRule, type Rule } from '../domain/eligibility.ts';

/** The offer a response is about; the profile it is for is checked with identity at the same time. */
async function liveOffer({ offers, directory }: OfferContext, profileId: string, offerId: string) {
  const [offer] = await Promise.all([offers.get(offerId), directory?.assertExists(profileId)]);
  if (!offer) throw notFound('Offer');
  return offer;
}

export const Mutation = {
  async upsertOffer(_: unknown, { input }: { input: OfferInput & { rule?: unknown } }, { viewer, offers }: OfferContext) {
    assertAdmin(viewer);
    if (!isId(input.id)) throw badUserInput(`id must be ${ID_RULE}.`, 'id');
    if (!input.title.trim()) throw badUserInput('title must not be empty.', 'title');
    if (input.validUntil && input.validUntil <= input.validFrom) throw badUserInput('validUntil must be after validFrom.', 'validUntil');
    if (input.maxRedemptionsPerCustomer !== null && input.maxRedemptionsPerCustomer !== undefined && input.maxRedemptionsPerCustomer < 1) {
      throw badUserInput('maxRedemptionsPerCustomer is at least 1.', 'maxRedemptionsPerCustomer');
    }
    if (input.rule !== null && input.rule !== undefined) {
      const [problem, ...more] = validateRule(input.rule);
      if (problem)
        throw badUserInput(
          `rule ${problem.path}: ${problem.message}${more.length ? ` (and ${more.length} more)` : ''}`,
          problem.path.replace(/^\$/, 'rule'),
        );
    }
    return offers.upsert({ ...input, rule: (input.rule as Rule | undefined) ?? null }, new Date());
  },

  async dismissOffer(_: unknown, { profileId, offerId }: { profileId: string; offerId: string }, context: OfferContext) {
    assertCanWrite(context.viewer, profileId);
    await liveOffer(context, profileId, offerId);
    await context.responses.dismiss(profileId, offerId, provenanceOf(context.viewer));
    return { id: profileId };
  },

  async snoozeOffer(_: unknown, { profileId, offerId, until }: { profileId: string; offerId: string; until: Date }, context: OfferContext) {
    assertCanWrite(context.viewer, profileId);
    await liveOffer(context, profileId, offerId);
    if (until <= new Date()) throw badUserInput('until must be in the future.', 'until');
    await context.responses.snooze(profileId, offerId, until, provenanceOf(context.viewer));
    return { id: profileId };
  },

  async notInterestedInOfferKind(_: unknown, { profileId, offerId }: { profileId: string; offerId: string }, context: OfferContext) {
    assertCanWrite(context.viewer, profileId);
    const offer = await liveOffer(context, profileId, offerId);
    await context.responses.notThisKind(profileId, offerId, offer.topics, provenanceOf(context.viewer));
    return { id: profileId };
  },

  async redeemOffer(_: unknown, { profileId, offerId }: { profileId: string; offerId: string }, context: OfferContext) {
    assertCanWrite(context.viewer, profileId);
    const offer = await liveOffer(context, profileId, offerId);
    const now = new Date();
    if (offer.status !== 'ACTIVE' || offer.validFrom > now || (offer.validUntil && offer.validUntil <= now))
      throw conflict('This offer is not live.');
    const done = await context.responses.redeem(profileId, offerId, offer.maxRedemptionsPerCustomer, provenanceOf(context.viewer));
    if (!done) throw conflict('You have already used this offer as often as it allows.');
    return { id: profileId };
  },
};
