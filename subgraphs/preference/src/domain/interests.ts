import type { Provenance } from '#kit/authorize.ts';

export type InterestSource = 'STATED' | 'INFERRED';

export interface Interest {
  interested: boolean;
  source: InterestSource;
  at: Date;
  by: Provenance;
}

/**
 * Stated beats inferred, always: what the customer said is never replaced by what a system
 * guessed. Returns the interest to keep, or null when the incoming one is ignored.
 */
export function applyInterest(current: Interest | undefined, incoming: Interest): Interest | null {
  if (current?.source === 'STATED' && incoming.source === 'INFERRED') return null;
  if (current && current.interested === incoming.interested && current.source === incoming.source) return null;
  return incoming;
}
