import { isAuthorityOverdue } from '../domain/breaches.ts';
import type { BreachResolvers } from './types.generated.ts';

export const Breach: BreachResolvers = {
  id: (breach) => breach._id,
  authorityOverdue: (breach) => isAuthorityOverdue(breach, new Date()),
  assessment: ({ assessment: a }) => (a ? { risk: a.risk, note: a.note, assessedBy: a.by } : null),
  scope: ({ scope }) => (scope ? { ...scope, scopedAt: scope.at } : null),
  decision: ({ decision }) => (decision ? { ...decision, decidedBy: decision.by } : null),
  authorityNotification: ({ authorityNotification: n }) =>
    n ? { authority: n.authority, reference: n.reference, notifiedAt: n.at, recordedBy: n.by } : null,
  notifiedCount: (breach) => breach.notifiedCount ?? 0,
};
