// Generated from subgraphs/preference/schema.graphql by `npm run codegen` (scripts/lib/resolverCodegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProfileMapper, PreferencesMapper, TopicMapper } from './mappers.ts';
import type { PreferenceContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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
  Locale: { input: string; output: string; }
  TimeZone: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
  federation__FieldSet: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  _Any: { input: unknown; output: unknown; }
};

export type Profile = {
  __typename?: 'Profile';
  id: Scalars['ID']['output'];
  /** Owned by identity: the customer's time zone, for quiet hours. */
  timeZone?: Maybe<Scalars['TimeZone']['output']>;
  /** Owned by consent. */
  processingRestricted?: Maybe<Scalars['Boolean']['output']>;
  /** Owned by consent. */
  objections?: Maybe<Array<Scalars['String']['output']>>;
  /** Owned by consent: current grants as purpose:CHANNEL. */
  activeGrants?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * What the customer wants; null until they (or a system on their behalf) state anything.
   * Nullable on purpose: if the preference subgraph is unavailable, the rest of the profile still resolves.
   */
  preferences?: Maybe<Preferences>;
  /** Topics the customer wants or does not want, stated or inferred. */
  interests?: Maybe<Array<Interest>>;
  /** Topics the customer is interested in, for other subgraphs to read through @requires. */
  wantedTopics?: Maybe<Array<Scalars['String']['output']>>;
  /** Topics the customer does not want: nothing about them is shown or sent. */
  unwantedTopics?: Maybe<Array<Scalars['String']['output']>>;
  /** Channels the customer switched off, for other subgraphs to read through @requires. */
  disabledChannels?: Maybe<Array<Scalars['String']['output']>>;
  /** Every change to preferences and interests, newest first: who, through which channel, when, and the value before. */
  preferenceHistory?: Maybe<Array<PreferenceChange>>;
  /** May we send this topic on this channel to this customer now? With the reason. */
  maySend?: Maybe<SendDecision>;
};


export type ProfileMaySendArgs = {
  topic: Scalars['ID']['input'];
  channel: PreferenceChannel;
};

export type Preferences = {
  __typename?: 'Preferences';
  /** Preferred language (BCP 47, e.g. `en-GB`). */
  language?: Maybe<Scalars['Locale']['output']>;
  format?: Maybe<MessageFormat>;
  /** Each channel the customer turned on or off, and whether it can be acted on. */
  channels: Array<ChannelPreference>;
  /** Preferred channel per topic. */
  topicChannels: Array<TopicChannel>;
  frequencyCaps: Array<FrequencyCap>;
  /** Wall-clock times in the customer's time zone (their own, or the one given here). */
  quietHours?: Maybe<QuietHours>;
  updatedAt: Scalars['DateTime']['output'];
  lastChangedBy: Provenance;
};

export type MessageFormat =
  | 'HTML'
  | 'PLAIN_TEXT';

export type ChannelPreference = {
  __typename?: 'ChannelPreference';
  channel: PreferenceChannel;
  enabled: Scalars['Boolean']['output'];
  /** Switched on and backed by marketing consent on this channel. Otherwise stored, not acted on. */
  active: Scalars['Boolean']['output'];
  inactiveReason?: Maybe<Scalars['String']['output']>;
};

export type TopicChannel = {
  __typename?: 'TopicChannel';
  topic: Scalars['ID']['output'];
  channel: PreferenceChannel;
};

export type FrequencyCap = {
  __typename?: 'FrequencyCap';
  channel: PreferenceChannel;
  /** At most this many messages … */
  max: Scalars['Int']['output'];
  /** … in this many days (rolling). */
  periodDays: Scalars['Int']['output'];
};

export type QuietHours = {
  __typename?: 'QuietHours';
  /** HH:MM */
  start: Scalars['String']['output'];
  /** HH:MM; before start means the window crosses midnight. */
  end: Scalars['String']['output'];
  /** Overrides the profile's time zone for quiet hours. */
  timeZone?: Maybe<Scalars['TimeZone']['output']>;
};

export type PreferenceChannel =
  | 'EMAIL'
  | 'SMS'
  | 'PUSH'
  | 'PHONE'
  | 'POST'
  | 'IN_APP';

export type InterestSource =
  /** Said by the customer: always wins. */
  | 'STATED'
  /** Guessed by a system: never replaces a stated interest; the customer can delete it. */
  | 'INFERRED';

export type Interest = {
  __typename?: 'Interest';
  topic: Scalars['ID']['output'];
  interested: Scalars['Boolean']['output'];
  source: InterestSource;
  at: Scalars['DateTime']['output'];
  by: Provenance;
};

export type PreferenceChange = {
  __typename?: 'PreferenceChange';
  field: Scalars['String']['output'];
  previous?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  by: Provenance;
};

export type SendCode =
  | 'ALLOWED'
  | 'UNKNOWN_TOPIC'
  | 'RESTRICTED'
  | 'OBJECTED'
  | 'CONSENT_MISSING'
  | 'CHANNEL_OFF'
  | 'TOPIC_NOT_WANTED'
  | 'FREQUENCY_CAP_REACHED'
  | 'QUIET_HOURS';

