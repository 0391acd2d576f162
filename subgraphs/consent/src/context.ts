import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { CatalogueService } from './services/catalogueService.ts';
import type { ConsentService } from './services/consentService.ts';
import type { WebhookRelay } from './services/webhookRelay.ts';
import type { WebhookService } from './services/webhookService.ts';

export interface ConsentContext extends SubgraphContext {
  loaders: Loaders;
  consents: ConsentService;
  catalogue: CatalogueService;
  webhooks: WebhookService;
  relay: WebhookRelay;
  /** Identity's answer to "is this a profile?", asked before any write about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
