import { liftRestriction } from '../services/acrossSubgraphs.ts';
import type { MutationResolvers } from './types.generated.ts';

export const Mutation: MutationResolvers = {
  recordProfileAccess: (_, { entries }, { viewer, audit }) => audit.record(viewer, entries),

  openPrivacyRequest: (_, { input }, { viewer, requests }) => requests.open(viewer, input),

  extendPrivacyRequest: (_, { id, months, reason }, { viewer, requests }) => requests.extend(viewer, id, months, reason),

  liftProcessingRestriction: (_, { profileId, reason }, context) => liftRestriction(context, context.viewer, profileId, reason),

  resolvePrivacyRequest: (_, { id, outcome, note, reviewOutcome }, { viewer, requests }) =>
    requests.resolve(viewer, id, outcome, note, reviewOutcome ?? null),

  assignPrivacyRequest: (_, { id, assignee }, { viewer, requests }) => requests.assign(viewer, id, assignee),

  withdrawPrivacyRequest: (_, { id, reason }, { viewer, requests }) => requests.withdraw(viewer, id, reason),

  registerTransferDestination: (_, { input }, { viewer, transfers }) => transfers.register(viewer, input),

  retireTransferDestination: (_, { id }, { viewer, transfers }) => transfers.retire(viewer, id),
};
