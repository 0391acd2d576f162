import type { PermissionClient } from '#kit/disclosure.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { IdentityResolution } from './services/identityResolution.ts';
import type { MergeService } from './services/mergeService.ts';
import type { ProfileReads } from './services/profileReads.ts';
import type { ProfileService } from './services/profileService.ts';
import type { SourceSync } from './services/sourceSync.ts';

export interface IdentityContext extends SubgraphContext {
  loaders: Loaders;
  reads: ProfileReads;
  service: ProfileService;
  sync: SourceSync;
  merges: MergeService;
  /** Merges what a resolution rule says is one person, after each write that may have made it so. */
  resolution: IdentityResolution;
  /** Consent's verdict on disclosures to partners (unset: a subgraph tested on its own, which discloses nothing to them). */
  disclosure?: PermissionClient;
}
