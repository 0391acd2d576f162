import { evaluate, usesProfiling, type Rule, type Signals } from './eligibility.ts';

export type FeedMode = 'PERSONALISED' | 'NON_PERSONALISED' | 'NONE';

export interface Candidate {
  id: string;
  title: string;
  topics: string[];
  channels: string[];
  priority: number;
  validFrom: Date;
  rule: Rule | null;
  version: number;
}

export interface CustomerState {
  signals: Signals;
  unwantedTopics: string[];
  processingRestricted: boolean;
  objections: string[];
  automatedDecisionOptOut: boolean;
  /** A person is reviewing an automated decision the customer contested: none is made meanwhile. */
  underHumanReview: boolean;
  /** Offers the customer dismissed, snoozed until a later time, or used up. */
  excluded: Set<string>;
  /** Kinds of offer (topics) the customer said "not interested" to here. */
  hiddenTopics: string[];
  /** Channels the customer switched off in their preferences. */
  disabledChannels: string[];
}

export interface RankedOffer {
  offer: Candidate;
  score: number;
  explanation: string[];
}

export interface Feed {
  mode: FeedMode;
  reason: string;
  items: RankedOffer[];
}

export const OFFERS_PURPOSE = 'personalised-offers';

/**
 * The offers a customer sees, and why. No processing at all while restricted or after an
 * objection to personalised offers. Personalised ranking (by what the customer likes) only with
 * consent to personalised offers, no opt-out of automated decisions and no human review of one
 * open (Art. 22(3)); otherwise the same list
 * for everyone eligible, and rules that use interests are not applied. Topics the customer does
 * not want, and offers they dismissed or snoozed, never appear.
 */
export function buildFeed(
  candidates: Candidate[],
  state: CustomerState,
  channel: string | null,
  topicNames: ReadonlyMap<string, string> = new Map(),
): Feed {
  if (state.processingRestricted)
    return { mode: 'NONE', reason: 'You restricted the processing of your data, so we show no offers.', items: [] };
  if (state.objections.includes(OFFERS_PURPOSE)) return { mode: 'NONE', reason: 'You objected to offers, so we show none.', items: [] };

  const personalised =
    state.signals.activeGrants.some((g) => g.startsWith(`${OFFERS_PURPOSE}:`)) && !state.automatedDecisionOptOut && !state.underHumanReview;
  const blocked = new Set([...state.unwantedTopics, ...state.hiddenTopics]);
  const items: RankedOffer[] = [];
  for (const offer of candidates) {
    if (state.excluded.has(offer.id)) continue;
    if (channel && !offer.channels.includes(channel)) continue;
    // An offer only reachable on channels the customer switched off is not for them.
    if (offer.channels.length && offer.channels.every((c) => state.disabledChannels.includes(c))) continue;
    if (offer.topics.some((t) => blocked.has(t))) continue;
    if (!personalised && usesProfiling(offer.rule)) continue;
    const { eligible, reasons } = evaluate(offer.rule, state.signals, topicNames);
    if (!eligible) continue;
    const liked = personalised ? offer.topics.filter((t) => state.signals.wantedTopics.includes(t)) : [];
    const explanation = [...reasons];
    for (const topic of liked) {
      const words = `you said you like ${topicNames.get(topic) ?? topic}`;
      if (!explanation.includes(words)) explanation.push(words);
    }
    if (!explanation.length)
      explanation.push(personalised ? 'a current offer that fits your choices' : 'a current offer, shown to every customer it applies to');
    items.push({ offer, score: liked.length * 10 + offer.priority, explanation });
  }
  items.sort(
    (a, b) => b.score - a.score || b.offer.validFrom.getTime() - a.offer.validFrom.getTime() || a.offer.id.localeCompare(b.offer.id),
  );
  if (personalised)
    return { mode: 'PERSONALISED', reason: 'Chosen from what you told us you like, because you allowed personalised offers.', items };
  if (state.underHumanReview)
    return {
      mode: 'NON_PERSONALISED',
      reason:
        'The same offers for everyone they apply to: a person is reviewing a decision you contested, and until they finish nothing is chosen for you automatically.',
      items,
    };
  return {
    mode: 'NON_PERSONALISED',
    reason: 'The same offers for everyone they apply to: you have not allowed personalised offers.',
    items,
  };
}
