import DataLoader from 'dataloader';
import { manyByKey } from '#kit/loaders.ts';
import type { LedgerEntryDoc } from '../models/LedgerEntry.ts';
import type { PurposeDoc } from '../models/Purpose.ts';
import type { CatalogueService } from './catalogueService.ts';
import type { ConsentService, Personal } from './consentService.ts';

/**
 * Created per request: the ledgers of a batch of subjects (survivors and the profiles merged into
 * them alike) in one `$in` query, and the purpose catalogue once.
 */
export function createLoaders(consents: ConsentService, catalogue: CatalogueService) {
  const ledger = manyByKey<LedgerEntryDoc>(
    (ids) => consents.entriesFor(ids),
    (entry) => entry.subjectId,
  );
  return {
    ledger,
    /** The sealed part of entries (`<subjectId>#<seq>`), opened for a batch of subjects with one query for their keys. */
    personal: new DataLoader<string, Personal | null>(async (refs) => {
      const wanted = refs.map((ref) => {
        const at = ref.lastIndexOf('#');
        return { subjectId: ref.slice(0, at), seq: Number(ref.slice(at + 1)) };
      });
      const ledgers = await ledger.loadMany([...new Set(wanted.map((w) => w.subjectId))]);
      const entries = ledgers.flatMap((l) => (l instanceof Error ? [] : l));
      const found = wanted.map((w) => entries.find((e) => e.subjectId === w.subjectId && e.seq === w.seq));
      const opened = await consents.openPersonal(found.filter((e): e is LedgerEntryDoc => Boolean(e)));
      return found.map((e) => (e ? (opened.get(e._id) ?? null) : null));
    }),
    purposes: new DataLoader<'all', Map<string, PurposeDoc>>(async (keys) => {
      const all = new Map((await catalogue.list()).map((p) => [p._id, p]));
      return keys.map(() => all);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
