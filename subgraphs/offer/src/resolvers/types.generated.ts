// Generated from subgraphs/offer/schema.graphql by `npm run codegen` (scripts/lib/resolverCodegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProfileMapper, OfferMapper, OfferDecisionMapper } from './mappers.ts';
import type { OfferContext } from '../context.ts';
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
  JSON: { input: unknown; output: unknown; }
  Locale: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
  federation__FieldSet: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  _Any: { input: unknown; output: unknown; }
};

export type Profile = {
  __typename?: 'Profile';
  id: Scalars['ID']['output'];
  /** Owned by consent: processing restricted (GDPR Art. 18). */
  processingRestricted?: Maybe<Scalars['Boolean']['output']>;
  /** Owned by consent: purposes the customer objected to (GDPR Art. 21). */
  objections?: Maybe<Array<Scalars['String']['output']>>;
  /** Owned by consent: opted out of automated decisions and profiling (GDPR Art. 22). */
  automatedDecisionOptOut?: Maybe<Scalars['Boolean']['output']>;
  /** Owned by consent: current grants as purpose:CHANNEL. */
  activeGrants?: Maybe<Array<Scalars['String']['output']>>;
  /** Owned by identity. */
  country?: Maybe<Scalars['CountryCode']['output']>;
  /** Owned by identity. */
  locale?: Maybe<Scalars['Locale']['output']>;
  /** Owned by preference. */
  wantedTopics?: Maybe<Array<Scalars['String']['output']>>;
  /** Owned by preference. */
  unwantedTopics?: Maybe<Array<Scalars['String']['output']>>;
  /** Owned by preference. */
  disabledChannels?: Maybe<Array<Scalars['String']['output']>>;
  /** Owned by identity: whole years, for age rules where lawful. */
  age?: Maybe<Scalars['Int']['output']>;
  /** Owned by privacy: a human review the customer asked for is open (Art. 22(3)). */
  automatedDecisionsUnderReview?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The offers for this customer, as in offerFeed without a channel.
   * Nullable on purpose: if the offer subgraph is unavailable, the rest of the profile still resolves.
   */
  offers?: Maybe<Array<Offer>>;
  /** The offers for this customer on a channel, ranked, each with why; the decision is logged. */
  offerFeed?: Maybe<OfferFeed>;
  /** Why the customer was shown what, newest first (GDPR Art. 15 and 22). */
  offerDecisions?: Maybe<Array<OfferDecision>>;
};


export type ProfileOfferFeedArgs = {
  channel?: InputMaybe<OfferChannel>;
};


export type ProfileOfferDecisionsArgs = {
  first: Scalars['Int']['input'];
};

export type Offer = {
  __typename?: 'Offer';
  /** A stable slug such as `spring-running-shoes`. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  description: Scalars['String']['output'];
  channels: Array<OfferChannel>;
  topics: Array<Scalars['String']['output']>;
  validFrom: Scalars['DateTime']['output'];
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  status: OfferStatus;
  /** Higher comes first among equally relevant offers. */
  priority: Scalars['Int']['output'];
  /** Eligibility rule (see the offer README): all/any/not over country, locale, interestedIn, consent, minAge. */
  rule?: Maybe<Scalars['JSON']['output']>;
  maxRedemptionsPerCustomer?: Maybe<Scalars['Int']['output']>;
  /** Grows with every change; decision logs cite it. */
  version: Scalars['Int']['output'];
};

export type OfferChannel =
  | 'EMAIL'
  | 'SMS'
  | 'PUSH'
  | 'WEB'
  | 'IN_APP';

export type OfferStatus =
  | 'DRAFT'
  | 'ACTIVE'
  | 'RETIRED';

export type FeedMode =
  /** Ranked by what the customer told us they like (they allowed personalised offers). */
  | 'PERSONALISED'
  /** The same list for everyone eligible: no profiling. */
  | 'NON_PERSONALISED'
  /** No processing at all: restricted, or objected to offers. */
  | 'NONE';

export type OfferFeed = {
  __typename?: 'OfferFeed';
  mode: FeedMode;
  /** Why this mode, in the customer's words. */
  reason: Scalars['String']['output'];
  items: Array<OfferForYou>;
  /** The logged decision. */
  decisionId?: Maybe<Scalars['ID']['output']>;
};

export type OfferForYou = {
  __typename?: 'OfferForYou';
  offer: Offer;
  score: Scalars['Int']['output'];
  /** Why am I seeing this: the rules and signals used, in words a customer understands. */
  explanation: Array<Scalars['String']['output']>;
};

export type OfferDecision = {
  __typename?: 'OfferDecision';
  id: Scalars['ID']['output'];
  at: Scalars['DateTime']['output'];
  mode: FeedMode;
  reason: Scalars['String']['output'];
  channel?: Maybe<OfferChannel>;
  /** The signals used (country, locale, liked and unwanted topics, consents, flags). */
  inputs: Scalars['JSON']['output'];
  offers: Array<DecidedOffer>;
};

export type DecidedOffer = {
  __typename?: 'DecidedOffer';
  offerId: Scalars['ID']['output'];
  /** The offer's version (its rule) at the time. */
  version: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
  explanation: Array<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The offer catalogue, newest first. Offers hold no personal data: everyone may read them. */
  offerCatalogue: Array<Offer>;
};


export type QueryOfferCatalogueArgs = {
  status?: InputMaybe<OfferStatus>;
};

