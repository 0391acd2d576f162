import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { outboxRelay, type EventSink } from '#kit/outbox.ts';
import { forgettingOnErasure, type ProfileDirectory } from '#kit/profileDirectory.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { OfferContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { offerModel } from './models/Offer.ts';
import { offerDecisionModel, offerResponseModel } from './models/OfferResponse.ts';
import { offerStore } from './store/offerStore.ts';
import { offerResponseStore } from './store/offerResponseStore.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Offer, OfferDecision } from './resolvers/Offer.ts';
import { Profile } from './resolvers/Profile.ts';
import { Query } from './resolvers/Query.ts';
import { offerSubjectRights } from './subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/**
 * `events`: where offer responses go as events (consent's internal endpoint); without it they wait in their documents.
 * `directory`: where profile ids are checked before a write (identity); without it (tested on its own) they are taken as they come.
 */
export const createOfferSubgraph =
  (events?: EventSink, directory?: ProfileDirectory): SubgraphFactory<OfferContext> =>
  (database, log) => {
    const c = database.connection;
    const offers = offerStore(offerModel(c));
    const responseModel = offerResponseModel(c);
    const responses = offerResponseStore(responseModel, offerDecisionModel(c));
    const outbox = events && outboxRelay({ name: 'offer', model: responseModel, exclusive: responses.exclusive, ...events, log });
    return {
      apollo: createSubgraphServer<OfferContext>({
        typeDefs,
        resolvers: { ...scalars('CountryCode', 'DateTime', 'JSON', 'Locale'), Query, Mutation, Offer, OfferDecision, Profile },
        log,
      }),
      subjectRights: forgettingOnErasure(offerSubjectRights(c), directory),
      createContext: (viewer) => ({ viewer, offers, responses, directory, loaders: createLoaders(offers, responses) }),
      start: async () => outbox?.start(),
      stop: async () => outbox?.stop(),
      metrics: () => [...(outbox?.metrics() ?? []), ...(directory?.metrics() ?? [])],
    };
  };
