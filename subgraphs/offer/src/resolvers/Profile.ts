import { resolveProfileReference } from '#kit/authorize.ts';
import type { OfferContext } from '../context.ts';
import type { OfferDoc } from '../models/Offer.ts';
import type { ShownFeed } from '../services/loaders.ts';
import { buildFeed, type Candidate } from '../domain/ranking.ts';
import type { ProfileMapper } from './mappers.ts';
import type { ProfileResolvers } from './types.generated.ts';

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

/** The feed one profile is shown on a channel, built once per request; its decision goes to the journal. */
function feedFor(profile: ProfileMapper, channel: string | null, context: OfferContext): Promise<ShownFeed> {
  const key = `${profile.id}\u0000${channel ?? ''}`;
  let feed = context.loaders.feeds.get(key);
  if (!feed) {
    feed = buildShownFeed(profile, channel, context);
    context.loaders.feeds.set(key, feed);
  }
  return feed;
}

async function buildShownFeed(profile: ProfileMapper, channel: string | null, { loaders, decisions }: OfferContext): Promise<ShownFeed> {
  const [live, response] = await Promise.all([loaders.liveOffers.load('live'), loaders.offerResponse.load(profile.id)]);
  const now = new Date();
  const redeemedOut = new Set(
    live
      .filter((o) => o.maxRedemptionsPerCustomer !== null && o.maxRedemptionsPerCustomer !== undefined)
      .filter((o) => (response?.redemptions ?? []).filter((r) => r.offerId === o._id).length >= o.maxRedemptionsPerCustomer!)
      .map((o) => o._id),
  );
  const excluded = new Set([
    ...(response?.dismissals ?? []).map((d) => d.offerId),
    ...(response?.snoozes ?? []).filter((s) => s.until > now).map((s) => s.offerId),
    ...redeemedOut,
  ]);
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
      hiddenTopics: state.hiddenTopics,
      excluded: [...excluded].sort(),
    },
    offers: feed.items.map((i) => ({ offerId: i.offer.id, version: i.offer.version, score: i.score, explanation: i.explanation })),
  });
  return { ...feed, decisionId, byId: new Map(live.map((o) => [o._id, o])) };
}

export const Profile: ProfileResolvers = {
  __resolveReference: resolveProfileReference,

  async offers(profile, _, context) {
    const feed = await feedFor(profile, null, context);
    return feed.items.map((item) => feed.byId.get(item.offer.id)!);
  },

  async offerFeed(profile, { channel }, context) {
    const feed = await feedFor(profile, channel ?? null, context);
    return {
      mode: feed.mode,
      reason: feed.reason,
      decisionId: feed.decisionId,
      items: feed.items.map((item) => ({ offer: feed.byId.get(item.offer.id)!, score: item.score, explanation: item.explanation })),
    };
  },

  offerDecisions: ({ id }, { first }, { viewer, offers }) => offers.decisionsOf(viewer, id, first),
};
