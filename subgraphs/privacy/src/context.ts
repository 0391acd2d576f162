import type { KeyObject } from 'node:crypto';
import type { RetentionConfig } from '#kit/retention.ts';
import type { Logger } from '#kit/log.ts';
import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import type { SubgraphContext } from '#kit/subgraph.ts';
import type { Loaders } from './services/loaders.ts';
import type { Contracts, Orchestrator } from './services/orchestrator.ts';
import type { RequestService } from './services/requestService.ts';
import type { AccessAuditService } from './services/accessAudit.ts';
import type { TransferService } from './services/transfers.ts';
import type { BreachService } from './services/breaches.ts';

export interface PrivacyContext extends SubgraphContext {
  loaders: Loaders;
  requests: RequestService;
  orchestrator: Orchestrator;
  receiptPublicKey: KeyObject;
  contracts: Contracts;
  log: Logger;
  audit: AccessAuditService;
  /** Other controllers a portable export may be sent to, and the delivery to them. */
  transfers: TransferService;
  /** The breach register. */
  breaches: BreachService;
  /** The retention periods in force (the catalogue's, as configured). */
  retention: RetentionConfig;
  /** Identity's answer to "is this a profile?", asked before any request about one (unset: a subgraph tested on its own). */
  directory?: ProfileDirectory;
}
