/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ChannelPreferenceInput = {
  channel: PreferenceChannel;
  enabled: boolean;
};

export type ConsentChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'PARTNER'
  | 'PHONE'
  | 'POST'
  | 'PUSH'
  | 'SMS'
  | 'WEB';

export type ConsentMethod =
  | 'CHECKBOX'
  | 'DOUBLE_OPT_IN'
  | 'GLOBAL_PRIVACY_CONTROL'
  | 'IMPORT'
  /** Withdrawn through the unsubscribe link in a message (never a grant). */
  | 'UNSUBSCRIBE_LINK'
  | 'VERBAL'
  | 'WRITTEN';

/** How the decision was collected (GDPR Art. 7(1)). */
export type ConsentProofInput = {
  /** The page, app screen or call-centre script where it was collected. */
  collectionPoint: string;
  expiresAt?: string | null | undefined;
  /** Stored only as an HMAC. */
  ipAddress?: string | null | undefined;
  method: ConsentMethod;
  noticeVersion: number;
  userAgent?: string | null | undefined;
};

export type ConsentStatus =
  | 'DENIED'
  | 'GRANTED'
  | 'WITHDRAWN';

export type FeedMode =
  /** No processing at all: restricted, or objected to offers. */
  | 'NONE'
  /** The same list for everyone eligible: no profiling. */
  | 'NON_PERSONALISED'
  /** Ranked by what the customer told us they like (they allowed personalised offers). */
  | 'PERSONALISED';

export type FrequencyCapInput = {
  channel: PreferenceChannel;
  max: number;
  periodDays?: number;
};

export type IdentityCheckInput = {
  /** How the customer proved who they are, e.g. security questions, ID document, signed-in session. */
  method: string;
  reference?: string | null | undefined;
};

export type LedgerEntryType =
  | 'AUTOMATED_DECISIONS'
  | 'CONFIRMATION'
  | 'DECISION'
  | 'ERASURE'
  | 'OBJECTION'
  | 'PENDING'
  | 'RESTRICTION'
  | 'SALE_SHARING';

export type LegalBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'LEGAL_OBLIGATION'
  | 'LEGITIMATE_INTEREST'
  | 'PUBLIC_TASK'
  | 'VITAL_INTEREST';

export type MessageFormat =
  | 'HTML'
  | 'PLAIN_TEXT';

export type OpenPrivacyRequestInput = {
  /** Required for HUMAN_REVIEW: the contested decision (an OfferDecision id). */
  decisionId?: string | number | null | undefined;
  /** Required when an agent opens a request on a customer's behalf. */
  identityCheck?: IdentityCheckInput | null | undefined;
  profileId: string | number;
  /** The purpose objected to; required for OBJECTION (a consent purpose key such as marketing). */
  purpose?: string | number | null | undefined;
  /**
   * PORTABILITY only: send the export straight to this controller (a TransferDestination id) as well
   * as keeping it to download. One open transfer per destination.
   */
  transferTo?: string | number | null | undefined;
  type: PrivacyRequestType;
};

export type PermissionCode =
  | 'ALLOWED_BY_CONSENT'
  | 'ALLOWED_BY_LEGAL_BASIS'
  | 'AUTOMATED_DECISIONS_OPTED_OUT'
  | 'CHANNEL_NOT_COVERED'
  | 'DENIED'
  | 'ERASED'
  | 'EXPIRED'
  | 'NO_CONSENT'
  | 'OBJECTED'
  | 'PENDING_CONFIRMATION'
  | 'RESTRICTED'
  | 'SALE_SHARING_OPTED_OUT'
  | 'UNKNOWN_PURPOSE'
  | 'WITHDRAWN';

export type PersonNameInput = {
  display?: string | null | undefined;
  family?: string | null | undefined;
  given?: string | null | undefined;
};

export type PreferenceChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'PHONE'
  | 'POST'
  | 'PUSH'
  | 'SMS';

export type PrivacyRequestStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED'
  /** Taken back by the customer (or staff for them) before anything it changes was started. */
  | 'WITHDRAWN';

export type PrivacyRequestType =
  | 'ACCESS'
  | 'AUTOMATED_DECISION_OPT_OUT'
  | 'ERASURE'
  /**
   * The customer contests an automated decision and asks a person to review it (Art. 22(3)). Staff
   * assign it, review, and complete it with the outcome; while it is open, offers are not chosen
   * for the customer automatically (the same list for everyone they apply to).
   */
  | 'HUMAN_REVIEW'
  | 'OBJECTION'
  | 'PORTABILITY'
  | 'RECTIFICATION'
  | 'RESTRICTION'
  /**
   * The customer asks for their restriction of processing to be lifted. Staff decide (lifting is the
   * controller's call, Art. 18): approving it lifts the restriction in every subgraph, rejecting it
   * keeps it, each with the reason the customer reads.
   */
  | 'RESTRICTION_LIFT';

