import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { OfferContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { offerModel } from './models/Offer.ts';
import { offerDecisionModel, offerResponseModel } from './models/OfferResponse.ts';
import { offerRepository } from './repositories/offerRepository.ts';
import { offerResponseRepository } from './repositories/offerResponseRepository.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Offer, OfferDecision } from './resolvers/Offer.ts';
import { Profile } from './resolvers/Profile.ts';
import { Query } from './resolvers/Query.ts';
import { offerSubjectRights } from './subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export const createOfferSubgraph: SubgraphFactory<OfferContext> = (database, log) => {
  const c = database.connection;
  const offers = offerRepository(offerModel(c));
  const responses = offerResponseRepository(offerResponseModel(c), offerDecisionModel(c));
  return {
    apollo: createSubgraphServer<OfferContext>({
      typeDefs,
      resolvers: { ...scalars('CountryCode', 'DateTime', 'JSON', 'Locale'), Query, Mutation, Offer, OfferDecision, Profile },
      log,
    }),
    subjectRights: offerSubjectRights(c),
    createContext: (viewer) => ({ viewer, offers, responses, loaders: createLoaders(offers, responses) }),
  };
};
