// Generated from subgraphs/identity/schema.graphql by `npm run codegen` (scripts/lib/resolverCodegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProfileMapper, ResolutionRuleMapper } from './mappers.ts';
import type { IdentityContext } from '../context.ts';
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
  CountryCode: { input: string; output: string; }
  DateTime: { input: Date; output: Date | string; }
  EmailAddress: { input: string; output: string; }
  JSON: { input: unknown; output: unknown; }
  LocalDate: { input: string; output: string; }
  Locale: { input: string; output: string; }
  PhoneNumber: { input: string; output: string; }
  TimeZone: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
  federation__FieldSet: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  _Any: { input: unknown; output: unknown; }
};

/**
 * A customer's one living profile. The identity subgraph owns it; every other subgraph adds
 * fields to it by `id`. A profile merged into another resolves to the surviving profile.
 */
export type Profile = {
  __typename?: 'Profile';
  id: Scalars['ID']['output'];
  status: ProfileStatus;
  name?: Maybe<PersonName>;
  /** The display name, or given and family name joined. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** The primary email address. */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  emails: Array<EmailContact>;
  phones: Array<PhoneContact>;
  addresses: Array<PostalAddress>;
  /** The country of the primary postal address. */
  country?: Maybe<Scalars['CountryCode']['output']>;
  birthDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Whole years since the birth date, for age rules where they are lawful (other subgraphs never see the date). */
  age?: Maybe<Scalars['Int']['output']>;
  locale?: Maybe<Scalars['Locale']['output']>;
  timeZone?: Maybe<Scalars['TimeZone']['output']>;
  /** Identifiers of this customer in source systems (CRM, ESP, loyalty …). */
  identifiers: Array<ExternalIdentifier>;
  /** For each attribute that has a value: where it came from. */
  sources: Array<AttributeSource>;
  /** Previous values replaced by rectification or removed, newest first; visible to the customer. */
  history: Array<AttributeChange>;
  /** Profiles merged into this one, including merges that were undone. */
  merges: Array<MergeRecord>;
  /**
   * Ids of the profiles merged into this one (and not unmerged). Their data in other subgraphs is
   * this customer's too: consent combines their decisions, most restrictive first.
   */
  mergedProfileIds: Array<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Which system, channel and actor last changed the profile, and when. */
  lastChangedBy: Provenance;
};

export type ProfileStatus =
  | 'ACTIVE'
  /** Processing restricted at the customer's request (GDPR Art. 18): only rectification is allowed. */
  | 'RESTRICTED'
  | 'ERASED'
  /** Merged into another profile; reads resolve to the survivor. */
  | 'MERGED';

export type PersonName = {
  __typename?: 'PersonName';
  given?: Maybe<Scalars['String']['output']>;
  family?: Maybe<Scalars['String']['output']>;
  display?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
};

export type VerificationMethod =
  | 'DOUBLE_OPT_IN'
  | 'ONE_TIME_CODE'
  | 'AGENT_CHECK'
  | 'SOURCE_SYSTEM'
  /** The identity provider the customer signed in with vouched for it (the token's email_verified), at sign-up. */
  | 'IDENTITY_PROVIDER';

export type EmailContact = {
  __typename?: 'EmailContact';
  id: Scalars['ID']['output'];
  address: Scalars['EmailAddress']['output'];
  verified: Scalars['Boolean']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verificationMethod?: Maybe<VerificationMethod>;
  primary: Scalars['Boolean']['output'];
  provenance: Provenance;
};

export type PhoneContact = {
  __typename?: 'PhoneContact';
  id: Scalars['ID']['output'];
  number: Scalars['PhoneNumber']['output'];
  verified: Scalars['Boolean']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verificationMethod?: Maybe<VerificationMethod>;
  primary: Scalars['Boolean']['output'];
  provenance: Provenance;
};

export type PostalAddress = {
  __typename?: 'PostalAddress';
  id: Scalars['ID']['output'];
  lines: Array<Scalars['String']['output']>;
  city: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  country: Scalars['CountryCode']['output'];
  label?: Maybe<Scalars['String']['output']>;
  primary: Scalars['Boolean']['output'];
  provenance: Provenance;
};

