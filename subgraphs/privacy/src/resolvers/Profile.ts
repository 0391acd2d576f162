import { resolveProfileReference } from '#kit/authorize.ts';
import { underHumanReview } from '../domain/requests.ts';
import { transparencyOf } from '../services/acrossSubgraphs.ts';
import type { ProfileResolvers } from './types.generated.ts';

export const Profile: ProfileResolvers = {
  __resolveReference: resolveProfileReference,
  privacyRequests: ({ id }, _, { loaders }) => loaders.privacyRequests.load(id),
  automatedDecisionsUnderReview: async ({ id }, _, { loaders }) => underHumanReview(await loaders.privacyRequests.load(id)),
  breachNotices: ({ id }, _, { loaders }) => loaders.breachNotices.load(id),

  /** Asks every subgraph's contract now, so the answer is what is held, not what was planned. */
  accessLog: ({ id }, { first }, { audit, viewer }) => audit.logOf(viewer, id, first),

  /** Asks every subgraph's contract now, so the answer is what is held, not what was planned. */
  dataTransparency: ({ id }, _, { contracts, audit }) => transparencyOf(contracts, audit, id),
};
