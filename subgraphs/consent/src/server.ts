import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import type { CryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { subjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { scalars } from '#kit/scalars.ts';
import { withRetention } from '#kit/retention.ts';
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
import { CatalogueService } from './services/catalogueService.ts';
import { ConsentService } from './services/consentService.ts';
import { PermissionService } from './services/permissionService.ts';
import { consentSubjectRights } from './services/subjectRights.ts';
import { loadRelayConfig, type RelayConfig } from '#kit/events/delivery/config.ts';
import { WebhookRegistry } from '#kit/events/delivery/registry.ts';
import { WebhookRelay } from '#kit/events/delivery/relay.ts';
import { deliveryStore } from '#kit/events/delivery/store.ts';
import { deliveryModel } from '#kit/events/delivery/models.ts';

/** What an anonymised delivery record says it was about. */
const ANONYMISED = 'anonymised';
import { CONSENT_EVENTS } from './domain/events.ts';
import { consentGate, ledgerFeed, purposeCheck } from './services/ledgerEvents.ts';
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
    const consents = new ConsentService({
      ledger: store.ledger,
      catalogue: store.catalogue,
      keys: subjectKeyStore(c, keyRing),
      blindIndex,
      log,
    });
    const catalogue = new CatalogueService({ catalogue: store.catalogue, connection: c });
    const permissions = new PermissionService({ consents, catalogue });
    // The event delivery engine (kit/src/events/delivery), hosted here: consent gates every delivery.
    const deliveries = deliveryStore(c);
    const webhooks = new WebhookRegistry({ store: deliveries, keyRing, own: CONSENT_EVENTS, purposeCheck: purposeCheck(store.catalogue) });
    const relay = new WebhookRelay({
      host: 'consent',
      connection: c,
      store: deliveries,
      hostFeed: ledgerFeed(store.ledger),
      gate: consentGate(store.ledger, store.catalogue),
      catalogue: () => webhooks.catalogue(),
      secretOf: webhooks.secretOf,
      config: relayConfig,
      log,
    });
    return withRetention(
      {
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
        subjectRights: forgettingOnErasure(
          consentSubjectRights({ consents, store, deliveries, catalogue: () => webhooks.catalogue() }),
          directory,
        ),
        createContext: (viewer) => ({
          viewer,
          consents,
          catalogue,
          webhooks,
          relay,
          directory,
          loaders: createLoaders(consents, catalogue),
        }),
        events: webhooks,
        permissions: (subjects, purposes) => permissions.verdicts(subjects, purposes),
        start: async () => relay.start(),
        stop: () => relay.stop(),
        metrics: () => [...relay.metrics(), ...(directory?.metrics() ?? [])],
      },
      {
        subgraph: 'consent',
        connection: c,
        log,
        rules: [
          {
            // Sent (or suppressed) deliveries: a pending one is still to go, a dead one may be sent again.
            category: 'webhook-delivery-records',
            model: deliveryModel(c),
            subjectField: 'subjectId',
            dateField: 'createdAt',
            where: { status: { $nin: ['PENDING', 'DEAD'] }, subjectId: { $ne: ANONYMISED } },
            anonymise: { $set: { subjectId: ANONYMISED, body: '' } },
          },
        ],
      },
    );
  };
