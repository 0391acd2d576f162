import type { Connection } from 'mongoose';
import { importedRecordModel, ledgerEntryModel, ledgerHeadModel } from '../models/LedgerEntry.ts';
import { noticeModel, purposeModel } from '../models/Purpose.ts';
import { catalogueStore } from './catalogueStore.ts';
import { ledgerStore } from './ledgerStore.ts';

/**
 * Consent's store on one connection: the only code of this subgraph that queries or writes the
 * database. `models` is for kit's own database primitives (the subject-rights contract's breach
 * window), which are handed a model, never for queries elsewhere.
 */
export function consentStore(connection: Connection) {
  const models = {
    ledger: ledgerEntryModel(connection),
    heads: ledgerHeadModel(connection),
    imports: importedRecordModel(connection),
    purposes: purposeModel(connection),
    notices: noticeModel(connection),
  };
  return {
    connection,
    models,
    catalogue: catalogueStore(models),
    ledger: ledgerStore(models),
  };
}

export type ConsentStore = ReturnType<typeof consentStore>;
