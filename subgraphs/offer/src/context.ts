import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { DecisionJournal } from './services/decisionJournal.ts';
import type { OfferService } from './services/offerService.ts';

export interface OfferContext extends SubgraphContext {
  loaders: Loaders;
  offers: OfferService;
  /** Where a feed shown records its decision (written off the read path). */
  decisions: DecisionJournal;
}
