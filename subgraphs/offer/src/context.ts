import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { OfferStore } from './store/offerStore.ts';
import type { OfferResponseStore } from './store/offerResponseStore.ts';

export interface OfferContext extends SubgraphContext {
  loaders: Loaders;
  offers: OfferStore;
  responses: OfferResponseStore;
  /** Identity's answer to "is this a profile?", asked before any write about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