export type SendDecision = {
  __typename?: 'SendDecision';
  allowed: Scalars['Boolean']['output'];
  code: SendCode;
  reason: Scalars['String']['output'];
};

export type Topic = {
  __typename?: 'Topic';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The consent purpose sends about this topic need, e.g. marketing. */
  purpose: Scalars['String']['output'];
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
  /** The topic catalogue; anyone may read it. */
  topics: Array<Topic>;
};

export type ChannelPreferenceInput = {
  channel: PreferenceChannel;
  enabled: Scalars['Boolean']['input'];
};

export type TopicChannelInput = {
  topic: Scalars['ID']['input'];
  channel: PreferenceChannel;
};

export type FrequencyCapInput = {
  channel: PreferenceChannel;
  max: Scalars['Int']['input'];
  periodDays: Scalars['Int']['input'];
};

export type QuietHoursInput = {
  start: Scalars['String']['input'];
  end: Scalars['String']['input'];
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
};

/** Only the fields given change; channels, topics and caps not listed keep their setting. */
export type SetPreferencesInput = {
  profileId: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['Locale']['input']>;
  format?: InputMaybe<MessageFormat>;
  channels?: InputMaybe<Array<ChannelPreferenceInput>>;
  topicChannels?: InputMaybe<Array<TopicChannelInput>>;
  frequencyCaps?: InputMaybe<Array<FrequencyCapInput>>;
  quietHours?: InputMaybe<QuietHoursInput>;
  /** Removes the quiet hours. */
  clearQuietHours?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TopicInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  description: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
};

export type SendInput = {
  /** Unique per source: reporting it again counts it once. */
  sendId: Scalars['ID']['input'];
  profileId: Scalars['ID']['input'];
  channel: PreferenceChannel;
  topic: Scalars['ID']['input'];
  sentAt: Scalars['DateTime']['input'];
};

export type RecordSendsResult = {
  __typename?: 'RecordSendsResult';
  recorded: Scalars['Int']['output'];
  alreadyRecorded: Scalars['Int']['output'];
  /** Sends naming an id that is not a profile (never was, or was erased): not kept. */
  unknownProfiles: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates or changes a topic (administrators). */
  upsertTopic: Topic;
  /** Changes preferences; returns the profile so clients read them with their consent state. */
  setPreferences: Profile;
  /** Interested or not in a topic. Customers and agents state; systems infer (never over a stated one). */
  setInterest: Profile;
  /** Deletes an inferred interest (the customer's right to say 'that guess is wrong'). */
  removeInferredInterest: Profile;
  /** Engagement systems report what they sent, for frequency caps (systems as themselves, administrators). */
  recordSends: RecordSendsResult;
};


export type MutationUpsertTopicArgs = {
  input: TopicInput;
};


export type MutationSetPreferencesArgs = {
  input: SetPreferencesInput;
};


export type MutationSetInterestArgs = {
  profileId: Scalars['ID']['input'];
  topic: Scalars['ID']['input'];
  interested: Scalars['Boolean']['input'];
  source: InterestSource;
};


export type MutationRemoveInferredInterestArgs = {
  profileId: Scalars['ID']['input'];
  topic: Scalars['ID']['input'];
};