export type ProfileStatus =
  | 'ACTIVE'
  | 'ERASED'
  /** Merged into another profile; reads resolve to the survivor. */
  | 'MERGED'
  /** Processing restricted at the customer's request (GDPR Art. 18): only rectification is allowed. */
  | 'RESTRICTED';

export type QuietHoursInput = {
  end: string;
  start: string;
  timeZone?: string | null | undefined;
};

export type RecordConsentInput = {
  channel: ConsentChannel;
  profileId: string | number;
  proof: ConsentProofInput;
  purpose: string | number;
  /** Required from agents. */
  reason?: string | null | undefined;
  status: ConsentStatus;
};

/** Only the fields given change; null clears a value. Each change keeps the previous value in the history. */
export type RectifyProfileInput = {
  birthDate?: string | null | undefined;
  locale?: string | null | undefined;
  name?: PersonNameInput | null | undefined;
  timeZone?: string | null | undefined;
};

export type ReviewOutcome =
  /** The reviewer changed the decision; the resolution says how. */
  | 'DECISION_CHANGED'
  /** The reviewer found the decision right, and says why in the resolution. */
  | 'DECISION_UPHELD';

/** Only the fields given change; channels, topics and caps not listed keep their setting. */
export type SetPreferencesInput = {
  channels?: Array<ChannelPreferenceInput> | null | undefined;
  /** Removes the quiet hours. */
  clearQuietHours?: boolean | null | undefined;
  format?: MessageFormat | null | undefined;
  frequencyCaps?: Array<FrequencyCapInput> | null | undefined;
  language?: string | null | undefined;
  profileId: string | number;
  quietHours?: QuietHoursInput | null | undefined;
  topicChannels?: Array<TopicChannelInput> | null | undefined;
};

export type SignUpInput = {
  locale?: string | null | undefined;
  name?: PersonNameInput | null | undefined;
  timeZone?: string | null | undefined;
};

export type TopicChannelInput = {
  channel: PreferenceChannel;
  topic: string | number;
};

export type TransferStatus =
  /** The destination accepted the export (a 2xx answer). */
  | 'DELIVERED'
  /** The destination refused it, or was retired first: the request was rejected and nothing was sent. */
  | 'FAILED'
  /** Waiting for the export to be gathered, or for the destination to accept it (retried with backoff). */
  | 'PENDING';

export type PortalShellQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalShellQuery = { me: { id: string, displayName: string | null, preferences: { language: string | null } | null } | null };

export type PortalConfirmConsentMutationVariables = Exact<{
  token: string;
}>;


export type PortalConfirmConsentMutation = { confirmConsent: { seq: number, at: string, type: LedgerEntryType } };

export type PortalConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalConsentsQuery = { purposes: Array<{ id: string, name: string, description: string, legalBasis: LegalBasis, refusable: boolean, channels: Array<ConsentChannel>, currentNotice: { version: number, summary: string, url: string | null } | null }>, me: { id: string, consents: Array<{ purpose: string, channel: ConsentChannel, status: ConsentStatus, noticeVersion: number, needsRenewal: boolean, updatedAt: string }> | null } | null };

export type PortalPermissionQueryVariables = Exact<{
  purpose: string | number;
  channel: ConsentChannel;
}>;


export type PortalPermissionQuery = { me: { id: string, mayProcess: { allowed: boolean, code: PermissionCode, reason: string } | null } | null };

export type PortalRecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type PortalRecordConsentMutation = { recordConsent: { seq: number, at: string } };

export type PortalDetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalDetailsQuery = { me: { id: string, birthDate: string | null, name: { given: string | null, family: string | null, provenance: { source: string, channel: string, at: string } } | null, emails: Array<{ id: string, address: string, verified: boolean, provenance: { source: string, at: string } }>, phones: Array<{ id: string, number: string, verified: boolean }>, addresses: Array<{ id: string, lines: Array<string>, city: string, postalCode: string | null, country: string }>, identifiers: Array<{ source: string }>, history: Array<{ id: string, attribute: string, reason: string | null, changedAt: string, changedBy: { source: string, channel: string } }> } | null };

export type PortalRectifyMutationVariables = Exact<{
  id: string | number;
  input: RectifyProfileInput;
  reason?: string | null | undefined;
}>;


export type PortalRectifyMutation = { rectifyProfile: { id: string, displayName: string | null, birthDate: string | null, name: { given: string | null, family: string | null } | null } };

export type PortalOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOffersQuery = { me: { id: string, automatedDecisionsUnderReview: boolean | null, offerFeed: { mode: FeedMode, decisionId: string | null, items: Array<{ explanation: Array<string>, offer: { id: string, title: string, description: string, validUntil: string | null } }> } | null } | null };