export type ExternalIdentifier = {
  __typename?: 'ExternalIdentifier';
  /** The source system, e.g. `crm`, `esp`, `loyalty`. */
  source: Scalars['String']['output'];
  id: Scalars['String']['output'];
  provenance: Provenance;
};

export type AttributeSource = {
  __typename?: 'AttributeSource';
  /** name, birthDate, locale, timeZone, email:<id>, phone:<id>, address:<id>, identifier:<source> */
  attribute: Scalars['String']['output'];
  provenance: Provenance;
};

export type AttributeChange = {
  __typename?: 'AttributeChange';
  id: Scalars['ID']['output'];
  /** name, birthDate, locale, timeZone, email, phone, address or identifier */
  attribute: Scalars['String']['output'];
  /** The value before the change (null if there was none). */
  previousValue?: Maybe<Scalars['JSON']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  changedAt: Scalars['DateTime']['output'];
  changedBy: Provenance;
};

export type MergeRecord = {
  __typename?: 'MergeRecord';
  id: Scalars['ID']['output'];
  mergedProfileId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  mergedAt: Scalars['DateTime']['output'];
  mergedBy: Provenance;
  /** The resolution rule under which identity merged them itself (mergedBy.source identity-resolution); null when staff merged them. */
  rule?: Maybe<Scalars['ID']['output']>;
  undoneAt?: Maybe<Scalars['DateTime']['output']>;
  undoneBy?: Maybe<Provenance>;
};

/** Where a value came from: the source system, the channel, the actor and the time of the write. */
export type Provenance = {
  __typename?: 'Provenance';
  source: Scalars['String']['output'];
  channel: Scalars['String']['output'];
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
};

export type ProfilePage = {
  __typename?: 'ProfilePage';
  profiles: Array<Profile>;
  /** Pass as `after` to get the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['ID']['output']>;
};

export type DuplicateReason =
  | 'SAME_VERIFIED_EMAIL'
  | 'SAME_EMAIL'
  | 'SAME_VERIFIED_PHONE'
  | 'SAME_PHONE';

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  profile: Profile;
  reasons: Array<DuplicateReason>;
  /**
   * Source systems in which the two are different records (each holds its own identifier there):
   * never merged automatically; staff decide.
   */
  conflictingSources: Array<Scalars['String']['output']>;
  /** Staff undid a merge of these two before: never merged automatically again. */
  separatedBefore: Scalars['Boolean']['output'];
};

export type ResolutionEvidence =
  /** An email both profiles proved (verified on each). */
  | 'VERIFIED_EMAIL'
  /** A phone number both profiles proved (verified on each). */
  | 'VERIFIED_PHONE';

/**
 * A rule under which identity merges two profiles itself, as soon as a write gives them what it asks
 * for: one of its kinds of evidence, given on each side by a source system it trusts (the contact
 * point's provenance). Never across a conflicting identifier of one source, never two profiles
 * staff separated, never a restricted profile; a profile a customer signs in as is never merged
 * away. Weaker matches stay in duplicateCandidates for staff.
 */
export type ResolutionRule = {
  __typename?: 'ResolutionRule';
  id: Scalars['ID']['output'];
  /** Any one of these, shared by both profiles, is enough. */
  evidence: Array<ResolutionEvidence>;
  /** The source systems whose contact points this rule trusts, on both sides. */
  trustedSources: Array<Scalars['String']['output']>;
  active: Scalars['Boolean']['output'];
  definedBy: Provenance;
  retiredBy?: Maybe<Provenance>;
};

export type ResolutionRuleInput = {
  /** 2-63 lower-case letters, digits and dashes. */
  id: Scalars['ID']['input'];
  evidence: Array<ResolutionEvidence>;
  /** Source system names (client ids), e.g. crm, web, portal. */
  trustedSources: Array<Scalars['String']['input']>;
};

export type MergeChangeType =
  | 'MERGED'
  | 'UNMERGED';

