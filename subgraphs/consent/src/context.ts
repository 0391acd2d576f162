import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { ConsentRepository } from './repositories/consentRepository.ts';

export interface ConsentContext extends SubgraphContext {
  loaders: Loaders;
  consents: ConsentRepository;
}
