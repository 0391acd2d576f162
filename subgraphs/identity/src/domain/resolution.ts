// Automatic identity resolution as rules with no I/O: what two profiles share, what keeps them
// apart, which rule (if any) merges them, and which of them survives.
import type { ProfileDoc } from '../models/Profile.ts';
import type { ResolutionEvidence, ResolutionRuleDoc } from '../models/ResolutionRule.ts';

/** What of a profile resolution looks at: blind indexes, verification, sources and dates, no personal value. */
export type ResolutionFacts = Pick<ProfileDoc, '_id' | 'status' | 'emails' | 'phones' | 'identifiers' | 'merges' | 'createdAt'>;

export interface PairFacts {
  /** Contact points both profiles proved, each with the source system that gave it on either side. */
  shared: { evidence: ResolutionEvidence; sources: [string, string] }[];
  /** Source systems in which the two are different records (different identifiers of the same source). */
  conflictingSources: string[];
  /** Staff undid a merge of these two before: they are two people. */
  separatedBefore: boolean;
}

export function pairFacts(ours: ResolutionFacts, theirs: ResolutionFacts): PairFacts {
  const shared: PairFacts['shared'] = [];
  for (const kind of ['emails', 'phones'] as const) {
    for (const point of ours[kind]) {
      const other = theirs[kind].find((p) => p.index === point.index);
      if (point.verified && other?.verified)
        shared.push({
          evidence: kind === 'emails' ? 'VERIFIED_EMAIL' : 'VERIFIED_PHONE',
          sources: [point.provenance.source, other.provenance.source],
        });
    }
  }
  const conflictingSources = [...new Set(ours.identifiers.map((i) => i.source))].filter((source) => {
    const theirIndexes = new Set(theirs.identifiers.filter((i) => i.source === source).map((i) => i.index));
    return theirIndexes.size > 0 && !ours.identifiers.some((i) => i.source === source && theirIndexes.has(i.index));
  });
  const undone = (a: ResolutionFacts, b: ResolutionFacts) => a.merges.some((m) => m.mergedProfileId === b._id && m.undoneAt);
  return { shared, conflictingSources: conflictingSources.sort(), separatedBefore: undone(ours, theirs) || undone(theirs, ours) };
}

/**
 * The rule that merges two profiles, or null: the first active rule (by id) for which they share
 * one of its kinds of evidence, given on both sides by a source it trusts. Never across a
 * conflicting identifier of one source, nor two profiles staff separated before.
 */
export function ruleFor(facts: PairFacts, rules: readonly ResolutionRuleDoc[]): ResolutionRuleDoc | null {
  if (facts.conflictingSources.length || facts.separatedBefore) return null;
  return (
    rules.find(
      (rule) =>
        rule.active &&
        facts.shared.some((s) => rule.evidence.includes(s.evidence) && s.sources.every((source) => rule.trustedSources.includes(source))),
    ) ?? null
  );
}

/** A profile a customer signs in as (created by sign-up, with the email their identity provider verified). */
export const isSignInProfile = (profile: Pick<ResolutionFacts, 'emails'>) =>
  profile.emails.some((e) => e.verified && e.verificationMethod === 'IDENTITY_PROVIDER');

/**
 * Which of a group of profiles survives an automatic merge: `keep` (the profile of the customer
 * whose own change it was, so they keep reaching it), else one a customer signs in as, else the
 * oldest, else the smallest id. A second profile someone signs in as is never merged away
 * automatically: it stays a suggestion for staff.
 */
export function survivorOf(group: readonly ResolutionFacts[], keep: string | null = null): ResolutionFacts {
  const rank = (p: ResolutionFacts) => (p._id === keep ? 0 : isSignInProfile(p) ? 1 : 2);
  const ranked = [...group].sort(
    (a, b) => rank(a) - rank(b) || a.createdAt.getTime() - b.createdAt.getTime() || a._id.localeCompare(b._id),
  );
  const survivor = ranked[0];
  if (!survivor) throw new Error('survivorOf needs at least one profile');
  return survivor;
}