/** A merge or an unmerge, for systems that keep data by profile id. */
export type MergeChange = {
  __typename?: 'MergeChange';
  type: MergeChangeType;
  survivorId: Scalars['ID']['output'];
  mergedProfileId: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The identity resolution rules, retired ones too. Staff. */
  resolutionRules: Array<ResolutionRule>;
  /** Live profiles that share a verified email or phone with this one, and how (unverified ones never match). Staff. */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** Merges and unmerges after `since`, oldest first (at most `first`, 1 to 500). Systems and staff. */
  mergeChanges: Array<MergeChange>;
  /** The signed-in customer's own profile. */
  me?: Maybe<Profile>;
  profile?: Maybe<Profile>;
  /**
   * The profile where this email is verified (the oldest, if several). An unverified email finds
   * nothing: anyone can type someone else's address. Staff and systems.
   */
  profileByEmail?: Maybe<Profile>;
  /** Every live profile where this email or phone is verified (duplicates included). Staff and systems. */
  profilesByContact: Array<Profile>;
  /** The profile an external identifier belongs to. Staff and systems. */
  profileByIdentifier?: Maybe<Profile>;
  /** Live profiles in id order, for staff and systems. `first` is 1 to 500. */
  profiles: ProfilePage;
};


export type QueryDuplicateCandidatesArgs = {
  profileId: Scalars['ID']['input'];
};


export type QueryMergeChangesArgs = {
  since: Scalars['DateTime']['input'];
  first: Scalars['Int']['input'];
};


export type QueryProfileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProfileByEmailArgs = {
  email: Scalars['EmailAddress']['input'];
};


export type QueryProfilesByContactArgs = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
};


export type QueryProfileByIdentifierArgs = {
  source: Scalars['String']['input'];
  id: Scalars['String']['input'];
};


export type QueryProfilesArgs = {
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
};

export type PersonNameInput = {
  given?: InputMaybe<Scalars['String']['input']>;
  family?: InputMaybe<Scalars['String']['input']>;
  display?: InputMaybe<Scalars['String']['input']>;
};

