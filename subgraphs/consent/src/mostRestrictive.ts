import type { ConsentDecision, ConsentStatus } from './models/ConsentRecord.ts';

const RESTRICTIVENESS: Record<ConsentStatus, number> = { WITHDRAWN: 3, DENIED: 2, GRANTED: 1 };

/**
 * One decision per purpose and channel from several profiles' decisions (a survivor and the
 * profiles merged into it): the most restrictive wins, and among equals the newest.
 */
export function mostRestrictive(decisions: ConsentDecision[]): ConsentDecision[] {
  const winners = new Map<string, ConsentDecision>();
  for (const decision of decisions) {
    const key = `${decision.purpose}:${decision.channel}`;
    const held = winners.get(key);
    const stricter = held && RESTRICTIVENESS[decision.status] - RESTRICTIVENESS[held.status];
    if (!held || stricter! > 0 || (stricter === 0 && decision.updatedAt > held.updatedAt)) winners.set(key, decision);
  }
  return [...winners.values()];
}
