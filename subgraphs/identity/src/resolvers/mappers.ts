// What each GraphQL type's resolvers receive as their parent, for the generated resolver types
// (scripts/lib/resolverCodegen.ts reads every `<Type>Mapper` exported here).
import type { ProfileView } from '../domain/profileView.ts';
import type { ResolutionRuleDoc } from '../models/ResolutionRule.ts';

/** A profile opened for its reader: masking for analysts is applied field by field, on this view. */
export type ProfileMapper = ProfileView;
export type ResolutionRuleMapper = ResolutionRuleDoc;