export type EmailInput = {
  address: Scalars['EmailAddress']['input'];
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  verificationMethod?: InputMaybe<VerificationMethod>;
  primary?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PhoneInput = {
  number: Scalars['PhoneNumber']['input'];
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  verificationMethod?: InputMaybe<VerificationMethod>;
  primary?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PostalAddressInput = {
  lines: Array<Scalars['String']['input']>;
  city: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  country: Scalars['CountryCode']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  primary?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ExternalIdentifierInput = {
  source: Scalars['String']['input'];
  id: Scalars['String']['input'];
};

export type SignUpInput = {
  name?: InputMaybe<PersonNameInput>;
  locale?: InputMaybe<Scalars['Locale']['input']>;
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
};

export type CreateProfileInput = {
  name?: InputMaybe<PersonNameInput>;
  emails?: InputMaybe<Array<EmailInput>>;
  phones?: InputMaybe<Array<PhoneInput>>;
  addresses?: InputMaybe<Array<PostalAddressInput>>;
  birthDate?: InputMaybe<Scalars['LocalDate']['input']>;
  locale?: InputMaybe<Scalars['Locale']['input']>;
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
  identifiers?: InputMaybe<Array<ExternalIdentifierInput>>;
};

/** Only the fields given change; null clears a value. Each change keeps the previous value in the history. */
export type RectifyProfileInput = {
  name?: InputMaybe<PersonNameInput>;
  birthDate?: InputMaybe<Scalars['LocalDate']['input']>;
  locale?: InputMaybe<Scalars['Locale']['input']>;
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
};

export type UpsertStatus =
  | 'CREATED'
  | 'UPDATED'
  | 'UNCHANGED'
  | 'REJECTED';

export type SourceRecordResult = {
  __typename?: 'SourceRecordResult';
  eventId: Scalars['ID']['output'];
  status: UpsertStatus;
  profileId?: Maybe<Scalars['ID']['output']>;
  /** Why the record was rejected, or that the event was already applied. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The error code of a rejected record (BAD_USER_INPUT, CONFLICT, RESTRICTED …). */
  code?: Maybe<Scalars['String']['output']>;
};

/**
 * One record from a source system. Values are plain strings checked record by record, so one bad
 * value rejects its own record, not the batch.
 */
export type SourceRecordInput = {
  /** Unique per source system: replaying an event changes nothing. */
  eventId: Scalars['ID']['input'];
  /** Which profile this is, in the source's own terms; a new identifier creates a profile. */
  identifier: ExternalIdentifierInput;
  /** When the change happened at the source (default: now). An older change never overwrites a newer value. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  name?: InputMaybe<PersonNameInput>;
  emails?: InputMaybe<Array<SourceEmailInput>>;
  phones?: InputMaybe<Array<SourcePhoneInput>>;
  addresses?: InputMaybe<Array<SourceAddressInput>>;
  birthDate?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type SourceEmailInput = {
  address: Scalars['String']['input'];
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  verificationMethod?: InputMaybe<VerificationMethod>;
};

export type SourcePhoneInput = {
  number: Scalars['String']['input'];
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  verificationMethod?: InputMaybe<VerificationMethod>;
};

export type SourceAddressInput = {
  lines: Array<Scalars['String']['input']>;
  city: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  country: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Creates or updates profiles from a source system (CRM, ESP, e-commerce), matched by external
   * identifier, idempotent by event id, with a result per record. For system clients (as
   * themselves: `source` must be the caller's client id) and administrators. At most 500 records.
   */
  upsertProfilesFromSource: Array<SourceRecordResult>;
  /**
   * Merges `mergedId` into `survivorId` (agents and administrators): newer values win, contact
   * points are combined with verified ones preferred, identifiers move to the survivor, and the
   * merged id resolves to the survivor from then on.
   */
  mergeProfiles: Profile;
  /** Undoes a merge (also one a resolution rule made): both profiles as they were before it; the survivor's history keeps the rest. */
  unmergeProfiles: Array<Profile>;
  /**
   * Defines an automatic identity resolution rule, or replaces the one with this id (administrators).
   * It applies to every write from then on (profiles created, contact points verified, source records).
   */
  defineResolutionRule: ResolutionRule;
  /** Retires a rule: it merges nothing more; what it merged stays, and can be unmerged. Administrators. */
  retireResolutionRule: ResolutionRule;
  /** Creates a profile (staff). A call-centre agent registering a customer says why (`reason`). */
  createProfile: Profile;
  /**
   * Self-service sign-up: a signed-in customer without a profile creates their own. Its id is the
   * sign-in's subject (the token's sub), so the same sign-in finds it from then on; its email is the
   * one the identity provider verified, never one typed in. Customers only, once: CONFLICT when a
   * profile with this id exists (also one merged or erased); BAD_USER_INPUT when the sign-in carries no
   * verified email. The consents chosen at sign-up follow with recordConsent, as the customer, now
   * that the profile exists.
   */
  signUp: Profile;
  /** Corrects attributes (GDPR Art. 16); allowed while processing is restricted. */
  rectifyProfile: Profile;
  /**
   * Adds an email, or verifies it when it is already there (staff and systems). Added by the
   * customer, it stays unverified and a one-time code is sent to it (see confirmContactPoint);
   * until then it is never used to find, match or merge profiles.
   */
  addEmail: Profile;
  /** Adds a phone number; as addEmail. */
  addPhone: Profile;
  /** Marks a contact point verified by a check staff or a source system made. */
  verifyContactPoint: Profile;
  /**
   * Sends a new one-time code to an unverified contact point (through the outbox, as the
   * `contact.verification_requested` event), valid 30 minutes; at most one a minute.
   */
  requestContactVerification: Profile;
  /** Verifies a contact point with the code sent to it (ONE_TIME_CODE). Five wrong codes spend it. */
  confirmContactPoint: Profile;
  removeContactPoint: Profile;
  addAddress: Profile;
  removeAddress: Profile;
  /**
   * Attaches a source system's identifier; CONFLICT when it belongs to another profile. Staff only
   * (agents with a reason): a source system writes its own identifiers through
   * upsertProfilesFromSource, and a customer cannot claim one (it would pull that system's record
   * of someone else into their profile).
   */
  attachIdentifier: Profile;
  /** Removes an identifier; staff only, as attachIdentifier. */
  detachIdentifier: Profile;
};


export type MutationUpsertProfilesFromSourceArgs = {
  source: Scalars['String']['input'];
  records: Array<SourceRecordInput>;
};


export type MutationMergeProfilesArgs = {
  survivorId: Scalars['ID']['input'];
  mergedId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUnmergeProfilesArgs = {
  survivorId: Scalars['ID']['input'];
  mergedId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDefineResolutionRuleArgs = {
  input: ResolutionRuleInput;
};


export type MutationRetireResolutionRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateProfileArgs = {
  input: CreateProfileInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationRectifyProfileArgs = {
  id: Scalars['ID']['input'];
  input: RectifyProfileInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddEmailArgs = {
  profileId: Scalars['ID']['input'];
  input: EmailInput;
};


export type MutationAddPhoneArgs = {
  profileId: Scalars['ID']['input'];
  input: PhoneInput;
};


export type MutationVerifyContactPointArgs = {
  profileId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
  method: VerificationMethod;
};


export type MutationRequestContactVerificationArgs = {
  profileId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
};


export type MutationConfirmContactPointArgs = {
  profileId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};


export type MutationRemoveContactPointArgs = {
  profileId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddAddressArgs = {
  profileId: Scalars['ID']['input'];
  input: PostalAddressInput;
};


export type MutationRemoveAddressArgs = {
  profileId: Scalars['ID']['input'];
  addressId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAttachIdentifierArgs = {
  profileId: Scalars['ID']['input'];
  input: ExternalIdentifierInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDetachIdentifierArgs = {
  profileId: Scalars['ID']['input'];
  input: ExternalIdentifierInput;
  reason?: InputMaybe<Scalars['String']['input']>;
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
    & GraphQLRecursivePick<FederationTypes['Profile'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Locale: ResolverTypeWrapper<Scalars['Locale']['output']>;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  TimeZone: ResolverTypeWrapper<Scalars['TimeZone']['output']>;
  Profile: ResolverTypeWrapper<ProfileMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ProfileStatus: ProfileStatus;
  PersonName: ResolverTypeWrapper<PersonName>;
  VerificationMethod: VerificationMethod;
  EmailContact: ResolverTypeWrapper<EmailContact>;
  PhoneContact: ResolverTypeWrapper<PhoneContact>;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  ExternalIdentifier: ResolverTypeWrapper<ExternalIdentifier>;
  AttributeSource: ResolverTypeWrapper<AttributeSource>;
  AttributeChange: ResolverTypeWrapper<AttributeChange>;
  MergeRecord: ResolverTypeWrapper<MergeRecord>;
  Provenance: ResolverTypeWrapper<Provenance>;
  ProfilePage: ResolverTypeWrapper<Omit<ProfilePage, 'profiles'> & { profiles: Array<ResolversTypes['Profile']> }>;
  DuplicateReason: DuplicateReason;
  DuplicateCandidate: ResolverTypeWrapper<Omit<DuplicateCandidate, 'profile'> & { profile: ResolversTypes['Profile'] }>;
  ResolutionEvidence: ResolutionEvidence;
  ResolutionRule: ResolverTypeWrapper<ResolutionRuleMapper>;
  ResolutionRuleInput: ResolutionRuleInput;
  MergeChangeType: MergeChangeType;
  MergeChange: ResolverTypeWrapper<MergeChange>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PersonNameInput: PersonNameInput;
  EmailInput: EmailInput;
  PhoneInput: PhoneInput;
  PostalAddressInput: PostalAddressInput;
  ExternalIdentifierInput: ExternalIdentifierInput;
  SignUpInput: SignUpInput;
  CreateProfileInput: CreateProfileInput;
  RectifyProfileInput: RectifyProfileInput;
  UpsertStatus: UpsertStatus;
  SourceRecordResult: ResolverTypeWrapper<SourceRecordResult>;
  SourceRecordInput: SourceRecordInput;
  SourceEmailInput: SourceEmailInput;
  SourcePhoneInput: SourcePhoneInput;
  SourceAddressInput: SourceAddressInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  CountryCode: Scalars['CountryCode']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  JSON: Scalars['JSON']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  Locale: Scalars['Locale']['output'];
  PhoneNumber: Scalars['PhoneNumber']['output'];
  TimeZone: Scalars['TimeZone']['output'];
  Profile: ProfileMapper;
  ID: Scalars['ID']['output'];
  PersonName: PersonName;
  EmailContact: EmailContact;
  PhoneContact: PhoneContact;
  PostalAddress: PostalAddress;
  ExternalIdentifier: ExternalIdentifier;
  AttributeSource: AttributeSource;
  AttributeChange: AttributeChange;
  MergeRecord: MergeRecord;
  Provenance: Provenance;
  ProfilePage: Omit<ProfilePage, 'profiles'> & { profiles: Array<ResolversParentTypes['Profile']> };
  DuplicateCandidate: Omit<DuplicateCandidate, 'profile'> & { profile: ResolversParentTypes['Profile'] };
  ResolutionRule: ResolutionRuleMapper;
  ResolutionRuleInput: ResolutionRuleInput;
  MergeChange: MergeChange;
  Query: Record<PropertyKey, never>;
  PersonNameInput: PersonNameInput;
  EmailInput: EmailInput;
  PhoneInput: PhoneInput;
  PostalAddressInput: PostalAddressInput;
  ExternalIdentifierInput: ExternalIdentifierInput;
  SignUpInput: SignUpInput;
  CreateProfileInput: CreateProfileInput;
  RectifyProfileInput: RectifyProfileInput;
  SourceRecordResult: SourceRecordResult;
  SourceRecordInput: SourceRecordInput;
  SourceEmailInput: SourceEmailInput;
  SourcePhoneInput: SourcePhoneInput;
  SourceAddressInput: SourceAddressInput;
  Mutation: Record<PropertyKey, never>;
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

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__RequiresDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExternalDirectiveArgs = {
  reason?: Maybe<Scalars['String']['input']>;
};

export type Federation__ExternalDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__ExternalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export interface LocaleScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Locale'], any> {
  name: 'Locale';
}

export interface PhoneNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PhoneNumber'], any> {
  name: 'PhoneNumber';
}

export interface TimeZoneScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['TimeZone'], any> {
  name: 'TimeZone';
}

export type ProfileResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile'], FederationReferenceType extends FederationReferenceTypes['Profile'] = FederationReferenceTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProfileStatus'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['PersonName']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['EmailContact']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['PhoneContact']>, ParentType, ContextType>;
  addresses?: Resolver<Array<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['TimeZone']>, ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalIdentifier']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['AttributeSource']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AttributeChange']>, ParentType, ContextType>;
  merges?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType>;
  mergedProfileIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastChangedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type PersonNameResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PersonName'] = ResolversParentTypes['PersonName']> = {
  given?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  display?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type EmailContactResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['EmailContact'] = ResolversParentTypes['EmailContact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verificationMethod?: Resolver<Maybe<ResolversTypes['VerificationMethod']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type PhoneContactResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PhoneContact'] = ResolversParentTypes['PhoneContact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['PhoneNumber'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verificationMethod?: Resolver<Maybe<ResolversTypes['VerificationMethod']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type PostalAddressResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['CountryCode'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ExternalIdentifierResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ExternalIdentifier'] = ResolversParentTypes['ExternalIdentifier']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type AttributeSourceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AttributeSource'] = ResolversParentTypes['AttributeSource']> = {
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type AttributeChangeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AttributeChange'] = ResolversParentTypes['AttributeChange']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type MergeRecordResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MergeRecord'] = ResolversParentTypes['MergeRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedProfileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mergedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProfilePageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ProfilePage'] = ResolversParentTypes['ProfilePage']> = {
  profiles?: Resolver<Array<ResolversTypes['Profile']>, ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DuplicateCandidateResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = {
  profile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  conflictingSources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  separatedBefore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ResolutionRuleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ResolutionRule'] = ResolversParentTypes['ResolutionRule']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ResolutionEvidence']>, ParentType, ContextType>;
  trustedSources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  definedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  retiredBy?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
};

export type MergeChangeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MergeChange'] = ResolversParentTypes['MergeChange']> = {
  type?: Resolver<ResolversTypes['MergeChangeType'], ParentType, ContextType>;
  survivorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedProfileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  resolutionRules?: Resolver<Array<ResolversTypes['ResolutionRule']>, ParentType, ContextType>;
  duplicateCandidates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'profileId'>>;
  mergeChanges?: Resolver<Array<ResolversTypes['MergeChange']>, ParentType, ContextType, RequireFields<QueryMergeChangesArgs, 'since' | 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['Profile']>, ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['Profile']>, ParentType, ContextType, RequireFields<QueryProfileArgs, 'id'>>;
  profileByEmail?: Resolver<Maybe<ResolversTypes['Profile']>, ParentType, ContextType, RequireFields<QueryProfileByEmailArgs, 'email'>>;
  profilesByContact?: Resolver<Array<ResolversTypes['Profile']>, ParentType, ContextType, Partial<QueryProfilesByContactArgs>>;
  profileByIdentifier?: Resolver<Maybe<ResolversTypes['Profile']>, ParentType, ContextType, RequireFields<QueryProfileByIdentifierArgs, 'source' | 'id'>>;
  profiles?: Resolver<ResolversTypes['ProfilePage'], ParentType, ContextType, RequireFields<QueryProfilesArgs, 'first'>>;
};

export type SourceRecordResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SourceRecordResult'] = ResolversParentTypes['SourceRecordResult']> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UpsertStatus'], ParentType, ContextType>;
  profileId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  upsertProfilesFromSource?: Resolver<Array<ResolversTypes['SourceRecordResult']>, ParentType, ContextType, RequireFields<MutationUpsertProfilesFromSourceArgs, 'source' | 'records'>>;
  mergeProfiles?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationMergeProfilesArgs, 'survivorId' | 'mergedId' | 'reason'>>;
  unmergeProfiles?: Resolver<Array<ResolversTypes['Profile']>, ParentType, ContextType, RequireFields<MutationUnmergeProfilesArgs, 'survivorId' | 'mergedId' | 'reason'>>;
  defineResolutionRule?: Resolver<ResolversTypes['ResolutionRule'], ParentType, ContextType, RequireFields<MutationDefineResolutionRuleArgs, 'input'>>;
  retireResolutionRule?: Resolver<ResolversTypes['ResolutionRule'], ParentType, ContextType, RequireFields<MutationRetireResolutionRuleArgs, 'id'>>;
  createProfile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationCreateProfileArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  rectifyProfile?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationRectifyProfileArgs, 'id' | 'input'>>;
  addEmail?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationAddEmailArgs, 'profileId' | 'input'>>;
  addPhone?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationAddPhoneArgs, 'profileId' | 'input'>>;
  verifyContactPoint?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationVerifyContactPointArgs, 'profileId' | 'contactId' | 'method'>>;
  requestContactVerification?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationRequestContactVerificationArgs, 'profileId' | 'contactId'>>;
  confirmContactPoint?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationConfirmContactPointArgs, 'profileId' | 'contactId' | 'code'>>;
  removeContactPoint?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationRemoveContactPointArgs, 'profileId' | 'contactId'>>;
  addAddress?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationAddAddressArgs, 'profileId' | 'input'>>;
  removeAddress?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationRemoveAddressArgs, 'profileId' | 'addressId'>>;
  attachIdentifier?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationAttachIdentifierArgs, 'profileId' | 'input'>>;
  detachIdentifier?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationDetachIdentifierArgs, 'profileId' | 'input'>>;
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

export type Resolvers<ContextType = IdentityContext> = {
  CountryCode?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  Locale?: GraphQLScalarType;
  PhoneNumber?: GraphQLScalarType;
  TimeZone?: GraphQLScalarType;
  Profile?: ProfileResolvers<ContextType>;
  PersonName?: PersonNameResolvers<ContextType>;
  EmailContact?: EmailContactResolvers<ContextType>;
  PhoneContact?: PhoneContactResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  ExternalIdentifier?: ExternalIdentifierResolvers<ContextType>;
  AttributeSource?: AttributeSourceResolvers<ContextType>;
  AttributeChange?: AttributeChangeResolvers<ContextType>;
  MergeRecord?: MergeRecordResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  ProfilePage?: ProfilePageResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  ResolutionRule?: ResolutionRuleResolvers<ContextType>;
  MergeChange?: MergeChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SourceRecordResult?: SourceRecordResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  _Any?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = IdentityContext> = {
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  federation__requires?: Federation__RequiresDirectiveResolver<any, any, ContextType>;
  federation__provides?: Federation__ProvidesDirectiveResolver<any, any, ContextType>;
  federation__external?: Federation__ExternalDirectiveResolver<any, any, ContextType>;
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
