import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import type { CryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { subjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { scalars } from '#kit/scalars.ts';
import { forgettingOnErasure, type ProfileDirectory } from '#kit/profileDirectory.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { ConsentContext } from './context.ts';
import { createLoaders } from './services/loaders.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Consent, Profile } from './resolvers/Profile.ts';
import { Purpose } from './resolvers/Purpose.ts';
import { Query } from './resolvers/Query.ts';
import type { Resolvers } from './resolvers/types.generated.ts';
import { WebhookDelivery, webhookMutations, webhookQueries, WebhookSubscriber } from './resolvers/Webhooks.ts';
import { catalogueService } from './services/catalogueService.ts';
import { consentService } from './services/consentService.ts';
import { permissionService } from './services/permissionService.ts';
import { consentSubjectRights } from './services/subjectRights.ts';
import { loadRelayConfig, type RelayConfig } from './config.ts';
import { webhookRelay } from './services/webhookRelay.ts';
import { webhookService } from './services/webhookService.ts';
import { consentStore } from './store/consentStore.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** `directory`: where profile ids are checked before a write (identity); without it (tested on its own) they are taken as they come. */
export const createConsentSubgraph =
  (
    { keyRing, blindIndex }: CryptoConfig,
    relayConfig: RelayConfig = loadRelayConfig({}),
    directory?: ProfileDirectory,
  ): SubgraphFactory<ConsentContext> =>
  (database, log) => {
    const c = database.connection;
    const store = consentStore(c);
    const consents = consentService({
      ledger: store.ledger,
      catalogue: store.catalogue,
      keys: subjectKeyStore(c, keyRing),
      blindIndex,
      log,
    });
    const catalogue = catalogueService({ catalogue: store.catalogue, connection: c });
    const permissions = permissionService({ consents, catalogue });
    const webhooks = webhookService({ webhooks: store.webhooks, catalogue: store.catalogue, keyRing });
    const relay = webhookRelay({ ...store, secretOf: webhooks.secretOf, config: relayConfig, log });
    return {
      apollo: createSubgraphServer<ConsentContext>({
        typeDefs,
        resolvers: {
          ...scalars('DateTime', 'JSON'),
          Query: { ...Query, ...webhookQueries },
          Mutation: { ...Mutation, ...webhookMutations },
          Profile,
          Consent,
          Purpose,
          WebhookSubscriber,
          WebhookDelivery,
        } satisfies Resolvers,
        log,
      }),
      subjectRights: forgettingOnErasure(consentSubjectRights({ consents, store }), directory),
      createContext: (viewer) => ({ viewer, consents, catalogue, webhooks, relay, directory, loaders: createLoaders(consents, catalogue) }),
      receiveEvents: (events) => webhooks.receiveEvents(events),
      permissions: (subjects, purposes) => permissions.verdicts(subjects, purposes),
      start: async () => relay.start(),
      stop: () => relay.stop(),
      metrics: () => [...relay.metrics(), ...(directory?.metrics() ?? [])],
    };
  };
