// What each GraphQL type's resolvers receive as their parent, for the generated resolver types
// (scripts/lib/resolverCodegen.ts reads every `<Type>Mapper` exported here).
import type { OfferDoc } from '../models/Offer.ts';
import type { OfferDecisionDoc } from '../models/OfferResponse.ts';

/** The profile as federation hands it over, with what the other subgraphs say of it (through @requires). */
export interface ProfileMapper {
  id: string;
  processingRestricted?: boolean | null;
  objections?: string[] | null;
  automatedDecisionOptOut?: boolean | null;
  activeGrants?: string[] | null;
  country?: string | null;
  locale?: string | null;
  wantedTopics?: string[] | null;
  unwantedTopics?: string[] | null;
  disabledChannels?: string[] | null;
  age?: number | null;
}
export type OfferMapper = OfferDoc;
export type OfferDecisionMapper = OfferDecisionDoc;