export type PortalDismissOfferMutationVariables = Exact<{
  profileId: string | number;
  offerId: string | number;
}>;


export type PortalDismissOfferMutation = { dismissOffer: { id: string } };

export type PortalSnoozeOfferMutationVariables = Exact<{
  profileId: string | number;
  offerId: string | number;
  until: string;
}>;


export type PortalSnoozeOfferMutation = { snoozeOffer: { id: string } };

export type PortalNotThisKindMutationVariables = Exact<{
  profileId: string | number;
  offerId: string | number;
}>;


export type PortalNotThisKindMutation = { notInterestedInOfferKind: { id: string } };

export type PortalAskHumanReviewMutationVariables = Exact<{
  input: OpenPrivacyRequestInput;
}>;


export type PortalAskHumanReviewMutation = { openPrivacyRequest: { id: string, status: PrivacyRequestStatus } };

export type PortalOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOverviewQuery = { purposes: Array<{ id: string, name: string }>, me: { id: string, displayName: string | null, email: string | null, status: ProfileStatus, processingRestricted: boolean | null, wantedTopics: Array<string> | null, unwantedTopics: Array<string> | null, sources: Array<{ attribute: string, provenance: { source: string, at: string } }>, consents: Array<{ purpose: string, channel: ConsentChannel, status: ConsentStatus }> | null, preferences: { language: string | null, channels: Array<{ channel: PreferenceChannel, enabled: boolean, active: boolean }> } | null, offerFeed: { mode: FeedMode, items: Array<{ offer: { id: string, title: string } }> } | null, privacyRequests: Array<{ id: string, type: PrivacyRequestType, status: PrivacyRequestStatus, dueAt: string }> | null } | null };

export type PortalPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPreferencesQuery = { topics: Array<{ id: string, name: string, description: string }>, me: { id: string, wantedTopics: Array<string> | null, unwantedTopics: Array<string> | null, preferences: { language: string | null, channels: Array<{ channel: PreferenceChannel, enabled: boolean, active: boolean, inactiveReason: string | null }>, frequencyCaps: Array<{ channel: PreferenceChannel, max: number, periodDays: number }>, quietHours: { start: string, end: string } | null } | null } | null };

export type PortalSetPreferencesMutationVariables = Exact<{
  input: SetPreferencesInput;
}>;


export type PortalSetPreferencesMutation = { setPreferences: { id: string, preferences: { language: string | null, frequencyCaps: Array<{ channel: PreferenceChannel, max: number, periodDays: number }>, channels: Array<{ channel: PreferenceChannel, enabled: boolean, active: boolean, inactiveReason: string | null }>, quietHours: { start: string, end: string } | null } | null } };

export type PortalSetInterestMutationVariables = Exact<{
  profileId: string | number;
  topic: string | number;
  interested: boolean;
}>;


export type PortalSetInterestMutation = { setInterest: { id: string, wantedTopics: Array<string> | null, unwantedTopics: Array<string> | null } };

export type PortalPrivacyQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPrivacyQuery = { purposes: Array<{ id: string, name: string, refusable: boolean }>, transferDestinations: Array<{ id: string, name: string }>, me: { id: string, processingRestricted: boolean | null, objections: Array<string> | null, automatedDecisionOptOut: boolean | null, privacyRequests: Array<{ id: string, type: PrivacyRequestType, purpose: string | null, status: PrivacyRequestStatus, receivedAt: string, dueAt: string, daysLeft: number, overdue: boolean, completedAt: string | null, resolution: string | null, reviewOutcome: ReviewOutcome | null, withdrawable: boolean, transfer: { status: TransferStatus, deliveredAt: string | null, destination: { name: string } } | null }> | null, breachNotices: Array<{ breachId: string, title: string, text: string, notifiedAt: string }> | null, dataTransparency: { sources: Array<string>, recipients: Array<string>, recipientsTracked: boolean, summary: string } | null, accessLog: Array<{ clientId: string, actor: string | null, roles: Array<string>, fields: Array<string>, purpose: string | null, at: string }> | null } | null };

export type PortalOpenPrivacyRequestMutationVariables = Exact<{
  input: OpenPrivacyRequestInput;
}>;


export type PortalOpenPrivacyRequestMutation = { openPrivacyRequest: { id: string, type: PrivacyRequestType, status: PrivacyRequestStatus, dueAt: string } };

export type PortalWithdrawPrivacyRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type PortalWithdrawPrivacyRequestMutation = { withdrawPrivacyRequest: { id: string, status: PrivacyRequestStatus, withdrawable: boolean } };

export type PortalExportQueryVariables = Exact<{
  id: string | number;
  locale?: string | null | undefined;
}>;


export type PortalExportQuery = { privacyRequest: { id: string, status: PrivacyRequestStatus, export: { format: string, document: unknown, html: string } | null } | null };

