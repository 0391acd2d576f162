// The feed a profile is shown: the live offers, ranked by the domain's rules from what the other
// subgraphs say of the customer, less what the customer dismissed, snoozed or used up. Each feed
// shown is one decision in the journal (Art. 22: it can be explained and contested later).
import type { OfferDoc } from '../models/Offer.ts';
import type { OfferResponseDoc } from '../models/OfferResponse.ts';
import { buildFeed, type Candidate, type Feed } from '../domain/ranking.ts';
import type { DecisionJournal } from './decisionJournal.ts';
import type { Loaders } from './loaders.ts';

/** The profile as federation hands it over, with what the other subgraphs say of it (through @requires). */
export interface ProfileSignals {
  id: string;
  processingRestricted?: boolean | null;
  objections?: string[] | null;
  automatedDecisionOptOut?: boolean | null;
  automatedDecisionsUnderReview?: boolean | null;
  activeGrants?: string[] | null;
  country?: string | null;
  locale?: string | null;
  wantedTopics?: string[] | null;
  unwantedTopics?: string[] | null;
  disabledChannels?: string[] | null;
  age?: number | null;
}

/** A feed as shown: its mode and reason, the decision recorded for it, and each offer with its score and explanation. */
export interface ShownFeed extends Omit<Feed, 'items'> {
  decisionId: string;
  items: { offer: OfferDoc; score: number; explanation: string[] }[];
}

/** What building a feed reads from (the request's loaders) and writes to (the decision journal). */
export interface FeedSources {
  loaders: Loaders;
  decisions: DecisionJournal;
}

const candidate = (offer: OfferDoc): Candidate => ({
  id: offer._id,
  title: offer.title,
  topics: offer.topics,
  channels: offer.channels,
  priority: offer.priority ?? 0,
  validFrom: offer.validFrom,
  rule: offer.rule ?? null,
  version: offer.version ?? 1,
});

/**
 * The feed one profile is shown on a channel, built once per request: `offers` and `offerFeed`
 * selected side by side are one feed and one decision.
 */
export function feedFor(sources: FeedSources, profile: ProfileSignals, channel: string | null): Promise<ShownFeed> {
  const key = `${profile.id}\u0000${channel ?? ''}`;
  let feed = sources.loaders.feeds.get(key);
  if (!feed) {
    feed = buildShownFeed(sources, profile, channel);
    sources.loaders.feeds.set(key, feed);
  }
  return feed;
}

/** Offers the customer dismissed, snoozed until later, or redeemed as often as an offer allows. */
function excludedFor(live: OfferDoc[], response: OfferResponseDoc | null, now: Date): Set<string> {
  const redemptions = (offerId: string) => (response?.redemptions ?? []).filter((r) => r.offerId === offerId).length;
  const usedUp = live.filter((o) => o.maxRedemptionsPerCustomer != null && redemptions(o._id) >= o.maxRedemptionsPerCustomer);
  return new Set([
    ...(response?.dismissals ?? []).map((d) => d.offerId),
    ...(response?.snoozes ?? []).filter((s) => s.until > now).map((s) => s.offerId),
    ...usedUp.map((o) => o._id),
  ]);
}

async function buildShownFeed({ loaders, decisions }: FeedSources, profile: ProfileSignals, channel: string | null): Promise<ShownFeed> {
  const [live, response] = await Promise.all([loaders.liveOffers.load('live'), loaders.offerResponse.load(profile.id)]);
  const now = new Date();
  const excluded = excludedFor(live, response, now);
  const signals = {
    country: profile.country ?? null,
    locale: profile.locale ?? null,
    wantedTopics: profile.wantedTopics ?? [],
    activeGrants: profile.activeGrants ?? [],
    age: profile.age ?? null,
  };
  const state = {
    signals,
    unwantedTopics: profile.unwantedTopics ?? [],
    processingRestricted: profile.processingRestricted ?? false,
    objections: profile.objections ?? [],
    automatedDecisionOptOut: profile.automatedDecisionOptOut ?? false,
    underHumanReview: profile.automatedDecisionsUnderReview ?? false,
    excluded,
    hiddenTopics: response?.hiddenTopics ?? [],
    disabledChannels: profile.disabledChannels ?? [],
  };
  const feed = buildFeed(live.map(candidate), state, channel);
  const decisionId = decisions.record({
    subjectId: profile.id,
    at: now,
    mode: feed.mode,
    reason: feed.reason,
    channel,
    inputs: {
      ...signals,
      unwantedTopics: state.unwantedTopics,
      processingRestricted: state.processingRestricted,
      objections: state.objections,
      automatedDecisionOptOut: state.automatedDecisionOptOut,
      underHumanReview: state.underHumanReview,
      hiddenTopics: state.hiddenTopics,
      excluded: [...excluded].sort(),
    },
    offers: feed.items.map((i) => ({ offerId: i.offer.id, version: i.offer.version, score: i.score, explanation: i.explanation })),
  });
  const byId = new Map(live.map((o) => [o._id, o]));
  return {
    mode: feed.mode,
    reason: feed.reason,
    decisionId,
    // Every ranked offer is one of the live ones it was built from.
    items: feed.items.flatMap(({ offer, score, explanation }) => {
      const doc = byId.get(offer.id);
      return doc ? [{ offer: doc, score, explanation }] : [];
    }),
  };
}
