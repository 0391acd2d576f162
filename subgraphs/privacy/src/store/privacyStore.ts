import type { Connection } from 'mongoose';
import { accessAuditModel } from '../models/AccessAudit.ts';
import { privacyRequestModel } from '../models/PrivacyRequest.ts';
import { transferDestinationModel } from '../models/TransferDestination.ts';
import { breachModel, breachNoticeModel } from '../models/Breach.ts';
import { breachStore } from './breachStore.ts';
import { accessAuditStore } from './accessAuditStore.ts';
import { destinationStore } from './destinationStore.ts';
import { requestStore } from './requestStore.ts';

/**
 * Privacy's store on one connection: the only code of this subgraph that queries or writes the
 * database. `models` is for kit's own database primitives (the outbox relay, the subject-rights
 * contract's breach window), which are handed a model, never for queries elsewhere.
 */
export function privacyStore(connection: Connection) {
  const models = {
    requests: privacyRequestModel(connection),
    audit: accessAuditModel(connection),
    destinations: transferDestinationModel(connection),
    breaches: breachModel(connection),
    breachNotices: breachNoticeModel(connection),
  };
  return {
    connection,
    models,
    requests: requestStore(models.requests),
    audit: accessAuditStore(models.audit),
    destinations: destinationStore(models.destinations),
    breaches: breachStore(models.breaches, models.breachNotices),
  };
}

export type PrivacyStore = ReturnType<typeof privacyStore>;
