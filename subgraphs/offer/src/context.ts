import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { OfferRepository } from './repositories/offerRepository.ts';
import type { OfferResponseRepository } from './repositories/offerResponseRepository.ts';

export interface OfferContext extends SubgraphContext {
  loaders: Loaders;
  offers: OfferRepository;
  responses: OfferResponseRepository;
  /** Identity's answer to "is this a profile?", asked before any write about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
