// Offer's use cases: the catalogue an administrator keeps, a customer's responses to an offer
// (dismiss, snooze, not this kind, redeem), who may do each (decided here), and the customer's
// decision log. The feed itself is built per request in resolvers/Profile.ts from the loaders.
import { assertAdmin, assertCanRead, assertCanWrite, provenanceOf } from '#kit/authorize.ts';
import { badUserInput, conflict, notFound } from '#kit/errors.ts';
import { pageSize } from '#kit/paging.ts';
import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import { ID_RULE, isId } from '#kit/slugs.ts';
import type { Viewer } from '#kit/viewer.ts';
import { isRule, validateRule } from '../domain/eligibility.ts';
import type { OfferDoc, OfferStatus } from '../models/Offer.ts';
import type { OfferDecisionDoc, OfferResponseDoc } from '../models/OfferResponse.ts';
import type { OfferInput, OfferStore } from '../store/offerStore.ts';
import type { OfferResponseStore } from '../store/offerResponseStore.ts';
import type { DecisionJournal } from './decisionJournal.ts';

export type { OfferInput };
/** An offer as an administrator sends it: its rule is JSON, not yet checked. */
export type OfferUpsert = Omit<OfferInput, 'rule'> & { rule?: unknown };

export class OfferService {
  readonly #offers: OfferStore;
  readonly #responses: OfferResponseStore;
  readonly #decisions: DecisionJournal;
  /** Where profile ids are checked before a write (identity); unset when tested on its own. */
  readonly #directory: ProfileDirectory | undefined;

  constructor(offers: OfferStore, responses: OfferResponseStore, decisions: DecisionJournal, directory?: ProfileDirectory) {
    this.#offers = offers;
    this.#responses = responses;
    this.#decisions = decisions;
    this.#directory = directory;
  }

  catalogue(status?: OfferStatus | null): Promise<OfferDoc[]> {
    return this.#offers.catalogue(status);
  }

  /** The offers live at `now`, for the per-request loader. */
  live(now: Date): Promise<OfferDoc[]> {
    return this.#offers.live(now);
  }

  /** Every subject's responses among `ids`, for the per-request loader. */
  responsesOf(ids: readonly string[]): Promise<OfferResponseDoc[]> {
    return this.#responses.findBySubjects(ids);
  }

  upsertOffer(viewer: Viewer, input: OfferUpsert) {
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
    return this.#offers.upsert({ ...input, rule: isRule(input.rule) ? input.rule : null }, new Date());
  }

  async dismiss(viewer: Viewer, profileId: string, offerId: string): Promise<void> {
    assertCanWrite(viewer, profileId);
    await this.#liveOffer(profileId, offerId);
    await this.#responses.dismiss(profileId, offerId, provenanceOf(viewer));
  }

  async snooze(viewer: Viewer, profileId: string, offerId: string, until: Date): Promise<void> {
    assertCanWrite(viewer, profileId);
    await this.#liveOffer(profileId, offerId);
    if (until <= new Date()) throw badUserInput('until must be in the future.', 'until');
    await this.#responses.snooze(profileId, offerId, until, provenanceOf(viewer));
  }

  async notThisKind(viewer: Viewer, profileId: string, offerId: string): Promise<void> {
    assertCanWrite(viewer, profileId);
    const offer = await this.#liveOffer(profileId, offerId);
    await this.#responses.notThisKind(profileId, offerId, offer.topics, provenanceOf(viewer));
  }

  async redeem(viewer: Viewer, profileId: string, offerId: string): Promise<void> {
    assertCanWrite(viewer, profileId);
    const offer = await this.#liveOffer(profileId, offerId);
    const now = new Date();
    if (offer.status !== 'ACTIVE' || offer.validFrom > now || (offer.validUntil && offer.validUntil <= now))
      throw conflict('This offer is not live.');
    const done = await this.#responses.redeem(profileId, offerId, offer.maxRedemptionsPerCustomer, provenanceOf(viewer));
    if (!done) throw conflict('You have already used this offer as often as it allows.');
  }

  /** The customer's decision log, newest first, including what this replica decided a moment ago. */
  async decisionsOf(viewer: Viewer, profileId: string, first: number): Promise<OfferDecisionDoc[]> {
    assertCanRead(viewer, profileId);
    await this.#decisions.flush();
    return this.#responses.decisionsOf(profileId, pageSize(first, 200));
  }

  /** The offer a response is about; the profile it is for is checked with identity at the same time. */
  async #liveOffer(profileId: string, offerId: string): Promise<OfferDoc> {
    const [offer] = await Promise.all([this.#offers.get(offerId), this.#directory?.assertExists(profileId)]);
    if (!offer) throw notFound('Offer');
    return offer;
  }
}
