import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { PreferenceService } from './services/preferenceService.ts';

export interface PreferenceContext extends SubgraphContext {
  loaders: Loaders;
  preferences: PreferenceService;
}
