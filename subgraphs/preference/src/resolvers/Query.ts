import type { QueryResolvers, TopicResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  topics: (_, __, { preferences }) => preferences.topics(),
};

export const Topic: TopicResolvers = {
  id: (topic) => topic._id,
};
