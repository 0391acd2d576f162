import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  offerCatalogue: (_, { status }, { offers }) => offers.catalogue(status),
};
