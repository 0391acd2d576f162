// Generated from subgraphs/consent/schema.graphql by `npm run codegen` (scripts/lib/resolverCodegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProfileMapper, ConsentMapper, PurposeMapper, PrivacyNoticeMapper, WebhookSubscriberMapper, WebhookDeliveryMapper } from './mappers.ts';
import type { ConsentContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date | string; }
  JSON: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  federation__FieldSet: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  _Any: { input: unknown; output: unknown; }
};

/**
 * Consent state is read from the customer's consent ledger. For a profile that absorbed others in a
 * merge, their ledgers count too and the most restrictive answer wins: a merge never widens consent.
 * Fields are nullable on purpose: if the consent subgraph is unavailable, the rest of the profile
 * still resolves.
 */
export type Profile = {
  __typename?: 'Profile';
  id: Scalars['ID']['output'];
  /** Profiles merged into this one (owned by identity). */
  mergedProfileIds: Array<Scalars['ID']['output']>;
  /** The current decision per purpose and channel, with its proof. */
  consents?: Maybe<Array<Consent>>;
  /**
   * Current, unexpired grants as "purpose:CHANNEL" keys (e.g. "marketing:EMAIL"), for other subgraphs
   * to read through @requires. Restriction and objection are separate fields.
   */
  activeGrants?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * Processing restricted at the customer's request (GDPR Art. 18). Set and lifted only through the
   * privacy subgraph (a RESTRICTION request, liftProcessingRestriction), which reaches every subgraph,
   * so identity and the others refuse processing changes while it holds.
   */
  processingRestricted?: Maybe<Scalars['Boolean']['output']>;
  /** Purposes the customer objected to (GDPR Art. 21). */
  objections?: Maybe<Array<Scalars['String']['output']>>;
  /** Opted out of automated decisions and profiling (GDPR Art. 22). */
  automatedDecisionOptOut?: Maybe<Scalars['Boolean']['output']>;
  /** Opted out of sale and sharing (and cross-context advertising), e.g. by the Global Privacy Control; null if never. */
  saleSharingOptOut?: Maybe<SaleSharingOptOut>;
  /** May we process this customer's data for this purpose on this channel now? With the reason. */
  mayProcess?: Maybe<Permission>;
  /** Every ledger entry of this profile, oldest first, with proof (personal parts are gone after erasure). */
  consentHistory?: Maybe<Array<ConsentEntry>>;
  /** Re-computes this profile's hash chain and reports the first broken entry. */
  consentLedgerVerification?: Maybe<LedgerVerification>;
};


/**
 * Consent state is read from the customer's consent ledger. For a profile that absorbed others in a
 * merge, their ledgers count too and the most restrictive answer wins: a merge never widens consent.
 * Fields are nullable on purpose: if the consent subgraph is unavailable, the rest of the profile
 * still resolves.
 */
export type ProfileMayProcessArgs = {
  purpose: Scalars['ID']['input'];
  channel: ConsentChannel;
};

export type Consent = {
  __typename?: 'Consent';
  purpose: Scalars['ID']['output'];
  channel: ConsentChannel;
  status: ConsentStatus;
  /** The privacy notice version the customer saw. */
  noticeVersion: Scalars['Int']['output'];
  /** Given under an older notice than the current one: ask again. */
  needsRenewal: Scalars['Boolean']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  expired: Scalars['Boolean']['output'];
  method: ConsentMethod;
  collectionPoint: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  lastChangedBy: Provenance;
  /** The ledger entry that holds the proof. */
  entrySeq: Scalars['Int']['output'];
};

export type ConsentChannel =
  | 'EMAIL'
  | 'SMS'
  | 'PUSH'
  | 'PHONE'
  | 'POST'
  | 'WEB'
  | 'IN_APP'
  | 'PARTNER';

export type ConsentStatus =
  | 'GRANTED'
  | 'DENIED'
  | 'WITHDRAWN';

export type ConsentMethod =
  | 'CHECKBOX'
  | 'DOUBLE_OPT_IN'
  | 'VERBAL'
  | 'WRITTEN'
  | 'IMPORT'
  | 'GLOBAL_PRIVACY_CONTROL'
  /** Withdrawn through the unsubscribe link in a message (never a grant). */
  | 'UNSUBSCRIBE_LINK';

