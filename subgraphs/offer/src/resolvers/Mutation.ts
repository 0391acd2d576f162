import { assertAdmin, assertCanWrite, provenanceOf } from '#kit/authorize.ts';
import type { OfferContext } from '../context.ts';
import { badUserInput, notFound, OFFER_ID_PATTERN } from '../errors.ts';
import type { OfferInput } from '../repositories/offerRepository.ts';

export const Mutation = {
  async upsertOffer(_: unknown, { input }: { input: OfferInput }, { viewer, offers }: OfferContext) {
    assertAdmin(viewer);
    if (!OFFER_ID_PATTERN.test(input.id)) throw badUserInput('id must be a slug: lower-case letters, digits and dashes.', 'id');
    if (!input.title.trim()) throw badUserInput('title must not be empty.', 'title');
    if (input.validUntil && input.validUntil <= input.validFrom) throw badUserInput('validUntil must be after validFrom.', 'validUntil');
    return offers.upsert(input, new Date());
  },

  async dismissOffer(
    _: unknown,
    { profileId, offerId }: { profileId: string; offerId: string },
    { viewer, offers, responses }: OfferContext,
  ) {
    assertCanWrite(viewer, profileId);
    if (!(await offers.exists(offerId))) throw notFound('Offer');
    await responses.dismiss(profileId, offerId, provenanceOf(viewer));
    return { id: profileId };
  },
};
