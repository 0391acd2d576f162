import DataLoader from 'dataloader';
import { manyByKey } from '#kit/loaders.ts';
import type { LedgerEntryDoc } from './models/LedgerEntry.ts';
import type { PurposeDoc } from './models/Purpose.ts';
import type { CatalogueService } from './services/catalogueService.ts';
import type { ConsentService } from './services/consentService.ts';

/**
 * Created per request: the ledgers of a batch of subjects (survivors and the profiles merged into
 * them alike) in one `$in` query, and the purpose catalogue once.
 */
export const createLoaders = (consents: ConsentService, catalogue: CatalogueService) => ({
  ledger: manyByKey<LedgerEntryDoc>(
    (ids) => consents.entriesFor(ids),
    (entry) => entry.subjectId,
  ),
  purposes: new DataLoader<'all', Map<string, PurposeDoc>>(async (keys) => {
    const all = new Map((await catalogue.list()).map((p) => [p._id, p]));
    return keys.map(() => all);
  }),
});

export type Loaders = ReturnType<typeof createLoaders>;
