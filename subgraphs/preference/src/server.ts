import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { PreferenceContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { preferenceSetModel } from './models/PreferenceSet.ts';
import { preferenceRepository } from './repositories/preferenceRepository.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Preferences } from './resolvers/Preferences.ts';
import { Profile } from './resolvers/Profile.ts';
import { preferenceSubjectRights } from './subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export const createPreferenceSubgraph: SubgraphFactory<PreferenceContext> = (database, log) => {
  const preferences = preferenceRepository(preferenceSetModel(database.connection));
  return {
    apollo: createSubgraphServer<PreferenceContext>({
      typeDefs,
      resolvers: { ...scalars('DateTime', 'Locale'), Mutation, Preferences, Profile },
      log,
    }),
    subjectRights: preferenceSubjectRights(database.connection),
    createContext: (viewer) => ({ viewer, preferences, loaders: createLoaders(preferences) }),
  };
};
