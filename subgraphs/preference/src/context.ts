import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { PreferenceStore } from './store/preferenceStore.ts';

export interface PreferenceContext extends SubgraphContext {
  loaders: Loaders;
  preferences: PreferenceStore;
  /** Identity's answer to "is this a profile?", asked before any write about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
