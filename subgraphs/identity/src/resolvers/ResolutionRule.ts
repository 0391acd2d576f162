import type { ResolutionRuleResolvers } from './types.generated.ts';

export const ResolutionRule: ResolutionRuleResolvers = {
  id: (rule) => rule._id,
  retiredBy: (rule) => rule.retiredBy ?? null,
};
