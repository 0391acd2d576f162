import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './loaders.ts';
import type { CatalogueService } from './services/catalogueService.ts';
import type { ConsentService } from './services/consentService.ts';

export interface ConsentContext extends SubgraphContext {
  loaders: Loaders;
  consents: ConsentService;
  catalogue: CatalogueService;
}