export type SaleSharingOptOut = {
  __typename?: 'SaleSharingOptOut';
  optedOut: Scalars['Boolean']['output'];
  viaGlobalPrivacyControl: Scalars['Boolean']['output'];
  at: Scalars['DateTime']['output'];
};

export type PermissionCode =
  | 'ALLOWED_BY_CONSENT'
  | 'ALLOWED_BY_LEGAL_BASIS'
  | 'UNKNOWN_PURPOSE'
  | 'CHANNEL_NOT_COVERED'
  | 'ERASED'
  | 'RESTRICTED'
  | 'OBJECTED'
  | 'AUTOMATED_DECISIONS_OPTED_OUT'
  | 'SALE_SHARING_OPTED_OUT'
  | 'NO_CONSENT'
  | 'PENDING_CONFIRMATION'
  | 'DENIED'
  | 'WITHDRAWN'
  | 'EXPIRED';

export type Permission = {
  __typename?: 'Permission';
  allowed: Scalars['Boolean']['output'];
  code: PermissionCode;
  reason: Scalars['String']['output'];
  /** The ledger entry (of this profile or one merged into it) the answer rests on. */
  basedOnEntry?: Maybe<Scalars['Int']['output']>;
  needsRenewal: Scalars['Boolean']['output'];
};

export type LedgerEntryType =
  | 'DECISION'
  | 'PENDING'
  | 'CONFIRMATION'
  | 'RESTRICTION'
  | 'OBJECTION'
  | 'AUTOMATED_DECISIONS'
  | 'SALE_SHARING'
  | 'ERASURE';

export type ConsentEntry = {
  __typename?: 'ConsentEntry';
  subjectId: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  at: Scalars['DateTime']['output'];
  type: LedgerEntryType;
  /** What happened: purpose, channel, status, notice version, collection point, method, source, channel used, actor … */
  content: Scalars['JSON']['output'];
  /** The personal part of the proof; null when there was none or after erasure. */
  proof?: Maybe<EntryProof>;
  prevHash: Scalars['String']['output'];
  hash: Scalars['String']['output'];
};

/** The personal part of an entry's proof, sealed with the customer's key (erasure shreds it). */
export type EntryProof = {
  __typename?: 'EntryProof';
  /** HMAC of the IP address the consent came from. */
  ipHash?: Maybe<Scalars['String']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** Where the decision was collected (kept here, sealed, since it is free text a caller sends). */
  collectionPoint?: Maybe<Scalars['String']['output']>;
  /** A source's own evidence of an imported decision, as it came. */
  originalProof?: Maybe<Scalars['JSON']['output']>;
};

export type LedgerVerification = {
  __typename?: 'LedgerVerification';
  valid: Scalars['Boolean']['output'];
  entries: Scalars['Int']['output'];
  firstBrokenSeq?: Maybe<Scalars['Int']['output']>;
  problem?: Maybe<Scalars['String']['output']>;
};

export type LegalBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'LEGITIMATE_INTEREST'
  | 'LEGAL_OBLIGATION'
  | 'VITAL_INTEREST'
  | 'PUBLIC_TASK';

export type Purpose = {
  __typename?: 'Purpose';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  description: Scalars['String']['output'];
  legalBasis: LegalBasis;
  /** A W3C Data Privacy Vocabulary purpose, e.g. dpv:DirectMarketing. */
  dpvCategory?: Maybe<Scalars['String']['output']>;
  /** Whether the customer can refuse it (by withholding consent, or by objecting). */
  refusable: Scalars['Boolean']['output'];
  /** Channels it covers; empty means all. */
  channels: Array<ConsentChannel>;
  automatedDecision: Scalars['Boolean']['output'];
  saleOrSharing: Scalars['Boolean']['output'];
  currentNotice?: Maybe<PrivacyNotice>;
  notices: Array<PrivacyNotice>;
};

export type PrivacyNotice = {
  __typename?: 'PrivacyNotice';
  purpose: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  summary: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
};

