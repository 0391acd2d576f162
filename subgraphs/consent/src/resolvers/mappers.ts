// What each GraphQL type's resolvers receive as their parent, for the generated resolver types
// (scripts/lib/resolverCodegen.ts reads every `<Type>Mapper` exported here).
import type { Decision } from '../domain/state.ts';
import type { NoticeDoc, PurposeDoc } from '../models/Purpose.ts';
import type { DeliveryDoc, SubscriberDoc } from '#kit/events/delivery/models.ts';

/** The profile as federation hands it over: its id, and the ids merged into it whose choices count as its own. */
export interface ProfileMapper {
  id: string;
  mergedProfileIds?: string[] | null;
}
/** A current decision as the ledger folds it, and whether its notice has changed since. */
export interface ConsentMapper extends Decision {
  needsRenewal: boolean;
}
export type PurposeMapper = PurposeDoc;
export type PrivacyNoticeMapper = NoticeDoc;
export type WebhookSubscriberMapper = SubscriberDoc;
export type WebhookDeliveryMapper = DeliveryDoc;
