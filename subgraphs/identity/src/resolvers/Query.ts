import * as lookups from '../services/lookups.ts';
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  duplicateCandidates: (_, { profileId }, context) => lookups.duplicateCandidates(context, profileId),
  mergeChanges: (_, { since, first }, context) => lookups.mergeChanges(context, since, first),
  me: (_, __, context) => lookups.me(context),
  profile: (_, { id }, context) => lookups.profile(context, id),
  profileByEmail: (_, { email }, context) => lookups.profileByEmail(context, email),
  profilesByContact: (_, { email, phone }, context) => lookups.profilesByContact(context, email, phone),
  profileByIdentifier: (_, input, context) => lookups.profileByIdentifier(context, input),
  profiles: (_, { first, after }, context) => lookups.profiles(context, first, after),
  resolutionRules: (_, __, { viewer, resolution }) => resolution.list(viewer),
};