export type PortalErasureQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalErasureQuery = { privacyRequest: { id: string, status: PrivacyRequestStatus, receipt: unknown, resolution: string | null } | null };

export type PortalSignUpPurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSignUpPurposesQuery = { purposes: Array<{ id: string, name: string, description: string, legalBasis: LegalBasis, channels: Array<ConsentChannel>, currentNotice: { version: number, summary: string } | null }> };

export type PortalSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type PortalSignUpMutation = { signUp: { id: string, displayName: string | null } };

export type PortalSignUpConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type PortalSignUpConsentMutation = { recordConsent: { seq: number } };

export type PortalUnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type PortalUnsubscribeMutation = { unsubscribe: { channel: ConsentChannel, at: string, purpose: { id: string, name: string } } };


export const PortalShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<PortalShellQuery, PortalShellQueryVariables>;
export const PortalConfirmConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalConfirmConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<PortalConfirmConsentMutation, PortalConfirmConsentMutationVariables>;
export const PortalConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"refusable"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"currentNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"needsRenewal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PortalConsentsQuery, PortalConsentsQueryVariables>;
export const PortalPermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mayProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<PortalPermissionQuery, PortalPermissionQueryVariables>;
export const PortalRecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<PortalRecordConsentMutation, PortalRecordConsentMutationVariables>;
export const PortalDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalDetailsQuery, PortalDetailsQueryVariables>;
export const PortalRectifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRectify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectifyProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectifyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"family"}}]}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]} as unknown as DocumentNode<PortalRectifyMutation, PortalRectifyMutationVariables>;
export const PortalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"automatedDecisionsUnderReview"}},{"kind":"Field","name":{"kind":"Name","value":"offerFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"WEB"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalOffersQuery, PortalOffersQueryVariables>;
export const PortalDismissOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDismissOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalDismissOfferMutation, PortalDismissOfferMutationVariables>;
export const PortalSnoozeOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSnoozeOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalSnoozeOfferMutation, PortalSnoozeOfferMutationVariables>;
export const PortalNotThisKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalNotThisKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notInterestedInOfferKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalNotThisKindMutation, PortalNotThisKindMutationVariables>;
export const PortalAskHumanReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAskHumanReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPrivacyRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPrivacyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalAskHumanReviewMutation, PortalAskHumanReviewMutationVariables>;
export const PortalOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processingRestricted"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedTopics"}},{"kind":"Field","name":{"kind":"Name","value":"unwantedTopics"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"EnumValue","value":"WEB"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"privacyRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]} as unknown as DocumentNode<PortalOverviewQuery, PortalOverviewQueryVariables>;
export const PortalPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wantedTopics"}},{"kind":"Field","name":{"kind":"Name","value":"unwantedTopics"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequencyCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalPreferencesQuery, PortalPreferencesQueryVariables>;
export const PortalSetPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSetPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequencyCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalSetPreferencesMutation, PortalSetPreferencesMutationVariables>;
export const PortalSetInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSetInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interested"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"interested"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interested"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wantedTopics"}},{"kind":"Field","name":{"kind":"Name","value":"unwantedTopics"}}]}}]}}]} as unknown as DocumentNode<PortalSetInterestMutation, PortalSetInterestMutationVariables>;
export const PortalPrivacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPrivacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"refusable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferDestinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processingRestricted"}},{"kind":"Field","name":{"kind":"Name","value":"objections"}},{"kind":"Field","name":{"kind":"Name","value":"automatedDecisionOptOut"}},{"kind":"Field","name":{"kind":"Name","value":"privacyRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawable"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breachNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breachId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataTransparency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsTracked"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<PortalPrivacyQuery, PortalPrivacyQueryVariables>;
export const PortalOpenPrivacyRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalOpenPrivacyRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPrivacyRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPrivacyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<PortalOpenPrivacyRequestMutation, PortalOpenPrivacyRequestMutationVariables>;
export const PortalWithdrawPrivacyRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalWithdrawPrivacyRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPrivacyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawable"}}]}}]}}]} as unknown as DocumentNode<PortalWithdrawPrivacyRequestMutation, PortalWithdrawPrivacyRequestMutationVariables>;
export const PortalExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"html"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]} as unknown as DocumentNode<PortalExportQuery, PortalExportQueryVariables>;
export const PortalErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privacyRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]} as unknown as DocumentNode<PortalErasureQuery, PortalErasureQueryVariables>;
export const PortalSignUpPurposesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSignUpPurposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"currentNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<PortalSignUpPurposesQuery, PortalSignUpPurposesQueryVariables>;
export const PortalSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PortalSignUpMutation, PortalSignUpMutationVariables>;
export const PortalSignUpConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignUpConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<PortalSignUpConsentMutation, PortalSignUpConsentMutationVariables>;
export const PortalUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>;