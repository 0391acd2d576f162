import type { WebhookRegistry } from '#kit/events/delivery/registry.ts';
import type { WebhookRelay } from '#kit/events/delivery/relay.ts';
import type { LedgerEntryDoc } from './models/LedgerEntry.ts';
import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { CatalogueService } from './services/catalogueService.ts';
import type { ConsentService } from './services/consentService.ts';

export interface ConsentContext extends SubgraphContext {
  loaders: Loaders;
  consents: ConsentService;
  catalogue: CatalogueService;
  /** The event delivery engine's registry (kit/src/events/delivery), hosted by this process. */
  webhooks: WebhookRegistry;
  relay: WebhookRelay<LedgerEntryDoc>;
  /** Identity's answer to "is this a profile?", asked before any write about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
