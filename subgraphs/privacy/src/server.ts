import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import type { CryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { subjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { scalars } from '#kit/scalars.ts';
import { loadRetentionConfig, retentionSweeper } from '#kit/retention.ts';
import { documentLocks } from '#kit/locks.ts';
import { outboxRelay, type EventSink } from '#kit/events/outbox.ts';
import { PRIVACY_EVENTS } from './domain/events.ts';
import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import { subjectRightsClient } from '#kit/subjectRightsClient.ts';
import type { ContractSubgraph, PrivacyConfig } from './config.ts';
import type { PrivacyContext } from './context.ts';
import { createLoaders } from './services/loaders.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { ExportTransfer, PrivacyExport, PrivacyRequest, TransferDestination } from './resolvers/PrivacyRequest.ts';
import { Profile } from './resolvers/Profile.ts';
import { Query } from './resolvers/Query.ts';
import type { Resolvers } from './resolvers/types.generated.ts';
import { Orchestrator, type Contracts } from './services/orchestrator.ts';
import { AccessAuditService } from './services/accessAudit.ts';
import { RequestService } from './services/requestService.ts';
import { TransferService } from './services/transfers.ts';
import { BreachService } from './services/breaches.ts';
import { Breach } from './resolvers/Breach.ts';
import { privacyStore } from './store/privacyStore.ts';
import { privacySubjectRights } from './services/subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/**
 * The privacy subgraph, and the orchestrator that carries requests out through every subgraph's
 * subject-rights contract (signed internal calls with `signingKey`, never the public graph).
 * `events`: where request events go (consent's internal endpoint); without it they wait.
 * `directory`: where profile ids are checked before a request is opened (identity); without it (tested on its own) they are taken as they come.
 */
export const createPrivacySubgraph =
  (
    privacy: PrivacyConfig,
    { keyRing }: Pick<CryptoConfig, 'keyRing'>,
    signingKey: string,
    events?: EventSink,
    directory?: ProfileDirectory,
  ): SubgraphFactory<PrivacyContext> =>
  (database, log) => {
    const c = database.connection;
    const store = privacyStore(c);
    const keys = subjectKeyStore(c, keyRing);
    const writes = documentLocks(c, 'request');
    const transfers = new TransferService(store.destinations, privacy.receiptKey, privacy.receiptPublicKey);
    const requests = new RequestService(store.requests, writes, keys, transfers, directory);
    const accessAudit = new AccessAuditService(store.audit, keys);
    const retentionConfig = loadRetentionConfig();
    // Its own contract, the orchestrator's in-process privacy part too, includes what the sweep did.
    const retention = retentionSweeper({
      subgraph: 'privacy',
      connection: c,
      log,
      config: retentionConfig,
      rules: [{ category: 'access-audit-records', model: store.models.audit, subjectField: 'subjectId', dateField: 'at' }],
    });
    const breachWrites = documentLocks(c, 'breach');
    const self = retention.contract(privacySubjectRights(store, keys, accessAudit, breachWrites));
    const remote = (name: ContractSubgraph) => subjectRightsClient(privacy.subgraphs[name], signingKey, name);
    const contracts: Contracts = {
      identity: remote('identity'),
      consent: remote('consent'),
      preference: remote('preference'),
      offer: remote('offer'),
      privacy: self,
    };
    const breaches = new BreachService({ store: store.breaches, contracts, writes: breachWrites, directory });
    const worker = new Orchestrator({
      requests: store.requests,
      keys,
      contracts,
      config: privacy,
      log,
      writes,
      transfers,
    });
    const outbox =
      events &&
      outboxRelay({
        name: 'privacy',
        declaration: PRIVACY_EVENTS,
        model: store.models.requests,
        exclusive: (ids, task) => writes.runAll(ids, task),
        ...events,
        log,
      });
    // Breach notices are written once and then only by this relay: its own lock per notice suffices.
    const noticeWrites = documentLocks(c, 'breach-notice');
    const notices =
      events &&
      outboxRelay({
        name: 'privacy-breach-notices',
        declaration: PRIVACY_EVENTS,
        model: store.models.breachNotices,
        exclusive: (ids, task) => noticeWrites.runAll(ids, task),
        ...events,
        log,
      });
    return {
      apollo: createSubgraphServer<PrivacyContext>({
        typeDefs,
        resolvers: {
          ...scalars('DateTime', 'JSON'),
          Query,
          Mutation,
          PrivacyRequest,
          PrivacyExport,
          ExportTransfer,
          TransferDestination,
          Breach,
          Profile,
        } satisfies Resolvers,
        log,
      }),
      subjectRights: self,
      createContext: (viewer) => ({
        viewer,
        requests,
        orchestrator: worker,
        contracts,
        log,
        audit: accessAudit,
        transfers,
        breaches,
        retention: retentionConfig,
        directory,
        receiptPublicKey: privacy.receiptPublicKey,
        loaders: createLoaders(requests, breaches),
      }),
      start: async () => {
        worker.start(privacy.workerIntervalMs);
        // Side by side: each waits a while for consent's first answer to its declaration.
        await Promise.all([outbox?.start(), notices?.start()]);
        retention.start();
      },
      stop: async () => {
        await worker.stop();
        await retention.stop();
        await Promise.all([outbox?.stop(), notices?.stop()]);
      },
      metrics: () => [...(outbox?.metrics() ?? []), ...(notices?.metrics() ?? []), ...(directory?.metrics() ?? [])],
    };
  };
