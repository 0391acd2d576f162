import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { ProfileRepository } from './repositories/profileRepository.ts';

export interface IdentityContext extends SubgraphContext {
  loaders: Loaders;
  profiles: ProfileRepository;
}
