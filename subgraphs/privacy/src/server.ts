import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { PrivacyContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { privacyRequestModel } from './models/PrivacyRequest.ts';
import { privacyRequestRepository } from './repositories/privacyRequestRepository.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { PrivacyRequest } from './resolvers/PrivacyRequest.ts';
import { Profile } from './resolvers/Profile.ts';
import { privacySubjectRights } from './subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export const createPrivacySubgraph: SubgraphFactory<PrivacyContext> = (database, log) => {
  const requests = privacyRequestRepository(privacyRequestModel(database.connection));
  return {
    apollo: createSubgraphServer<PrivacyContext>({
      typeDefs,
      resolvers: { ...scalars('DateTime'), Mutation, PrivacyRequest, Profile },
      log,
    }),
    subjectRights: privacySubjectRights(database.connection),
    createContext: (viewer) => ({ viewer, requests, loaders: createLoaders(requests) }),
  };
};
