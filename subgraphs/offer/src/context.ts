import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { DecisionJournal } from './services/decisionJournal.ts';
import type { OfferStore } from './store/offerStore.ts';
import type { OfferResponseStore } from './store/offerResponseStore.ts';

export interface OfferContext extends SubgraphContext {
  loaders: Loaders;
  offers: OfferStore;
  responses: OfferResponseStore;
  /** Where a feed shown records its decision (written off the read path). */
  decisions: DecisionJournal;
  /** Identity's answer to "is this a profile?", asked before any write about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
