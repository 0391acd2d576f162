import { resolveProfileReference } from '#kit/authorize.ts';
import { maskText, seesMasked } from '#kit/masking.ts';
import type { ConsentContext } from '../context.ts';
import { verifyChain } from '../domain/chain.ts';
import { decide } from '../domain/permission.ts';
import { combineStates, foldLedger, type SubjectState } from '../domain/state.ts';
import type { ProfileMapper } from './mappers.ts';
import type { ConsentResolvers, ProfileResolvers } from './types.generated.ts';

/** The consent state of a profile together with every profile merged into it. */
async function stateOf({ id, mergedProfileIds }: ProfileMapper, { loaders }: ConsentContext): Promise<SubjectState> {
  const ledgers = await loaders.ledger.loadMany([id, ...(mergedProfileIds ?? [])]);
  return combineStates(ledgers.map((entries) => foldLedger(entries instanceof Error ? [] : entries)));
}

/** Keys of ledger content and proof that hold what someone typed or a source sent as it came. */
const FREE_TEXT = new Set(['collectionPoint', 'reason', 'userAgent', 'note', 'originalProof']);

/** A ledger entry as an analyst sees it: choices and times as they are, every free-text or source-sent value masked. */
function maskedEntry<
  E extends { content: unknown; proof: { ipHash?: string | null; userAgent?: string | null; reason?: string | null } | null },
>(entry: E): E {
  const mask = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(mask);
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [key, FREE_TEXT.has(key) && inner != null ? '***' : mask(inner)]),
      );
    }
    return value;
  };
  return {
    ...entry,
    content: mask(entry.content),
    proof: entry.proof && {
      ipHash: entry.proof.ipHash ? '***' : null,
      userAgent: maskText(entry.proof.userAgent),
      reason: maskText(entry.proof.reason),
    },
  };
}

export const Profile: ProfileResolvers = {
  // Resolving a reference only reads: the Global Privacy Control signal is recorded by the
  // honourGlobalPrivacyControl mutation, which the gateway sends before the customer's request.
  __resolveReference: resolveProfileReference,

  async consents(profile, _, context) {
    const [state, purposes] = await Promise.all([stateOf(profile, context), context.loaders.purposes.load('all')]);
    return [...state.decisions.values()]
      .map((d) => ({
        ...d,
        needsRenewal: d.status === 'GRANTED' && d.noticeVersion < (purposes.get(d.purpose)?.currentNoticeVersion ?? 0),
      }))
      .sort((a, b) => a.purpose.localeCompare(b.purpose) || a.channel.localeCompare(b.channel));
  },

  async activeGrants(profile, _, context) {
    const now = new Date();
    return [...(await stateOf(profile, context)).decisions.values()]
      .filter((d) => d.status === 'GRANTED' && !(d.expiresAt && d.expiresAt <= now))
      .map((d) => `${d.purpose}:${d.channel}`)
      .sort();
  },

  processingRestricted: async (profile, _, context) => (await stateOf(profile, context)).restricted?.value ?? false,

  objections: async (profile, _, context) =>
    [...(await stateOf(profile, context)).objections]
      .filter(([, flag]) => flag.value)
      .map(([purpose]) => purpose)
      .sort(),

  automatedDecisionOptOut: async (profile, _, context) => (await stateOf(profile, context)).automatedDecisionOptOut?.value ?? false,

  async saleSharingOptOut(profile, _, context) {
    const flag = (await stateOf(profile, context)).saleSharingOptOut;
    return flag ? { optedOut: flag.value, viaGlobalPrivacyControl: flag.viaGlobalPrivacyControl ?? false, at: flag.at } : null;
  },

  async mayProcess(profile, { purpose, channel }, context) {
    const [state, purposes] = await Promise.all([stateOf(profile, context), context.loaders.purposes.load('all')]);
    const { basedOnSeq, ...permission } = decide(state, purposes.get(purpose), channel, new Date());
    return { ...permission, basedOnEntry: basedOnSeq };
  },

  async consentHistory({ id }, _, context) {
    const entries = await context.loaders.ledger.load(id);
    const personal = await context.consents.openPersonal(entries);
    const shown = entries.map((e) => ({ ...e, proof: personal.get(e._id) ?? null }));
    return seesMasked(context.viewer) ? shown.map(maskedEntry) : shown;
  },

  async consentLedgerVerification({ id }, _, context) {
    const [entries, [head]] = await Promise.all([context.loaders.ledger.load(id), context.consents.heads([id])]);
    return verifyChain(id, entries, head ?? null);
  },
};

export const Consent: ConsentResolvers = {
  expired: (d) => Boolean(d.expiresAt && d.expiresAt <= new Date()),
  // Sealed in the entry's proof (entries before that kept it in clear in the content).
  async collectionPoint(d, _, { viewer, loaders }) {
    const point =
      d.collectionPoint ?? (d.subjectId ? (await loaders.personal.load(`${d.subjectId}#${d.proofSeq}`))?.collectionPoint : null);
    return (seesMasked(viewer) ? maskText(point) : point) ?? '';
  },
  updatedAt: (d) => d.at,
  lastChangedBy: (d) => ({ source: d.source, channel: d.via, actor: d.actor, at: d.at }),
  entrySeq: (d) => d.seq,
};
