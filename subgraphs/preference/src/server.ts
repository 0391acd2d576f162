import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { outboxRelay, type EventSink } from '#kit/events/outbox.ts';
import { PREFERENCE_EVENTS } from './domain/events.ts';
import { forgettingOnErasure, type ProfileDirectory } from '#kit/profileDirectory.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { PreferenceContext } from './context.ts';
import { createLoaders } from './services/loaders.ts';
import { preferenceSetModel, sendModel, topicModel } from './models/PreferenceSet.ts';
import { PreferenceService } from './services/preferenceService.ts';
import { preferenceStore } from './store/preferenceStore.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Preferences, Profile } from './resolvers/Profile.ts';
import { Query, Topic } from './resolvers/Query.ts';
import type { Resolvers } from './resolvers/types.generated.ts';
import { preferenceSubjectRights } from './services/subjectRights.ts';
import { withRetention } from '#kit/retention.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/**
 * `events`: where preference changes go as events (consent's internal endpoint); without it they wait in their documents.
 * `directory`: where profile ids are checked before a write (identity); without it (tested on its own) they are taken as they come.
 */
export const createPreferenceSubgraph =
  (events?: EventSink, directory?: ProfileDirectory): SubgraphFactory<PreferenceContext> =>
  (database, log) => {
    const c = database.connection;
    const sets = preferenceSetModel(c);
    const sends = sendModel(c);
    const store = preferenceStore({ sets, topics: topicModel(c), sends });
    const preferences = new PreferenceService(store, directory);
    const outbox =
      events &&
      outboxRelay({ name: 'preference', declaration: PREFERENCE_EVENTS, model: sets, exclusive: store.exclusive, ...events, log });
    const resolvers: Resolvers = { ...scalars('DateTime', 'JSON', 'Locale', 'TimeZone'), Query, Mutation, Preferences, Profile, Topic };
    return withRetention(
      {
        apollo: createSubgraphServer<PreferenceContext>({ typeDefs, resolvers, log }),
        subjectRights: forgettingOnErasure(preferenceSubjectRights(c, { sets, sends }), directory),
        createContext: (viewer) => ({ viewer, preferences, loaders: createLoaders(preferences) }),
        start: async () => outbox?.start(),
        stop: async () => outbox?.stop(),
        metrics: () => [...(outbox?.metrics() ?? []), ...(directory?.metrics() ?? [])],
      },
      {
        subgraph: 'preference',
        connection: c,
        log,
        rules: [{ category: 'message-send-log', model: sends, subjectField: 'subjectId', dateField: 'sentAt' }],
      },
    );
  };
