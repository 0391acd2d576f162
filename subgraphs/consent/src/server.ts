import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { SubgraphFactory } from '#kit/bootstrap.ts';
import { scalars } from '#kit/scalars.ts';
import { createSubgraphServer } from '#kit/subgraph.ts';
import type { ConsentContext } from './context.ts';
import { createLoaders } from './loaders.ts';
import { consentRecordModel } from './models/ConsentRecord.ts';
import { consentRepository } from './repositories/consentRepository.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Profile } from './resolvers/Profile.ts';
import { consentSubjectRights } from './subjectRights.ts';

export const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

export const createConsentSubgraph: SubgraphFactory<ConsentContext> = (database, log) => {
  const consents = consentRepository(consentRecordModel(database.connection));
  return {
    apollo: createSubgraphServer<ConsentContext>({ typeDefs, resolvers: { ...scalars('DateTime'), Mutation, Profile }, log }),
    subjectRights: consentSubjectRights(database.connection),
    createContext: (viewer) => ({ viewer, consents, loaders: createLoaders(consents) }),
  };
};