export type MutationRecordSendsArgs = {
  source: Scalars['String']['input'];
  sends: Array<SendInput>;
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
        | GraphQLRecursivePick<FederationTypes['Profile'], {"activeGrants":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"activeGrants":true,"timeZone":true,"processingRestricted":true,"objections":true}>
        | GraphQLRecursivePick<FederationTypes['Profile'], {"timeZone":true,"processingRestricted":true,"objections":true,"activeGrants":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Locale: ResolverTypeWrapper<Scalars['Locale']['output']>;
  TimeZone: ResolverTypeWrapper<Scalars['TimeZone']['output']>;
  Profile: ResolverTypeWrapper<ProfileMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Preferences: ResolverTypeWrapper<PreferencesMapper>;
  MessageFormat: MessageFormat;
  ChannelPreference: ResolverTypeWrapper<ChannelPreference>;
  TopicChannel: ResolverTypeWrapper<TopicChannel>;
  FrequencyCap: ResolverTypeWrapper<FrequencyCap>;
  QuietHours: ResolverTypeWrapper<QuietHours>;
  PreferenceChannel: PreferenceChannel;
  InterestSource: InterestSource;
  Interest: ResolverTypeWrapper<Interest>;
  PreferenceChange: ResolverTypeWrapper<PreferenceChange>;
  SendCode: SendCode;
  SendDecision: ResolverTypeWrapper<SendDecision>;
  Topic: ResolverTypeWrapper<TopicMapper>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ChannelPreferenceInput: ChannelPreferenceInput;
  TopicChannelInput: TopicChannelInput;
  FrequencyCapInput: FrequencyCapInput;
  QuietHoursInput: QuietHoursInput;
  SetPreferencesInput: SetPreferencesInput;
  TopicInput: TopicInput;
  SendInput: SendInput;
  RecordSendsResult: ResolverTypeWrapper<RecordSendsResult>;
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
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  Locale: Scalars['Locale']['output'];
  TimeZone: Scalars['TimeZone']['output'];
  Profile: ProfileMapper;
  ID: Scalars['ID']['output'];
  Preferences: PreferencesMapper;
  ChannelPreference: ChannelPreference;
  TopicChannel: TopicChannel;
  FrequencyCap: FrequencyCap;
  QuietHours: QuietHours;
  Interest: Interest;
  PreferenceChange: PreferenceChange;
  SendDecision: SendDecision;
  Topic: TopicMapper;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  ChannelPreferenceInput: ChannelPreferenceInput;
  TopicChannelInput: TopicChannelInput;
  FrequencyCapInput: FrequencyCapInput;
  QuietHoursInput: QuietHoursInput;
  SetPreferencesInput: SetPreferencesInput;
  TopicInput: TopicInput;
  SendInput: SendInput;
  RecordSendsResult: RecordSendsResult;
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

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = PreferenceContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LocaleScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Locale'], any> {
  name: 'Locale';
}

export interface TimeZoneScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['TimeZone'], any> {
  name: 'TimeZone';
}

export type ProfileResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile'], FederationReferenceType extends FederationReferenceTypes['Profile'] = FederationReferenceTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preferences?: Resolver<Maybe<ResolversTypes['Preferences']>, ParentType, ContextType>;
  interests?: Resolver<Maybe<Array<ResolversTypes['Interest']>>, ParentType, ContextType>;
  wantedTopics?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  unwantedTopics?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  disabledChannels?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  preferenceHistory?: Resolver<Maybe<Array<ResolversTypes['PreferenceChange']>>, ParentType, ContextType>;
  maySend?: Resolver<Maybe<ResolversTypes['SendDecision']>, ParentType, ContextType, RequireFields<ProfileMaySendArgs, 'topic' | 'channel'>>;
};

export type PreferencesResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['Preferences'] = ResolversParentTypes['Preferences']> = {
  language?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['MessageFormat']>, ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['ChannelPreference']>, ParentType, ContextType>;
  topicChannels?: Resolver<Array<ResolversTypes['TopicChannel']>, ParentType, ContextType>;
  frequencyCaps?: Resolver<Array<ResolversTypes['FrequencyCap']>, ParentType, ContextType>;
  quietHours?: Resolver<Maybe<ResolversTypes['QuietHours']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastChangedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ChannelPreferenceResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['ChannelPreference'] = ResolversParentTypes['ChannelPreference']> = {
  channel?: Resolver<ResolversTypes['PreferenceChannel'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inactiveReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TopicChannelResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['TopicChannel'] = ResolversParentTypes['TopicChannel']> = {
  topic?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['PreferenceChannel'], ParentType, ContextType>;
};

export type FrequencyCapResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['FrequencyCap'] = ResolversParentTypes['FrequencyCap']> = {
  channel?: Resolver<ResolversTypes['PreferenceChannel'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuietHoursResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['QuietHours'] = ResolversParentTypes['QuietHours']> = {
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['TimeZone']>, ParentType, ContextType>;
};

export type InterestResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['Interest'] = ResolversParentTypes['Interest']> = {
  topic?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['InterestSource'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type PreferenceChangeResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['PreferenceChange'] = ResolversParentTypes['PreferenceChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type SendDecisionResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['SendDecision'] = ResolversParentTypes['SendDecision']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['SendCode'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type RecordSendsResultResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['RecordSendsResult'] = ResolversParentTypes['RecordSendsResult']> = {
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alreadyRecorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknownProfiles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PreferenceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  upsertTopic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationUpsertTopicArgs, 'input'>>;
  setPreferences?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationSetPreferencesArgs, 'input'>>;
  setInterest?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationSetInterestArgs, 'profileId' | 'topic' | 'interested' | 'source'>>;
  removeInferredInterest?: Resolver<ResolversTypes['Profile'], ParentType, ContextType, RequireFields<MutationRemoveInferredInterestArgs, 'profileId' | 'topic'>>;
  recordSends?: Resolver<ResolversTypes['RecordSendsResult'], ParentType, ContextType, RequireFields<MutationRecordSendsArgs, 'source' | 'sends'>>;
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

export type Resolvers<ContextType = PreferenceContext> = {
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Locale?: GraphQLScalarType;
  TimeZone?: GraphQLScalarType;
  Profile?: ProfileResolvers<ContextType>;
  Preferences?: PreferencesResolvers<ContextType>;
  ChannelPreference?: ChannelPreferenceResolvers<ContextType>;
  TopicChannel?: TopicChannelResolvers<ContextType>;
  FrequencyCap?: FrequencyCapResolvers<ContextType>;
  QuietHours?: QuietHoursResolvers<ContextType>;
  Interest?: InterestResolvers<ContextType>;
  PreferenceChange?: PreferenceChangeResolvers<ContextType>;
  SendDecision?: SendDecisionResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordSendsResult?: RecordSendsResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  _Any?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = PreferenceContext> = {
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
