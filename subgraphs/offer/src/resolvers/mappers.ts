// What each GraphQL type's resolvers receive as their parent, for the generated resolver types
// (scripts/lib/resolverCodegen.ts reads every `<Type>Mapper` exported here).
import type { OfferDoc } from '../models/Offer.ts';
import type { OfferDecisionDoc } from '../models/OfferResponse.ts';
import type { ProfileSignals } from '../services/feedService.ts';

/** The profile as federation hands it over, with what the other subgraphs say of it (through @requires). */
export type ProfileMapper = ProfileSignals;
export type OfferMapper = OfferDoc;
export type OfferDecisionMapper = OfferDecisionDoc;
