import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import type { CryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import type { PermissionClient } from '#kit/disclosure.ts';
import { subjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { scalars } from '#kit/scalars.ts';
import { withRetention } from '#kit/retention.ts';
import { runOnce } from '#kit/migrations.ts';
import { outboxRelay, type EventSink } from '#kit/events/outbox.ts';
import { IDENTITY_EVENTS } from './domain/events.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { IdentityContext } from './context.ts';
import { ProfileReads } from './services/profileReads.ts';
import { createLoaders } from './services/loaders.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Profile } from './resolvers/Profile.ts';
import { Query } from './resolvers/Query.ts';
import { ResolutionRule } from './resolvers/ResolutionRule.ts';
import type { Resolvers } from './resolvers/types.generated.ts';
import { IdentityResolution } from './services/identityResolution.ts';
import { MergeService } from './services/mergeService.ts';
import { ProfileService } from './services/profileService.ts';
import { SourceSync } from './services/sourceSync.ts';
import { identityStore } from './store/identityStore.ts';
import { LIST_CELLS_STEP } from './store/profileStore.ts';
import { identitySubjectRights } from './services/subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/**
 * `events`: where profile events go (consent's internal endpoint); without it they wait in their profiles.
 * `disclosure`: consent's verdict on a partner's reads; without it partners are told nothing.
 */
export const createIdentitySubgraph =
  ({ keyRing, blindIndex }: CryptoConfig, events?: EventSink, disclosure?: PermissionClient): SubgraphFactory<IdentityContext> =>
  (database, log) => {
    const store = identityStore(database.connection);
    const { profiles, claims, mergeChanges } = store;
    const keys = subjectKeyStore(database.connection, keyRing);
    const service = new ProfileService({ profiles, claims, keys, blindIndex });
    const reads = new ProfileReads(profiles, keys);
    const merges = new MergeService({ profiles, claims, mergeChanges, keys, service, log });
    const resolution = new IdentityResolution({ rules: store.rules, merges, log });
    const sync = new SourceSync({ events: store.sourceEvents, service, resolution, log });
    const outbox =
      events &&
      outboxRelay({
        name: 'identity',
        declaration: IDENTITY_EVENTS,
        model: store.models.profiles,
        exclusive: service.exclusive,
        ...events,
        log,
      });
    return withRetention(
      {
        apollo: createSubgraphServer<IdentityContext>({
          typeDefs,
          resolvers: {
            ...scalars('CountryCode', 'DateTime', 'EmailAddress', 'JSON', 'LocalDate', 'Locale', 'PhoneNumber', 'TimeZone'),
            Query,
            Mutation,
            Profile,
            ResolutionRule,
          } satisfies Resolvers,
          log,
        }),
        subjectRights: identitySubjectRights({ store, keys, service }),
        profileStates: (ids) => profiles.statesOf(ids),
        profileLocales: (ids) => profiles.localesOf(ids),
        createContext: (viewer) => ({ viewer, reads, service, sync, merges, resolution, disclosure, loaders: createLoaders(reads) }),
        // Finish merges a crash interrupted before taking traffic.
        start: async () => {
          await merges.completePending();
          await outbox?.start();
          // Profiles written before the list was read by cell get their cell, in the background
          // (until it is done, the list reads by bucket, which every profile written since has).
          void runOnce(database.connection, LIST_CELLS_STEP, () => service.addListCells(log))
            .then((outcome) => {
              if (outcome !== 'elsewhere') profiles.markListCellsReady();
            })
            .catch((error: unknown) => log.error('could not give every profile its list cell; the next start tries again', error));
        },
        stop: async () => outbox?.stop(),
        metrics: () => outbox?.metrics() ?? [],
      },
      {
        subgraph: 'identity',
        connection: database.connection,
        log,
        rules: [{ category: 'source-event-records', model: store.models.sourceEvents, subjectField: 'profileId', dateField: 'appliedAt' }],
      },
    );
  };
