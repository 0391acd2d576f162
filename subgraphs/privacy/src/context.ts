import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { PrivacyRequestRepository } from './repositories/privacyRequestRepository.ts';

export interface PrivacyContext extends SubgraphContext {
  loaders: Loaders;
  requests: PrivacyRequestRepository;
}
