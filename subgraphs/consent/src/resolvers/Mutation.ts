import { assertAdmin, assertCanWrite, assertRole, assertSystemActsAsItself, provenanceOf, type Provenance } from '#kit/authorize.ts';
import { assertImportSize, rejectionOf } from '#kit/batchImport.ts';
import { badUserInput, forbidden } from '#kit/errors.ts';
import { isWritable, profileNotFound } from '#kit/profileDirectory.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';
import type { ConsentContext } from '../context.ts';
import type { ConsentImportResult, MutationResolvers } from './types.generated.ts';

/** Customers for themselves, agents with a reason, administrators and systems. */
function assertConsentWrite(viewer: Viewer, profileId: string, reason?: string | null) {
  assertCanWrite(viewer, profileId);
  if (hasRole(viewer, 'agent') && !hasRole(viewer, 'admin') && !reason?.trim()) {
    throw badUserInput('Agents must give a reason when they record a customer’s choice.', 'reason');
  }
}

/** Records one of the customer's choices and hands back the profile, to be read afresh. */
async function changeChoice(
  { viewer, loaders, directory }: ConsentContext,
  profileId: string,
  reason: string | null | undefined,
  write: (provenance: Provenance) => Promise<unknown>,
) {
  assertConsentWrite(viewer, profileId, reason);
  await directory?.assertExists(profileId);
  await write(provenanceOf(viewer));
  loaders.ledger.clear(profileId);
  return { id: profileId };
}

export const Mutation: MutationResolvers = {
  upsertPurpose(_, { input }, { viewer, catalogue }) {
    assertAdmin(viewer);
    return catalogue.upsertPurpose(input, provenanceOf(viewer));
  },

  publishNotice(_, { purpose, input }, { viewer, catalogue }) {
    assertAdmin(viewer);
    return catalogue.publishNotice(purpose, input, provenanceOf(viewer));
  },

  async recordConsent(_, { input }, { viewer, consents, directory }) {
    assertConsentWrite(viewer, input.profileId, input.reason);
    if (input.proof.method === 'VERBAL' && !hasRole(viewer, 'agent', 'admin')) throw forbidden('Verbal consent is recorded by an agent.');
    if (input.proof.method === 'UNSUBSCRIBE_LINK')
      throw badUserInput('UNSUBSCRIBE_LINK is recorded by presenting the link (unsubscribe).', 'method');
    await directory?.assertExists(input.profileId);
    const entry = await consents.recordDecision({ subjectId: input.profileId, ...input }, provenanceOf(viewer));
    return { ...entry, proof: null };
  },

  /**
   * The customer's own Global Privacy Control signal, sent by the gateway for a request of theirs
   * that carries `Sec-GPC: 1`: an opt-out of sale and sharing with the signal as proof, recorded
   * once (true when this call recorded it).
   */
  async honourGlobalPrivacyControl(_, { profileId }, { viewer, consents, directory, loaders }) {
    if (!hasRole(viewer, 'customer') || viewer.subject !== profileId)
      throw forbidden('Only the customer records their own Global Privacy Control signal.');
    if (!viewer.gpc) throw badUserInput('This request carries no Global Privacy Control signal (Sec-GPC: 1).');
    await directory?.assertExists(profileId);
    const recorded = await consents.honourGlobalPrivacyControl(profileId, null, provenanceOf(viewer));
    if (recorded) loaders.ledger.clear(profileId);
    return recorded;
  },

  async requestConsentConfirmation(_, { input }, { viewer, consents, directory }) {
    // The token is the proof that the customer received it: only the system that sends it sees it.
    assertRole(viewer, ['system', 'admin'], 'Double opt-in tokens are issued to the system that sends them.');
    const { profileId, purpose, channel, tokenValidHours, ...proof } = input;
    await directory?.assertExists(profileId);
    const result = await consents.requestConfirmation(
      { subjectId: profileId, purpose, channel, tokenValidHours, proof: { ...proof, method: 'DOUBLE_OPT_IN' } },
      provenanceOf(viewer),
    );
    return { ...result, entry: { ...result.entry, proof: null } };
  },

  async unsubscribe(_, { token }, { viewer, consents, directory }) {
    // Like a double opt-in link, the link is the credential; it can only withdraw.
    const scope = consents.unsubscribeScope(token);
    await directory?.assertExists(scope.subjectId);
    return consents.unsubscribe(scope, provenanceOf(viewer));
  },

  async confirmConsent(_, { token }, { viewer, consents }) {
    // Whoever holds the token may present it: the link in the customer's mailbox is the credential.
    const entry = await consents.confirm(token, {}, provenanceOf(viewer));
    return { ...entry, proof: null };
  },

  setObjection: (_, { profileId, purpose, objected, reason }, context) =>
    changeChoice(context, profileId, reason, (provenance) =>
      context.consents.setObjection(profileId, purpose, objected, reason ?? null, provenance),
    ),

  setAutomatedDecisionOptOut: (_, { profileId, optedOut, reason }, context) =>
    changeChoice(context, profileId, reason, (provenance) =>
      context.consents.setFlag(profileId, 'AUTOMATED_DECISIONS', optedOut, reason ?? null, provenance),
    ),

  async importConsents(_, { source, records }, { viewer, consents, directory }) {
    assertSystemActsAsItself(viewer, source, 'import consents');
    assertImportSize(records);
    // Every profile the import names, checked in one call before any record is applied.
    const profiles = directory && (await directory.states(records.map((r) => r.profileId)));
    const known = records.filter((r) => !profiles || isWritable(profiles.get(r.profileId)));
    const outcomes = await consents.importDecisions(
      source,
      known.map((record) => ({ ...record, subjectId: record.profileId })),
      provenanceOf(viewer),
    );
    const outcomeOf = new Map(known.map((record, i) => [record, outcomes[i]!]));
    return records.map((record): ConsentImportResult => {
      const outcome = outcomeOf.get(record) ?? { rejected: rejectionOf(profileNotFound(record.profileId)) };
      if ('rejected' in outcome) return { recordId: record.recordId, status: 'REJECTED', entrySeq: null, ...outcome.rejected };
      if (outcome.replay) {
        return {
          recordId: record.recordId,
          status: 'ALREADY_IMPORTED',
          entrySeq: null,
          reason: 'This record was already imported.',
          code: null,
        };
      }
      if (outcome.supersededBy) {
        const { status, at } = outcome.supersededBy;
        return {
          recordId: record.recordId,
          status: 'SUPERSEDED',
          entrySeq: null,
          reason: `A newer decision (${status}, ${at.toISOString()}) is held for ${record.purpose}:${record.channel}; an older one never overwrites it.`,
          code: null,
        };
      }
      return { recordId: record.recordId, status: 'IMPORTED', entrySeq: outcome.entry!.seq, reason: null, code: null };
    });
  },
};
