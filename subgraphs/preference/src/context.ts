import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { PreferenceRepository } from './repositories/preferenceRepository.ts';

export interface PreferenceContext extends SubgraphContext {
  loaders: Loaders;
  preferences: PreferenceRepository;
  /** Identity's answer to "is this a profile?", asked before any write about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
