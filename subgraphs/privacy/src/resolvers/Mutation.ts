import { assertCanWrite, assertRole, provenanceOf } from '#kit/authorize.ts';
import { badUserInput } from '#kit/errors.ts';
import { hasRole } from '#kit/viewer.ts';
import { liftRestriction } from '../services/acrossSubgraphs.ts';
import type { MutationResolvers } from './types.generated.ts';

export const Mutation: MutationResolvers = {
  recordProfileAccess: (_, { entries }, { viewer, audit }) => audit.record(viewer, entries),

  async openPrivacyRequest(_, { input }, { viewer, requests, directory }) {
    assertCanWrite(viewer, input.profileId);
    const onBehalf = viewer.subject !== input.profileId;
    if (onBehalf && hasRole(viewer, 'agent') && !input.identityCheck?.method?.trim()) {
      throw badUserInput('Record how the customer’s identity was checked before opening a request for them.', 'identityCheck');
    }
    await directory?.assertExists(input.profileId);
    return requests.open(input.profileId, input.type, provenanceOf(viewer), input.identityCheck ?? null, input.purpose ?? null);
  },

  extendPrivacyRequest(_, { id, months, reason }, { viewer, requests }) {
    assertRole(viewer, ['admin', 'agent'], 'Extending a deadline is for staff.');
    return requests.extend(id, months, reason, provenanceOf(viewer));
  },

  async liftProcessingRestriction(_, { profileId, reason }, { viewer, contracts, log, directory }) {
    assertRole(viewer, ['admin', 'agent'], 'Lifting a restriction is for staff.');
    if (!reason.trim()) throw badUserInput('Say why the restriction is lifted (the customer is told).', 'reason');
    await directory?.assertExists(profileId);
    return liftRestriction(contracts, log, profileId, provenanceOf(viewer));
  },

  resolvePrivacyRequest(_, { id, outcome, note }, { viewer, requests }) {
    assertRole(viewer, ['admin', 'agent'], 'Resolving requests is for staff.');
    return requests.resolve(id, outcome, note, provenanceOf(viewer));
  },
};
