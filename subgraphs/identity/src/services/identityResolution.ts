// Automatic identity resolution: the rules administrators define, and merging the profiles they
// match as soon as a write gives two profiles the evidence a rule asks for.
import { assertRole, provenanceOf, type Provenance } from '#kit/authorize.ts';
import { badUserInput, ErrorCode, hasCode, notFound } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import { ID_RULE, isId, isSourceName, SOURCE_RULE } from '#kit/slugs.ts';
import type { Viewer } from '#kit/viewer.ts';
import { isSignInProfile, ruleFor, survivorOf, type ResolutionFacts } from '../domain/resolution.ts';
import type { ResolutionEvidence, ResolutionRuleDoc } from '../models/ResolutionRule.ts';
import type { RuleStore } from '../store/ruleStore.ts';
import type { MergeService } from './mergeService.ts';

/** Who decided an automatic merge: identity itself, under a rule (the merge record names it). */
const RESOLVER = { source: 'identity-resolution', channel: 'internal', actor: null } as const;

export interface RuleInput {
  id: string;
  evidence: ResolutionEvidence[];
  trustedSources: string[];
}

/** What one resolution did: the profile the written one now is (itself, or the survivor it was merged into) and the merges made. */
export interface Resolution {
  profileId: string;
  merged: { survivorId: string; mergedId: string; rule: string }[];
}

export class IdentityResolution {
  readonly #rules: RuleStore;
  readonly #merges: MergeService;
  readonly #log: Logger;

  constructor({ rules, merges, log }: { rules: RuleStore; merges: MergeService; log: Logger }) {
    this.#rules = rules;
    this.#merges = merges;
    this.#log = log;
  }

  /** Defines a rule, or replaces the one with this id (administrators). It applies to writes from now on. */
  async define(viewer: Viewer, input: RuleInput): Promise<ResolutionRuleDoc> {
    assertRole(viewer, ['admin'], 'Resolution rules are for administrators.');
    if (!isId(input.id)) throw badUserInput(`A rule id is ${ID_RULE}.`, 'input.id');
    if (!input.evidence.length) throw badUserInput('Name the evidence that makes two profiles one.', 'input.evidence');
    const sources = [...new Set(input.trustedSources)].sort();
    if (!sources.length) throw badUserInput('Name the source systems this rule trusts.', 'input.trustedSources');
    const bad = sources.find((s): boolean => !isSourceName(s));
    if (bad !== undefined) throw badUserInput(`A source name is ${SOURCE_RULE}; "${bad.slice(0, 40)}" is not.`, 'input.trustedSources');
    const doc: ResolutionRuleDoc = {
      _id: input.id,
      evidence: [...new Set(input.evidence)].sort(),
      trustedSources: sources,
      active: true,
      definedBy: provenanceOf(viewer),
      retiredBy: null,
    };
    await this.#rules.put(doc);
    return doc;
  }

  /** Retires a rule (administrators): it merges nothing more; what it merged stays, and staff may unmerge it. */
  async retire(viewer: Viewer, id: string): Promise<ResolutionRuleDoc> {
    assertRole(viewer, ['admin'], 'Resolution rules are for administrators.');
    const retired = await this.#rules.retire(id, provenanceOf(viewer));
    if (!retired) throw notFound('Resolution rule');
    return retired;
  }

  /** The active rules, read once for a batch of writes. */
  rulesInForce(): Promise<ResolutionRuleDoc[]> {
    return this.#rules.active();
  }

  /** Every rule, retired ones too (staff). */
  list(viewer: Viewer): Promise<ResolutionRuleDoc[]> {
    assertRole(viewer, ['admin', 'agent', 'analyst'], 'Resolution rules are for staff.');
    return this.#rules.all();
  }

  /**
   * After a write that may have given `profileId` a proved contact point: merges it with every live
   * profile an active rule matches, into the survivor `survivorOf` picks (`keep`: the profile of the
   * customer who made the change). Restricted profiles, and profiles a customer signs in as (other
   * than the survivor), are left as suggestions for staff.
   * Each merge is the same merge staff make (same lineage, undone with unmergeProfiles), recorded
   * as identity's decision under the rule.
   */
  async resolve(
    profileId: string,
    { rules: inForce, keep = null }: { rules?: readonly ResolutionRuleDoc[]; keep?: string | null } = {},
  ): Promise<Resolution> {
    const rules = inForce ?? (await this.rulesInForce());
    if (!rules.length) return { profileId, merged: [] };
    const at = new Date();
    const { profile, duplicates } = await this.#merges.duplicatesOf(profileId);
    if (profile.status !== 'ACTIVE') return { profileId, merged: [] };
    const matched = duplicates.flatMap((d) => {
      const rule = d.status === 'ACTIVE' ? ruleFor(d.facts, rules) : null;
      return rule ? [{ profile: d, rule }] : [];
    });
    if (!matched.length) return { profileId, merged: [] };
    const survivor = survivorOf([profile, ...matched.map((m) => m.profile)], keep);
    // Each profile joins the survivor under the rule that matched it to the written one (the written
    // one, under the rule that matched it to the survivor): one person, link by link.
    const ruleOf = new Map(matched.map((m) => [m.profile._id, m.rule]));
    const merged: Resolution['merged'] = [];
    for (const other of [profile, ...matched.map((m) => m.profile)]) {
      if (other._id === survivor._id || other._id === keep || isSignInProfile(other)) continue;
      const rule = ruleOf.get(other._id === profileId ? survivor._id : other._id);
      if (rule && (await this.#mergeInto(survivor, other, rule, { ...RESOLVER, at })))
        merged.push({ survivorId: survivor._id, mergedId: other._id, rule: rule._id });
    }
    const joined = merged.some((m) => m.mergedId === profileId);
    return { profileId: joined ? survivor._id : profileId, merged };
  }

  async #mergeInto(survivor: ResolutionFacts, other: ResolutionFacts, rule: ResolutionRuleDoc, by: Provenance): Promise<boolean> {
    const why = `automatic: rule ${rule._id} (the same ${rule.evidence.map((e) => (e === 'VERIFIED_EMAIL' ? 'verified email' : 'verified phone')).join(' or ')} from ${rule.trustedSources.join(', ')})`;
    try {
      await this.#merges.merge(survivor._id, other._id, why, by, rule._id);
      this.#log.info('profiles merged by a resolution rule', { survivorId: survivor._id, mergedId: other._id, rule: rule._id });
      return true;
    } catch (error) {
      // Changed meanwhile (merged by someone else, restricted, a concurrent write): it stays a suggestion.
      if (hasCode(error, ErrorCode.CONFLICT) || hasCode(error, ErrorCode.RESTRICTED) || hasCode(error, ErrorCode.NOT_FOUND)) {
        this.#log.warn('an automatic merge was not made; the profiles stay a suggestion', {
          survivorId: survivor._id,
          mergedId: other._id,
        });
        return false;
      }
      throw error;
    }
  }
}
