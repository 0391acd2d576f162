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

  openBreach: (_, { input }, { viewer, breaches }) => breaches.open(viewer, input),
  assessBreach: (_, { id, risk, note }, { viewer, breaches }) => breaches.assess(viewer, id, risk, note),
  scopeBreach: (_, { id }, { viewer, breaches }) => breaches.scope(viewer, id),
  decideBreachNotification: (_, { id, input }, { viewer, breaches }) => breaches.decide(viewer, id, input),
  recordAuthorityNotification: (_, { id, input }, { viewer, breaches }) => breaches.recordAuthorityNotification(viewer, id, input),
  notifyBreachSubjects: (_, { id, messages }, { viewer, breaches }) => breaches.notifySubjects(viewer, id, messages),
  closeBreach: (_, { id, note }, { viewer, breaches }) => breaches.close(viewer, id, note),
};
