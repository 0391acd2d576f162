import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { PreferenceRepository } from './repositories/preferenceRepository.ts';

export interface PreferenceContext extends SubgraphContext {
  loaders: Loaders;
  preferences: PreferenceRepository;
}
