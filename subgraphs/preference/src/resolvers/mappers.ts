// What each GraphQL type's resolvers receive as their parent, for the generated resolver types
// (scripts/lib/resolverCodegen.ts reads every `<Type>Mapper` exported here).
import type { PreferenceSetDoc, TopicDoc } from '../models/PreferenceSet.ts';
import type { ConsentFacts } from '../services/preferenceService.ts';

/** The profile as federation hands it over, with what consent says of it. */
export type ProfileMapper = ConsentFacts;
/** The stored set, with the customer's current grants (for which channels are active). */
export type PreferencesMapper = PreferenceSetDoc & { activeGrants: string[] };
export type TopicMapper = TopicDoc;
