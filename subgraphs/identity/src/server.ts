import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { IdentityContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { profileModel } from './models/Profile.ts';
import { profileRepository } from './repositories/profileRepository.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Profile } from './resolvers/Profile.ts';
import { Query } from './resolvers/Query.ts';
import { identitySubjectRights } from './subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export const createIdentitySubgraph: SubgraphFactory<IdentityContext> = (database, log) => {
  const profiles = profileRepository(profileModel(database.connection));
  return {
    apollo: createSubgraphServer<IdentityContext>({
      typeDefs,
      resolvers: { ...scalars('DateTime', 'EmailAddress'), Query, Mutation, Profile },
      log,
    }),
    subjectRights: identitySubjectRights(database.connection),
    createContext: (viewer) => ({ viewer, profiles, loaders: createLoaders(profiles) }),
  };
};