/** Where a value came from: the source system, the channel, the actor and the time of the write. */
export type Provenance = {
  __typename?: 'Provenance';
  source: Scalars['String']['output'];
  channel: Scalars['String']['output'];
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The processing purposes and their notices. Anyone may read them (the right to be informed). */
  purposes: Array<Purpose>;
  purpose?: Maybe<Purpose>;
  /** Downstream systems that receive signed webhooks (administrators). */
  webhookSubscribers: Array<WebhookSubscriber>;
  /** Deliveries, newest first, by subscriber and status (administrators): what was sent, suppressed or dead-lettered, and why. */
  webhookDeliveries: Array<WebhookDelivery>;
  /**
   * The token for the unsubscribe link of a message about this purpose on this channel (systems and
   * administrators, who send messages). Computed, not stored: ask for one per message. It can only
   * withdraw, and keeps working as long as the message does.
   */
  unsubscribeToken: Scalars['String']['output'];
};


export type QueryPurposeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  first: Scalars['Int']['input'];
};


export type QueryUnsubscribeTokenArgs = {
  profileId: Scalars['ID']['input'];
  purpose: Scalars['ID']['input'];
  channel: ConsentChannel;
};

export type PurposeInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  description: Scalars['String']['input'];
  legalBasis: LegalBasis;
  dpvCategory?: InputMaybe<Scalars['String']['input']>;
  refusable: Scalars['Boolean']['input'];
  channels: Array<ConsentChannel>;
  automatedDecision: Scalars['Boolean']['input'];
  saleOrSharing: Scalars['Boolean']['input'];
};