export type OfferInput = {
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  description: Scalars['String']['input'];
  channels: Array<OfferChannel>;
  topics: Array<Scalars['String']['input']>;
  validFrom: Scalars['DateTime']['input'];
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
  status: OfferStatus;
  priority: Scalars['Int']['input'];
  /** Validated on write: a bad rule is BAD_USER_INPUT with its path. */
  rule?: InputMaybe<Scalars['JSON']['input']>;
  maxRedemptionsPerCustomer?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates or replaces a catalogue offer (administrators). */
  upsertOffer: Offer;
  /** The customer never wants to see this offer again. Returns the profile so clients can refetch its offers. */
  dismissOffer: Profile;
  /** Not now: hides the offer until `until`. */
  snoozeOffer: Profile;
  /** Not interested in this kind: hides every offer sharing this one's topics. */
  notInterestedInOfferKind: Profile;
  /** Uses the offer; CONFLICT once the customer used it as often as allowed. */
  redeemOffer: Profile;
};


export type MutationUpsertOfferArgs = {
  input: OfferInput;
};


export type MutationDismissOfferArgs = {
  profileId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
};


export type MutationSnoozeOfferArgs = {
  profileId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
};


export type MutationNotInterestedInOfferKindArgs = {
  profileId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
};


export type MutationRedeemOfferArgs = {
  profileId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
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
        | GraphQLRecursivePick<FederationTypes['Profile'], {"processingRestricted":true,"objections":true,"automatedDecisionOptOut":true,"automatedDecisionsUnderReview":true,"activeGrants":true,"country":true,"locale":true,"age":true,"wantedTopics":true,"unwantedTopics":true,"disabledChannels":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"processingRestricted":true,"objections":true,"automatedDecisionOptOut":true,"automatedDecisionsUnderReview":true,"activeGrants":true,"country":true,"locale":true,"age":true,"wantedTopics":true,"unwantedTopics":true,"disabledChannels":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"processingRestricted":true,"objections":true,"automatedDecisionOptOut":true,"automatedDecisionsUnderReview":true,"activeGrants":true,"country":true,"locale":true,"age":true,"wantedTopics":true,"unwantedTopics":true,"disabledChannels":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Locale: ResolverTypeWrapper<Scalars['Locale']['output']>;
  Profile: ResolverTypeWrapper<ProfileMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Offer: ResolverTypeWrapper<OfferMapper>;
  OfferChannel: OfferChannel;
  OfferStatus: OfferStatus;
  FeedMode: FeedMode;
  OfferFeed: ResolverTypeWrapper<Omit<OfferFeed, 'items'> & { items: Array<ResolversTypes['OfferForYou']> }>;
  OfferForYou: ResolverTypeWrapper<Omit<OfferForYou, 'offer'> & { offer: ResolversTypes['Offer'] }>;
  OfferDecision: ResolverTypeWrapper<OfferDecisionMapper>;
  DecidedOffer: ResolverTypeWrapper<DecidedOffer>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfferInput: OfferInput;
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
  JSON: Scalars['JSON']['output'];
  Locale: Scalars['Locale']['output'];
  Profile: ProfileMapper;
  ID: Scalars['ID']['output'];
  Offer: OfferMapper;
  OfferFeed: Omit<OfferFeed, 'items'> & { items: Array<ResolversParentTypes['OfferForYou']> };
  OfferForYou: Omit<OfferForYou, 'offer'> & { offer: ResolversParentTypes['Offer'] };
  OfferDecision: OfferDecisionMapper;
  DecidedOffer: DecidedOffer;
  Query: Record<PropertyKey, never>;
  OfferInput: OfferInput;
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

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = OfferContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LocaleScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Locale'], any> {
  name: 'Locale';
}

export type ProfileResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile'], FederationReferenceType extends FederationReferenceTypes['Profile'] = FederationReferenceTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offers?: Resolver<Maybe<Array<ResolversTypes['Offer']>>, ParentType, ContextType>;
  offerFeed?: Resolver<Maybe<ResolversTypes['OfferFeed']>, ParentType, ContextType, Partial<ProfileOfferFeedArgs>>;
  offerDecisions?: Resolver<Maybe<Array<ResolversTypes['OfferDecision']>>, ParentType, ContextType, RequireFields<ProfileOfferDecisionsArgs, 'first'>>;
};

export type OfferResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['OfferChannel']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  maxRedemptionsPerCustomer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferFeedResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['OfferFeed'] = ResolversParentTypes['OfferFeed']> = {
  mode?: Resolver<ResolversTypes['FeedMode'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['OfferForYou']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type OfferForYouResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['OfferForYou'] = ResolversParentTypes['OfferForYou']> = {
  offer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OfferDecisionResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['OfferDecision'] = ResolversParentTypes['OfferDecision']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['FeedMode'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['OfferChannel']>, ParentType, ContextType>;
  inputs?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['DecidedOffer']>, ParentType, ContextType>;
};

export type DecidedOfferResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['DecidedOffer'] = ResolversParentTypes['DecidedOffer']> = {
  offerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  offerCatalogue?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType, Partial<QueryOfferCatalogueArgs>>;
};

export type MutationResolvers<ContextType = OfferContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  upsertOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationUpsertOfferArgs, 'input'>>;
  dismissOffer?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationDismissOfferArgs, 'profileId' | 'offerId'>>;
  snoozeOffer?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationSnoozeOfferArgs, 'profileId' | 'offerId' | 'until'>>;
  notInterestedInOfferKind?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationNotInterestedInOfferKindArgs, 'profileId' | 'offerId'>>;
  redeemOffer?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationRedeemOfferArgs, 'profileId' | 'offerId'>>;
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

export type Resolvers<ContextType = OfferContext> = {
  CountryCode?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Locale?: GraphQLScalarType;
  Profile?: ProfileResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferFeed?: OfferFeedResolvers<ContextType>;
  OfferForYou?: OfferForYouResolvers<ContextType>;
  OfferDecision?: OfferDecisionResolvers<ContextType>;
  DecidedOffer?: DecidedOfferResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  _Any?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = OfferContext> = {
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
