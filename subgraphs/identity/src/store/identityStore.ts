import type { Connection } from 'mongoose';
import { identifierClaimModel } from '../models/IdentifierClaim.ts';
import { mergeChangeModel } from '../models/MergeChange.ts';
import { profileModel } from '../models/Profile.ts';
import { resolutionRuleModel } from '../models/ResolutionRule.ts';
import { sourceEventModel } from '../models/SourceEvent.ts';
import { claimStore } from './claimStore.ts';
import { mergeChangeStore } from './mergeChangeStore.ts';
import { profileStore } from './profileStore.ts';
import { ruleStore } from './ruleStore.ts';
import { sourceEventStore } from './sourceEventStore.ts';

/**
 * Identity's store on one connection: the only code of this subgraph that queries or writes the
 * database. `models` is for kit's own database primitives (the outbox relay, the subject-rights
 * contract's breach window), which are handed a model, never for queries elsewhere.
 */
export function identityStore(connection: Connection) {
  const models = {
    profiles: profileModel(connection),
    claims: identifierClaimModel(connection),
    mergeChanges: mergeChangeModel(connection),
    sourceEvents: sourceEventModel(connection),
    rules: resolutionRuleModel(connection),
  };
  return {
    connection,
    models,
    profiles: profileStore(models.profiles),
    claims: claimStore(models.claims),
    mergeChanges: mergeChangeStore(models.mergeChanges),
    sourceEvents: sourceEventStore(models.sourceEvents),
    rules: ruleStore(models.rules),
  };
}

export type IdentityStore = ReturnType<typeof identityStore>;