export type NoticeInput = {
  summary: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How the decision was collected (GDPR Art. 7(1)). */
export type ConsentProofInput = {
  noticeVersion: Scalars['Int']['input'];
  /** The page, app screen or call-centre script where it was collected. */
  collectionPoint: Scalars['String']['input'];
  method: ConsentMethod;
  /** Stored only as an HMAC. */
  ipAddress?: InputMaybe<Scalars['String']['input']>;
  userAgent?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecordConsentInput = {
  profileId: Scalars['ID']['input'];
  purpose: Scalars['ID']['input'];
  channel: ConsentChannel;
  status: ConsentStatus;
  proof: ConsentProofInput;
  /** Required from agents. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type RequestConsentConfirmationInput = {
  profileId: Scalars['ID']['input'];
  purpose: Scalars['ID']['input'];
  channel: ConsentChannel;
  noticeVersion: Scalars['Int']['input'];
  collectionPoint: Scalars['String']['input'];
  ipAddress?: InputMaybe<Scalars['String']['input']>;
  userAgent?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  tokenValidHours: Scalars['Int']['input'];
};

export type ConsentConfirmationRequest = {
  __typename?: 'ConsentConfirmationRequest';
  /** Send it to the customer (a link in an email); it works once, until tokenExpiresAt. */
  token: Scalars['String']['output'];
  tokenExpiresAt: Scalars['DateTime']['output'];
  entry: ConsentEntry;
};

export type ConsentImportRecord = {
  /** Unique in the source: importing it again changes nothing. */
  recordId: Scalars['ID']['input'];
  profileId: Scalars['ID']['input'];
  purpose: Scalars['ID']['input'];
  channel: ConsentChannel;
  status: ConsentStatus;
  givenAt: Scalars['DateTime']['input'];
  noticeVersion: Scalars['Int']['input'];
  collectionPoint: Scalars['String']['input'];
  /** The source's own evidence, kept as it came (at most 10 kB). */
  originalProof?: InputMaybe<Scalars['JSON']['input']>;
};

export type ImportStatus =
  | 'IMPORTED'
  | 'ALREADY_IMPORTED'
  /** Not applied: a decision given later is held for this purpose and channel (a withdrawal is never superseded). */
  | 'SUPERSEDED'
  | 'REJECTED';

export type ConsentImportResult = {
  __typename?: 'ConsentImportResult';
  recordId: Scalars['ID']['output'];
  status: ImportStatus;
  entrySeq?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  code?: Maybe<Scalars['String']['output']>;
};

/** What an unsubscribe link withdrew. */
export type Unsubscribed = {
  __typename?: 'Unsubscribed';
  purpose: Purpose;
  channel: ConsentChannel;
  at: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Registers a downstream system (administrators). The signing secret is returned once, here. */
  registerWebhookSubscriber: WebhookSubscriberRegistration;
  /** Stops all deliveries to a subscriber (administrators); undelivered events are dead-lettered. */
  removeWebhookSubscriber: Scalars['Boolean']['output'];
  /** Sends a dead-lettered delivery again (administrators). */
  replayWebhookDelivery: WebhookDelivery;
  /** Creates or changes a purpose (administrators). */
  upsertPurpose: Purpose;
  /** Publishes the next notice version of a purpose (administrators); earlier consents then need renewal. */
  publishNotice: PrivacyNotice;
  /** Records a decision with its proof. Customers for themselves; agents with a reason (verbal consent only by agents). */
  recordConsent: ConsentEntry;
  /** Starts a double opt-in and returns its single-use token (systems and administrators, who send it). */
  requestConsentConfirmation: ConsentConfirmationRequest;
  /** Presents a double opt-in token: grants the pending consent once, before the token expires. */
  confirmConsent: ConsentEntry;
  /**
   * Presents an unsubscribe token (whoever holds the link, no sign-in): withdraws the consent it
   * names, with the link as the proof. Asking again withdraws again; it never grants.
   */
  unsubscribe: Unsubscribed;
  /**
   * Records the customer's Global Privacy Control signal (Sec-GPC: 1) as their opt-out of sale and
   * sharing, with the signal as proof, once: true when this call recorded it, false when it was on
   * record already. The customer for themselves, on a request carrying the signal; the gateway sends
   * it before any request of theirs that carries it.
   */
  honourGlobalPrivacyControl: Scalars['Boolean']['output'];
  /** Objects to a purpose (GDPR Art. 21) or withdraws the objection. */
  setObjection: Profile;
  /** Opts out of automated decisions and profiling (GDPR Art. 22), or back in. */
  setAutomatedDecisionOptOut: Profile;
  /** Imports decisions from a legacy system or consent platform, with per-record results (systems as themselves, administrators). */
  importConsents: Array<ConsentImportResult>;
};


export type MutationRegisterWebhookSubscriberArgs = {
  input: RegisterWebhookSubscriberInput;
};


export type MutationRemoveWebhookSubscriberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpsertPurposeArgs = {
  input: PurposeInput;
};


export type MutationPublishNoticeArgs = {
  purpose: Scalars['ID']['input'];
  input: NoticeInput;
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRequestConsentConfirmationArgs = {
  input: RequestConsentConfirmationInput;
};


export type MutationConfirmConsentArgs = {
  token: Scalars['String']['input'];
};


export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};


export type MutationHonourGlobalPrivacyControlArgs = {
  profileId: Scalars['ID']['input'];
};


export type MutationSetObjectionArgs = {
  profileId: Scalars['ID']['input'];
  purpose: Scalars['ID']['input'];
  objected: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetAutomatedDecisionOptOutArgs = {
  profileId: Scalars['ID']['input'];
  optedOut: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportConsentsArgs = {
  source: Scalars['String']['input'];
  records: Array<ConsentImportRecord>;
};

/**
 * A downstream system (ESP, CRM, ads) receiving profile events as Standard Webhooks: signed with
 * HMAC-SHA256 (webhook-id, webhook-timestamp, webhook-signature), at least once, in order per subject.
 * Consent relays its own events and those the other subgraphs hand it (profile, preference, offer, privacy).
 */
export type WebhookSubscriber = {
  __typename?: 'WebhookSubscriber';
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
  /**
   * consent.granted, consent.withdrawn, processing.restricted, objection.recorded, subject.erased,
   * profile.created, profile.updated, profile.merged, profile.erased, preference.changed,
   * offer.dismissed, offer.redeemed, privacy_request.completed … or *
   */
  eventTypes: Array<Scalars['String']['output']>;
  /**
   * The purpose:CHANNEL pairs it processes data for, e.g. marketing:EMAIL. A subject who does not allow one
   * of them (withdrawn, objected, restricted) gets nothing sent to it, except the event telling it to stop.
   */
  purposes: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
};

export type WebhookSubscriberRegistration = {
  __typename?: 'WebhookSubscriberRegistration';
  subscriber: WebhookSubscriber;
  /** whsec_…: give it to the receiver to verify signatures. It is not shown again. */
  secret: Scalars['String']['output'];
};

export type RegisterWebhookSubscriberInput = {
  /** Lower case letters, digits and dashes, e.g. esp. */
  id: Scalars['ID']['input'];
  url: Scalars['String']['input'];
  eventTypes: Array<Scalars['String']['input']>;
  purposes: Array<Scalars['String']['input']>;
};

export type WebhookDeliveryStatus =
  | 'PENDING'
  | 'DELIVERED'
  /** Not sent: the subject does not allow one of the subscriber's purposes. */
  | 'SUPPRESSED'
  /** Gave up after the last retry; replayWebhookDelivery sends it again. */
  | 'DEAD';

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  id: Scalars['ID']['output'];
  subscriberId: Scalars['ID']['output'];
  /** The webhook-id the receiver sees, the same on every retry. */
  eventId: Scalars['ID']['output'];
  subjectId: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
  attempts: Scalars['Int']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** Why it was suppressed. */
  reason?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  nextAttemptAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Profile: Profile;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Profile:
    ( { __typename: 'Profile' }
    & GraphQLRecursivePick<FederationTypes['Profile'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"mergedProfileIds":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Profile: ResolverTypeWrapper<ProfileMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Consent: ResolverTypeWrapper<ConsentMapper>;
  ConsentChannel: ConsentChannel;
  ConsentStatus: ConsentStatus;
  ConsentMethod: ConsentMethod;
  SaleSharingOptOut: ResolverTypeWrapper<SaleSharingOptOut>;
  PermissionCode: PermissionCode;
  Permission: ResolverTypeWrapper<Permission>;
  LedgerEntryType: LedgerEntryType;
  ConsentEntry: ResolverTypeWrapper<ConsentEntry>;
  EntryProof: ResolverTypeWrapper<EntryProof>;
  LedgerVerification: ResolverTypeWrapper<LedgerVerification>;
  LegalBasis: LegalBasis;
  Purpose: ResolverTypeWrapper<PurposeMapper>;
  PrivacyNotice: ResolverTypeWrapper<PrivacyNoticeMapper>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PurposeInput: PurposeInput;
  NoticeInput: NoticeInput;
  ConsentProofInput: ConsentProofInput;
  RecordConsentInput: RecordConsentInput;
  RequestConsentConfirmationInput: RequestConsentConfirmationInput;
  ConsentConfirmationRequest: ResolverTypeWrapper<ConsentConfirmationRequest>;
  ConsentImportRecord: ConsentImportRecord;
  ImportStatus: ImportStatus;
  ConsentImportResult: ResolverTypeWrapper<ConsentImportResult>;
  Unsubscribed: ResolverTypeWrapper<Omit<Unsubscribed, 'purpose'> & { purpose: ResolversTypes['Purpose'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  WebhookSubscriber: ResolverTypeWrapper<WebhookSubscriberMapper>;
  WebhookSubscriberRegistration: ResolverTypeWrapper<Omit<WebhookSubscriberRegistration, 'subscriber'> & { subscriber: ResolversTypes['WebhookSubscriber'] }>;
  RegisterWebhookSubscriberInput: RegisterWebhookSubscriberInput;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryMapper>;
  link__Purpose: Link__Purpose;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  federation__Policy: ResolverTypeWrapper<Scalars['federation__Policy']['output']>;
  _Any: ResolverTypeWrapper<Scalars['_Any']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Profile: ProfileMapper;
  ID: Scalars['ID']['output'];
  Consent: ConsentMapper;
  SaleSharingOptOut: SaleSharingOptOut;
  Permission: Permission;
  ConsentEntry: ConsentEntry;
  EntryProof: EntryProof;
  LedgerVerification: LedgerVerification;
  Purpose: PurposeMapper;
  PrivacyNotice: PrivacyNoticeMapper;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  PurposeInput: PurposeInput;
  NoticeInput: NoticeInput;
  ConsentProofInput: ConsentProofInput;
  RecordConsentInput: RecordConsentInput;
  RequestConsentConfirmationInput: RequestConsentConfirmationInput;
  ConsentConfirmationRequest: ConsentConfirmationRequest;
  ConsentImportRecord: ConsentImportRecord;
  ConsentImportResult: ConsentImportResult;
  Unsubscribed: Omit<Unsubscribed, 'purpose'> & { purpose: ResolversParentTypes['Purpose'] };
  Mutation: Record<PropertyKey, never>;
  WebhookSubscriber: WebhookSubscriberMapper;
  WebhookSubscriberRegistration: Omit<WebhookSubscriberRegistration, 'subscriber'> & { subscriber: ResolversParentTypes['WebhookSubscriber'] };
  RegisterWebhookSubscriberInput: RegisterWebhookSubscriberInput;
  WebhookDelivery: WebhookDeliveryMapper;
  link__Import: Scalars['link__Import']['output'];
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  _Any: Scalars['_Any']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type MaxLengthDirectiveArgs = {
  value: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = ConsentContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type ProfileResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile'], FederationReferenceType extends FederationReferenceTypes['Profile'] = FederationReferenceTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  activeGrants?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  processingRestricted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  objections?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  automatedDecisionOptOut?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  saleSharingOptOut?: Resolver<Maybe<ResolversTypes['SaleSharingOptOut']>, ParentType, ContextType>;
  mayProcess?: Resolver<Maybe<ResolversTypes['Permission']>, ParentType, ContextType, RequireFields<ProfileMayProcessArgs, 'purpose' | 'channel'>>;
  consentHistory?: Resolver<Maybe<Array<ResolversTypes['ConsentEntry']>>, ParentType, ContextType>;
  consentLedgerVerification?: Resolver<Maybe<ResolversTypes['LedgerVerification']>, ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  purpose?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ConsentChannel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  noticeVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  needsRenewal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
  collectionPoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastChangedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  entrySeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SaleSharingOptOutResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['SaleSharingOptOut'] = ResolversParentTypes['SaleSharingOptOut']> = {
  optedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viaGlobalPrivacyControl?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PermissionResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Permission'] = ResolversParentTypes['Permission']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['PermissionCode'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basedOnEntry?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  needsRenewal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConsentEntryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentEntry'] = ResolversParentTypes['ConsentEntry']> = {
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LedgerEntryType'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  proof?: Resolver<Maybe<ResolversTypes['EntryProof']>, ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntryProofResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['EntryProof'] = ResolversParentTypes['EntryProof']> = {
  ipHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collectionPoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originalProof?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type LedgerVerificationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['LedgerVerification'] = ResolversParentTypes['LedgerVerification']> = {
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PurposeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Purpose'] = ResolversParentTypes['Purpose']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['LegalBasis'], ParentType, ContextType>;
  dpvCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ConsentChannel']>, ParentType, ContextType>;
  automatedDecision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  saleOrSharing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentNotice?: Resolver<Maybe<ResolversTypes['PrivacyNotice']>, ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['PrivacyNotice']>, ParentType, ContextType>;
};

export type PrivacyNoticeResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['PrivacyNotice'] = ResolversParentTypes['PrivacyNotice']> = {
  purpose?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  purposes?: Resolver<Array<ResolversTypes['Purpose']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['Purpose']>, ParentType, ContextType, RequireFields<QueryPurposeArgs, 'id'>>;
  webhookSubscribers?: Resolver<Array<ResolversTypes['WebhookSubscriber']>, ParentType, ContextType>;
  webhookDeliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first'>>;
  unsubscribeToken?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryUnsubscribeTokenArgs, 'profileId' | 'purpose' | 'channel'>>;
};

export type ConsentConfirmationRequestResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentConfirmationRequest'] = ResolversParentTypes['ConsentConfirmationRequest']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['ConsentEntry'], ParentType, ContextType>;
};

export type ConsentImportResultResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['ConsentImportResult'] = ResolversParentTypes['ConsentImportResult']> = {
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
  entrySeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UnsubscribedResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Unsubscribed'] = ResolversParentTypes['Unsubscribed']> = {
  purpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ConsentChannel'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  registerWebhookSubscriber?: Resolver<ResolversTypes['WebhookSubscriberRegistration'], ParentType, ContextType, RequireFields<MutationRegisterWebhookSubscriberArgs, 'input'>>;
  removeWebhookSubscriber?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveWebhookSubscriberArgs, 'id'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
  upsertPurpose?: Resolver<ResolversTypes['Purpose'], ParentType, ContextType, RequireFields<MutationUpsertPurposeArgs, 'input'>>;
  publishNotice?: Resolver<ResolversTypes['PrivacyNotice'], ParentType, ContextType, RequireFields<MutationPublishNoticeArgs, 'purpose' | 'input'>>;
  recordConsent?: Resolver<ResolversTypes['ConsentEntry'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  requestConsentConfirmation?: Resolver<ResolversTypes['ConsentConfirmationRequest'], ParentType, ContextType, RequireFields<MutationRequestConsentConfirmationArgs, 'input'>>;
  confirmConsent?: Resolver<ResolversTypes['ConsentEntry'], ParentType, ContextType, RequireFields<MutationConfirmConsentArgs, 'token'>>;
  unsubscribe?: Resolver<ResolversTypes['Unsubscribed'], ParentType, ContextType, RequireFields<MutationUnsubscribeArgs, 'token'>>;
  honourGlobalPrivacyControl?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationHonourGlobalPrivacyControlArgs, 'profileId'>>;
  setObjection?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationSetObjectionArgs, 'profileId' | 'purpose' | 'objected'>>;
  setAutomatedDecisionOptOut?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationSetAutomatedDecisionOptOutArgs, 'profileId' | 'optedOut'>>;
  importConsents?: Resolver<Array<ResolversTypes['ConsentImportResult']>, ParentType, ContextType, RequireFields<MutationImportConsentsArgs, 'source' | 'records'>>;
};

export type WebhookSubscriberResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookSubscriber'] = ResolversParentTypes['WebhookSubscriber']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WebhookSubscriberRegistrationResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookSubscriberRegistration'] = ResolversParentTypes['WebhookSubscriberRegistration']> = {
  subscriber?: Resolver<ResolversTypes['WebhookSubscriber'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = ConsentContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subscriberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Federation__PolicyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Policy'], any> {
  name: 'federation__Policy';
}

export interface _AnyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['_Any'], any> {
  name: '_Any';
}

export type Resolvers<ContextType = ConsentContext> = {
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Profile?: ProfileResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  SaleSharingOptOut?: SaleSharingOptOutResolvers<ContextType>;
  Permission?: PermissionResolvers<ContextType>;
  ConsentEntry?: ConsentEntryResolvers<ContextType>;
  EntryProof?: EntryProofResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  Purpose?: PurposeResolvers<ContextType>;
  PrivacyNotice?: PrivacyNoticeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ConsentConfirmationRequest?: ConsentConfirmationRequestResolvers<ContextType>;
  ConsentImportResult?: ConsentImportResultResolvers<ContextType>;
  Unsubscribed?: UnsubscribedResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  WebhookSubscriber?: WebhookSubscriberResolvers<ContextType>;
  WebhookSubscriberRegistration?: WebhookSubscriberRegistrationResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  _Any?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = ConsentContext> = {
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  federation__provides?: Federation__ProvidesDirectiveResolver<any, any, ContextType>;
  federation__tag?: Federation__TagDirectiveResolver<any, any, ContextType>;
  federation__extends?: Federation__ExtendsDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  federation__inaccessible?: Federation__InaccessibleDirectiveResolver<any, any, ContextType>;
  federation__override?: Federation__OverrideDirectiveResolver<any, any, ContextType>;
  federation__composeDirective?: Federation__ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  federation__interfaceObject?: Federation__InterfaceObjectDirectiveResolver<any, any, ContextType>;
  federation__authenticated?: Federation__AuthenticatedDirectiveResolver<any, any, ContextType>;
  federation__requiresScopes?: Federation__RequiresScopesDirectiveResolver<any, any, ContextType>;
  federation__policy?: Federation__PolicyDirectiveResolver<any, any, ContextType>;
};
