import * as choices from '../services/choices.ts';
import type { ConsentImportResult, MutationResolvers } from './types.generated.ts';

export const Mutation: MutationResolvers = {
  upsertPurpose: (_, { input }, context) => choices.upsertPurpose(context, input),

  publishNotice: (_, { purpose, input }, context) => choices.publishNotice(context, purpose, input),

  // The proof's personal part is shown through consentHistory, to those who may see it.
  recordConsent: async (_, { input }, context) => ({ ...(await choices.recordConsent(context, input)), proof: null }),

  honourGlobalPrivacyControl: (_, { profileId }, context) => choices.honourGlobalPrivacyControl(context, profileId),

  async requestConsentConfirmation(_, { input }, context) {
    const result = await choices.requestConfirmation(context, input);
    return { ...result, entry: { ...result.entry, proof: null } };
  },

  unsubscribe: (_, { token }, context) => choices.unsubscribe(context, token),

  confirmConsent: async (_, { token }, context) => ({ ...(await choices.confirm(context, token)), proof: null }),

  async setObjection(_, { profileId, purpose, objected, reason }, context) {
    await choices.setObjection(context, profileId, purpose, objected, reason);
    return { id: profileId };
  },

  async setAutomatedDecisionOptOut(_, { profileId, optedOut, reason }, context) {
    await choices.setAutomatedDecisionOptOut(context, profileId, optedOut, reason);
    return { id: profileId };
  },

  async importConsents(_, { source, records }, context) {
    const results = await choices.importConsents(context, source, records);
    return results.map(({ record, outcome }): ConsentImportResult => {
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
