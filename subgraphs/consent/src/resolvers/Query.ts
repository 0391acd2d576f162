import * as choices from '../services/choices.ts';
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  purposes: (_, __, { catalogue }) => catalogue.list(),
  purpose: (_, { id }, { catalogue }) => catalogue.get(id),

  unsubscribeToken: (_, { profileId, purpose, channel }, context) => choices.unsubscribeTokenFor(context, profileId, purpose, channel),
};
