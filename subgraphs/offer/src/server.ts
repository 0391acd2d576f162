import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { OfferContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { offerModel } from './models/Offer.ts';
import { offerResponseModel } from './models/OfferResponse.ts';
import { offerRepository } from './repositories/offerRepository.ts';
import { offerResponseRepository } from './repositories/offerResponseRepository.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Offer } from './resolvers/Offer.ts';
import { Profile } from './resolvers/Profile.ts';
import { Query } from './resolvers/Query.ts';
import { offerSubjectRights } from './subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export const createOfferSubgraph: SubgraphFactory<OfferContext> = (database, log) => {
  const offers = offerRepository(offerModel(database.connection));
  const responses = offerResponseRepository(offerResponseModel(database.connection));
  return {
    apollo: createSubgraphServer<OfferContext>({
      typeDefs,
      resolvers: { ...scalars('DateTime'), Query, Mutation, Offer, Profile },
      log,
    }),
    subjectRights: offerSubjectRights(database.connection),
    createContext: (viewer) => ({ viewer, offers, responses, loaders: createLoaders(offers, responses) }),
  };
};
