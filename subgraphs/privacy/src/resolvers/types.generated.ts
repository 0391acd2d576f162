// Generated from subgraphs/privacy/schema.graphql by `npm run codegen` (scripts/lib/resolverCodegen.ts). Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProfileMapper, PrivacyRequestMapper, PrivacyExportMapper, TransferDestinationMapper, ExportTransferMapper, BreachMapper, BreachNoticeMapper } from './mappers.ts';
import type { PrivacyContext } from '../context.ts';
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
  link__Import: { input: unknown; output: unknown; }
  federation__FieldSet: { input: string; output: string; }
  federation__Scope: { input: string; output: string; }
  federation__Policy: { input: string; output: string; }
  _Any: { input: unknown; output: unknown; }
};

export type Profile = {
  __typename?: 'Profile';
  id: Scalars['ID']['output'];
  /**
   * The customer's data-subject requests, newest first.
   * Nullable on purpose: if the privacy subgraph is unavailable, the rest of the profile still resolves.
   */
  privacyRequests?: Maybe<Array<PrivacyRequest>>;
  /**
   * What is held about the customer right now, asked of every subgraph: categories, purposes,
   * retention, the source systems it came from, and who received it, with a plain-language summary.
   */
  dataTransparency?: Maybe<DataTransparency>;
  /** Who read the customer's personal data (client, role, fields, stated purpose, when), newest first. */
  accessLog?: Maybe<Array<ProfileAccess>>;
  /**
   * True while a human review the customer asked for (HUMAN_REVIEW) is open: until a person has
   * decided, no decision of that kind is made about them automatically (offer reads this).
   */
  automatedDecisionsUnderReview?: Maybe<Scalars['Boolean']['output']>;
  /** Personal data breaches the customer was told of (Art. 34), newest first, in their language. */
  breachNotices?: Maybe<Array<BreachNotice>>;
};


export type ProfileAccessLogArgs = {
  first: Scalars['Int']['input'];
};

/** What a customer was told of a breach that affected their data. */
export type BreachNotice = {
  __typename?: 'BreachNotice';
  breachId: Scalars['ID']['output'];
  /** The language of the message (the customer's, or the default when it was not written in theirs). */
  language: Scalars['String']['output'];
  title: Scalars['String']['output'];
  text: Scalars['String']['output'];
  notifiedAt: Scalars['DateTime']['output'];
};

/** How likely the breach is to harm the people affected (Art. 33(1), 34(1)). */
export type BreachRisk =
  /** Unlikely to result in a risk: the authority need not be notified (the reason is kept). */
  | 'UNLIKELY'
  /** A risk: the authority is notified within 72 hours. */
  | 'RISK'
  /** A high risk: the affected customers are told too, without undue delay. */
  | 'HIGH_RISK';

/**
 * A personal data breach in the register (GDPR Art. 33(5)): what happened, the 72-hour clock from
 * awareness, who assessed it, whom it affects, what was decided and who was notified, every step
 * on the record. The data protection officer and administrators.
 */
export type Breach = {
  __typename?: 'Breach';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  description: Scalars['String']['output'];
  status: BreachStatus;
  /** When the controller became aware of it: the 72 hours run from here. */
  awareAt: Scalars['DateTime']['output'];
  /** awareAt + 72 hours: when the supervisory authority must have been notified. */
  authorityDueAt: Scalars['DateTime']['output'];
  /** True while the authority is still to be notified and its deadline has passed. */
  authorityOverdue: Scalars['Boolean']['output'];
  window: BreachWindow;
  assessment?: Maybe<BreachAssessment>;
  scope?: Maybe<BreachScope>;
  decision?: Maybe<BreachDecision>;
  authorityNotification?: Maybe<AuthorityNotification>;
  /** When the affected customers were told, and how many. */
  subjectsNotifiedAt?: Maybe<Scalars['DateTime']['output']>;
  notifiedCount: Scalars['Int']['output'];
  /** Every step of its handling: what, when, who, and the note. */
  steps: Array<BreachStep>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type BreachStatus =
  | 'OPEN'
  | 'CLOSED';

export type BreachWindow = {
  __typename?: 'BreachWindow';
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
  /** Affected subgraphs; all when empty. */
  subgraphs: Array<Scalars['String']['output']>;
  /** Affected collections; all when empty. */
  collections: Array<Scalars['String']['output']>;
};

export type BreachAssessment = {
  __typename?: 'BreachAssessment';
  risk: BreachRisk;
  note: Scalars['String']['output'];
  assessedBy: Provenance;
};

export type BreachScope = {
  __typename?: 'BreachScope';
  /** Profile ids of the affected subjects (pseudonymous), to notify them. */
  subjects: Array<Scalars['ID']['output']>;
  count: Scalars['Int']['output'];
  categories: Array<Scalars['String']['output']>;
  bySubgraph: Array<BreachImpactPart>;
  scopedAt: Scalars['DateTime']['output'];
};

export type BreachDecision = {
  __typename?: 'BreachDecision';
  notifyAuthority: Scalars['Boolean']['output'];
  notifySubjects: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  decidedBy: Provenance;
};

export type AuthorityNotification = {
  __typename?: 'AuthorityNotification';
  authority: Scalars['String']['output'];
  reference?: Maybe<Scalars['String']['output']>;
  notifiedAt: Scalars['DateTime']['output'];
  recordedBy: Provenance;
};

export type BreachStep = {
  __typename?: 'BreachStep';
  type: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by: Provenance;
  note?: Maybe<Scalars['String']['output']>;
};

export type OpenBreachInput = {
  title: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** When the controller became aware of the breach (starts the 72-hour clock). */
  awareAt: Scalars['DateTime']['input'];
  /** When and where data was exposed, to scope the affected subjects. */
  window: BreachWindowInput;
};

export type BreachDecisionInput = {
  notifyAuthority: Scalars['Boolean']['input'];
  notifySubjects: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
};

export type AuthorityNotificationInput = {
  /** The supervisory authority notified (e.g. ICO, CNIL). */
  authority: Scalars['String']['input'];
  /** Its case reference, if it gave one. */
  reference?: InputMaybe<Scalars['String']['input']>;
  notifiedAt: Scalars['DateTime']['input'];
};

export type BreachMessageInput = {
  /** A BCP 47 language tag (en, th, en-GB); the first message is the default. */
  language: Scalars['String']['input'];
  title: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type ProfileAccess = {
  __typename?: 'ProfileAccess';
  clientId: Scalars['String']['output'];
  actor?: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  channel: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
  purpose?: Maybe<Scalars['String']['output']>;
  operationName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** Set when nothing was disclosed: why the read was refused (e.g. you have not allowed partner-sharing on PARTNER). */
  refused?: Maybe<Scalars['String']['output']>;
};

/** Recorded by the gateway; not part of the public API. */
export type ProfileAccessInput = {
  subjectId: Scalars['ID']['input'];
  clientId: Scalars['String']['input'];
  actor?: InputMaybe<Scalars['String']['input']>;
  roles: Array<Scalars['String']['input']>;
  channel: Scalars['String']['input'];
  fields: Array<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  operationName?: InputMaybe<Scalars['String']['input']>;
  at: Scalars['DateTime']['input'];
  refused?: InputMaybe<Scalars['String']['input']>;
};

export type DataTransparency = {
  __typename?: 'DataTransparency';
  holdings: Array<DataHolding>;
  /** Source systems found in the provenance of the customer's data. */
  sources: Array<Scalars['String']['output']>;
  /** Partners and systems the data was disclosed to; empty with tracked=false until the gateway audit exists. */
  recipients: Array<Scalars['String']['output']>;
  recipientsTracked: Scalars['Boolean']['output'];
  /** The same in a few sentences for the customer (including what was deleted when its time was up). */
  summary: Scalars['String']['output'];
  /** What each subgraph erased or anonymised when a retention period ended, newest first. */
  expired: Array<ExpiredData>;
  generatedAt: Scalars['DateTime']['output'];
};

export type RetentionAction =
  | 'ERASED'
  /** Kept without anything that says whom it was about. */
  | 'ANONYMISED';

/** Data of the customer's whose retention period ended, and what was done with it. */
export type ExpiredData = {
  __typename?: 'ExpiredData';
  subgraph: Scalars['String']['output'];
  /** The data category in the retention catalogue (retentionCatalogue). */
  category: Scalars['String']['output'];
  description: Scalars['String']['output'];
  collection: Scalars['String']['output'];
  action: RetentionAction;
  count: Scalars['Int']['output'];
  /** The period that ended, e.g. 395d (days), 12h. */
  period: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
};

/** One data category with an end: how long it is kept, and what happens then. */
export type RetentionPolicy = {
  __typename?: 'RetentionPolicy';
  category: Scalars['String']['output'];
  /** The subgraph that holds it and sweeps it. */
  subgraph: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** e.g. 395d (days), 12h, 30m, as configured (RETENTION_PERIODS) over the default. */
  period: Scalars['String']['output'];
  action: RetentionAction;
};

export type DataHolding = {
  __typename?: 'DataHolding';
  subgraph: Scalars['String']['output'];
  collection: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  categories: Array<Scalars['String']['output']>;
  purposes: Array<Scalars['String']['output']>;
  retention?: Maybe<Scalars['String']['output']>;
};

/** A data-subject request (GDPR Art. 15-22), its legal deadline, and its progress in every subgraph. */
export type PrivacyRequest = {
  __typename?: 'PrivacyRequest';
  id: Scalars['ID']['output'];
  type: PrivacyRequestType;
  /** The purpose objected to (OBJECTION). */
  purpose?: Maybe<Scalars['ID']['output']>;
  /** The automated decision contested (HUMAN_REVIEW): an OfferDecision id from offerDecisions. */
  decisionId?: Maybe<Scalars['ID']['output']>;
  /** The staff member handling the request (their id), once assigned. */
  assignedTo?: Maybe<Scalars['String']['output']>;
  /** What the person who reviewed the contested decision concluded (HUMAN_REVIEW, once completed). */
  reviewOutcome?: Maybe<ReviewOutcome>;
  status: PrivacyRequestStatus;
  receivedAt: Scalars['DateTime']['output'];
  /** One month after receipt (Art. 12(3)), later if extended. */
  dueAt: Scalars['DateTime']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Whole days until the due date (negative when overdue). */
  daysLeft: Scalars['Int']['output'];
  extension?: Maybe<RequestExtension>;
  /** How the customer's identity was checked, when an agent opened the request for them. */
  identityCheck?: Maybe<IdentityCheck>;
  /** One entry per call of a subgraph's subject-rights contract. */
  progress: Array<RequestStep>;
  /** The export of an access or portability request, once completed (format: living-profile-export/1). */
  export?: Maybe<PrivacyExport>;
  /**
   * The signed receipt of a completed erasure, or of a portable export delivered to another
   * controller (type TRANSFER); check either with verifyErasureReceipt.
   */
  receipt?: Maybe<Scalars['JSON']['output']>;
  /** Where a portable export is sent (PORTABILITY with transferTo), and how the delivery went. */
  transfer?: Maybe<ExportTransfer>;
  /** What staff said when they decided the request, or the customer's reason when they withdrew it. */
  resolution?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * True while the customer may still take the request back: it is open and nothing it changes has been
   * started in any subgraph (reading data for a copy does not count). An erasure, restriction or lift
   * that has begun is carried through instead; a restriction is then undone by asking to lift it.
   */
  withdrawable: Scalars['Boolean']['output'];
  events: Array<RequestEvent>;
  lastChangedBy: Provenance;
};

export type PrivacyRequestType =
  | 'ACCESS'
  | 'PORTABILITY'
  | 'RECTIFICATION'
  | 'ERASURE'
  | 'RESTRICTION'
  | 'OBJECTION'
  | 'AUTOMATED_DECISION_OPT_OUT'
  /**
   * The customer asks for their restriction of processing to be lifted. Staff decide (lifting is the
   * controller's call, Art. 18): approving it lifts the restriction in every subgraph, rejecting it
   * keeps it, each with the reason the customer reads.
   */
  | 'RESTRICTION_LIFT'
  /**
   * The customer contests an automated decision and asks a person to review it (Art. 22(3)). Staff
   * assign it, review, and complete it with the outcome; while it is open, offers are not chosen
   * for the customer automatically (the same list for everyone they apply to).
   */
  | 'HUMAN_REVIEW';

export type ReviewOutcome =
  /** The reviewer found the decision right, and says why in the resolution. */
  | 'DECISION_UPHELD'
  /** The reviewer changed the decision; the resolution says how. */
  | 'DECISION_CHANGED';

export type PrivacyRequestStatus =
  | 'RECEIVED'
  | 'IN_PROGRESS'
  | 'COMPLETED'
  | 'REJECTED'
  /** Taken back by the customer (or staff for them) before anything it changes was started. */
  | 'WITHDRAWN';

export type RequestExtension = {
  __typename?: 'RequestExtension';
  /** Months added in all (two at most). */
  months: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type IdentityCheck = {
  __typename?: 'IdentityCheck';
  method: Scalars['String']['output'];
  reference?: Maybe<Scalars['String']['output']>;
  checkedBy: Provenance;
};

export type StepStatus =
  | 'PENDING'
  | 'DONE';

export type RequestStep = {
  __typename?: 'RequestStep';
  subgraph: Scalars['String']['output'];
  operation: Scalars['String']['output'];
  phase: Scalars['Int']['output'];
  status: StepStatus;
  attempts: Scalars['Int']['output'];
  /** Why the last attempt failed; retried with backoff. */
  lastError?: Maybe<Scalars['String']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  doneAt?: Maybe<Scalars['DateTime']['output']>;
};

export type PrivacyExport = {
  __typename?: 'PrivacyExport';
  format: Scalars['String']['output'];
  /** Structured and machine-readable (GDPR Art. 20); fields documented in the privacy README. */
  document: Scalars['JSON']['output'];
  /**
   * The same for people, as plain text: sections per kind of data in plain words, sources and purposes
   * named, dates in the customer's locale and time zone (or in `locale`, a BCP 47 tag such as th-TH).
   */
  text: Scalars['String']['output'];
  /** The same for people as a page to keep: one self-contained HTML document (no scripts, no outside requests). */
  html: Scalars['String']['output'];
  /** The same for people as a PDF to keep or print (A4), base64-encoded. */
  pdf: Scalars['String']['output'];
};


export type PrivacyExportTextArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type PrivacyExportHtmlArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type PrivacyExportPdfArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Another company (controller) an administrator registered to receive customers' portable exports
 * directly (GDPR Art. 20(2)). Each delivery is a POST of the export (living-profile-export/1) signed
 * like a Standard Webhook, asymmetrically (`webhook-signature: v1a,<Ed25519 signature>`), with the
 * key erasureReceiptPublicKey publishes.
 */
export type TransferDestination = {
  __typename?: 'TransferDestination';
  id: Scalars['ID']['output'];
  /** The controller's name, as customers see it. */
  name: Scalars['String']['output'];
  /** Where exports are POSTed (HTTPS). */
  url: Scalars['String']['output'];
  /** False once retired: no new transfers to it, and none still waiting is sent. */
  active: Scalars['Boolean']['output'];
  registeredBy: Provenance;
};

export type TransferStatus =
  /** Waiting for the export to be gathered, or for the destination to accept it (retried with backoff). */
  | 'PENDING'
  /** The destination accepted the export (a 2xx answer). */
  | 'DELIVERED'
  /** The destination refused it, or was retired first: the request was rejected and nothing was sent. */
  | 'FAILED';

export type ExportTransfer = {
  __typename?: 'ExportTransfer';
  /** The destination, as registered (also when retired since). */
  destination: TransferDestination;
  status: TransferStatus;
  /** Deliveries tried so far; every try carries the same webhook-id (the request id), so the receiver keeps one. */
  attempts: Scalars['Int']['output'];
  /** Why the last try failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The receiving controller's own reference for what it received, if it answered one (`receipt` or `id`). */
  reference?: Maybe<Scalars['String']['output']>;
};

export type RequestEvent = {
  __typename?: 'RequestEvent';
  type: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
};

export type RestrictionLift = {
  __typename?: 'RestrictionLift';
  /** True when every subgraph confirmed. */
  lifted: Scalars['Boolean']['output'];
  confirmed: Array<Scalars['String']['output']>;
  /** Subgraphs that could not be reached; call again. */
  failed: Array<Scalars['String']['output']>;
};

export type ReceiptVerification = {
  __typename?: 'ReceiptVerification';
  valid: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
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
  privacyRequest?: Maybe<PrivacyRequest>;
  /** Open requests, nearest deadline first (overdue ones lead). Staff. */
  privacyRequestsByDeadline: Array<PrivacyRequest>;
  /** Checks an erasure receipt's signature. Anyone may ask. */
  verifyErasureReceipt: ReceiptVerification;
  /**
   * Breach response (GDPR Art. 33/34): the subjects whose data in the affected subgraphs (and
   * collections) was written in the window, and the categories concerned. Pseudonymous ids only.
   * The data protection officer and administrators; the register (openBreach) keeps what it answers.
   */
  breachImpact: BreachImpact;
  /**
   * The breach register, the authority's deadline nearest first: open breaches (closed ones too with
   * includeClosed), or only those whose 72 hours have passed without the authority's notification.
   * The data protection officer and administrators.
   */
  breaches: Array<Breach>;
  breach?: Maybe<Breach>;
  /** The retention catalogue: every data category with an end, how long it is kept and what happens then. Anyone may ask. */
  retentionCatalogue: Array<RetentionPolicy>;
  /** The public key erasure receipts are signed with (PEM), to check them offline. */
  erasureReceiptPublicKey: Scalars['String']['output'];
  /** The controllers a customer may send their portable export to (active ones, by name). Customers and staff. */
  transferDestinations: Array<TransferDestination>;
};


export type QueryPrivacyRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPrivacyRequestsByDeadlineArgs = {
  first: Scalars['Int']['input'];
};


export type QueryVerifyErasureReceiptArgs = {
  receipt: Scalars['JSON']['input'];
};


export type QueryBreachImpactArgs = {
  input: BreachWindowInput;
};


export type QueryBreachesArgs = {
  overdue: Scalars['Boolean']['input'];
  includeClosed: Scalars['Boolean']['input'];
};


export type QueryBreachArgs = {
  id: Scalars['ID']['input'];
};

export type BreachWindowInput = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  /** Affected subgraphs (identity, consent, preference, offer, privacy); all when omitted. */
  subgraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Affected collections (e.g. profiles, consent_ledger); all when omitted. */
  collections?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type BreachImpact = {
  __typename?: 'BreachImpact';
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
  /** Profile ids of the affected subjects, to notify them; no other personal data. */
  subjects: Array<Scalars['ID']['output']>;
  count: Scalars['Int']['output'];
  categories: Array<Scalars['String']['output']>;
  bySubgraph: Array<BreachImpactPart>;
};

export type BreachImpactPart = {
  __typename?: 'BreachImpactPart';
  subgraph: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  categories: Array<Scalars['String']['output']>;
};

export type IdentityCheckInput = {
  /** How the customer proved who they are, e.g. security questions, ID document, signed-in session. */
  method: Scalars['String']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type OpenPrivacyRequestInput = {
  profileId: Scalars['ID']['input'];
  type: PrivacyRequestType;
  /** The purpose objected to; required for OBJECTION (a consent purpose key such as marketing). */
  purpose?: InputMaybe<Scalars['ID']['input']>;
  /** Required when an agent opens a request on a customer's behalf. */
  identityCheck?: InputMaybe<IdentityCheckInput>;
  /** Required for HUMAN_REVIEW: the contested decision (an OfferDecision id). */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * PORTABILITY only: send the export straight to this controller (a TransferDestination id) as well
   * as keeping it to download. One open transfer per destination.
   */
  transferTo?: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterTransferDestinationInput = {
  /** 2-63 lower-case letters, digits and dashes (e.g. acme-bank). */
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** An https URL (http only to localhost, for trying it out), without credentials. */
  url: Scalars['String']['input'];
};

export type RequestOutcome =
  | 'COMPLETED'
  | 'REJECTED';

export type Mutation = {
  __typename?: 'Mutation';
  /** The gateway's audit of access to personal data (system caller with the access-audit scope only). */
  recordProfileAccess: Scalars['Int']['output'];
  /** Opens a request; an open request of the same type is returned instead of a duplicate. */
  openPrivacyRequest: PrivacyRequest;
  /** Extends the deadline by one or two months in all, with the reason told to the customer (staff). */
  extendPrivacyRequest: PrivacyRequest;
  /**
   * Lifts a restriction of processing in every subgraph (staff, who must tell the customer first,
   * Art. 18(3)). Idempotent: call it again if a subgraph was unavailable. Lifted everywhere, it
   * completes the customer's waiting RESTRICTION_LIFT request with this reason.
   */
  liftProcessingRestriction: RestrictionLift;
  /**
   * Closes a request staff carried out (rectification), or rejects one (staff). COMPLETED on a
   * RESTRICTION_LIFT approves it: the restriction is then lifted in every subgraph, and the request
   * completes when each has confirmed.
   */
  resolvePrivacyRequest: PrivacyRequest;
  /** Assigns an open request to a staff member (their id; the caller when omitted). Staff. */
  assignPrivacyRequest: PrivacyRequest;
  /**
   * Takes back an open request (the customer, or staff for them), with an optional reason. CONFLICT when
   * it is already closed, or when what it changes has begun in some subgraph (see `withdrawable`).
   */
  withdrawPrivacyRequest: PrivacyRequest;
  /** Opens a breach in the register; the 72 hours run from awareAt. The DPO and administrators. */
  openBreach: Breach;
  /** Records the assessment of the risk to people, with who made it and why. */
  assessBreach: Breach;
  /** Finds the affected subjects and categories through every affected subgraph's contract, and keeps them. */
  scopeBreach: Breach;
  /** Decides whether to notify the authority and the customers, with the reason (also for not notifying). */
  decideBreachNotification: Breach;
  /** Records the supervisory authority's notification. */
  recordAuthorityNotification: Breach;
  /**
   * Tells every affected customer, each in their language (the message whose language matches their
   * profile's locale, else the first): a notice in their profile and a breach.notified event to the
   * company's channels. Safe to call again: nobody is told twice.
   */
  notifyBreachSubjects: Breach;
  /** Closes a breach (once the authority's notification, if decided, is recorded). */
  closeBreach: Breach;
  /** Registers another controller customers may send their portable export to. Administrators. */
  registerTransferDestination: TransferDestination;
  /** Retires a destination: it is no longer offered, and transfers still waiting for it fail. Administrators. */
  retireTransferDestination: TransferDestination;
};


export type MutationRecordProfileAccessArgs = {
  entries: Array<ProfileAccessInput>;
};


export type MutationOpenPrivacyRequestArgs = {
  input: OpenPrivacyRequestInput;
};


export type MutationExtendPrivacyRequestArgs = {
  id: Scalars['ID']['input'];
  months: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLiftProcessingRestrictionArgs = {
  profileId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResolvePrivacyRequestArgs = {
  id: Scalars['ID']['input'];
  outcome: RequestOutcome;
  note: Scalars['String']['input'];
  reviewOutcome?: InputMaybe<ReviewOutcome>;
};


export type MutationAssignPrivacyRequestArgs = {
  id: Scalars['ID']['input'];
  assignee?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationWithdrawPrivacyRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationOpenBreachArgs = {
  input: OpenBreachInput;
};


export type MutationAssessBreachArgs = {
  id: Scalars['ID']['input'];
  risk: BreachRisk;
  note: Scalars['String']['input'];
};


export type MutationScopeBreachArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDecideBreachNotificationArgs = {
  id: Scalars['ID']['input'];
  input: BreachDecisionInput;
};


export type MutationRecordAuthorityNotificationArgs = {
  id: Scalars['ID']['input'];
  input: AuthorityNotificationInput;
};


export type MutationNotifyBreachSubjectsArgs = {
  id: Scalars['ID']['input'];
  messages: Array<BreachMessageInput>;
};


export type MutationCloseBreachArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRegisterTransferDestinationArgs = {
  input: RegisterTransferDestinationInput;
};


export type MutationRetireTransferDestinationArgs = {
  id: Scalars['ID']['input'];
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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Profile: ResolverTypeWrapper<ProfileMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BreachNotice: ResolverTypeWrapper<BreachNoticeMapper>;
  BreachRisk: BreachRisk;
  Breach: ResolverTypeWrapper<BreachMapper>;
  BreachStatus: BreachStatus;
  BreachWindow: ResolverTypeWrapper<BreachWindow>;
  BreachAssessment: ResolverTypeWrapper<BreachAssessment>;
  BreachScope: ResolverTypeWrapper<BreachScope>;
  BreachDecision: ResolverTypeWrapper<BreachDecision>;
  AuthorityNotification: ResolverTypeWrapper<AuthorityNotification>;
  BreachStep: ResolverTypeWrapper<BreachStep>;
  OpenBreachInput: OpenBreachInput;
  BreachDecisionInput: BreachDecisionInput;
  AuthorityNotificationInput: AuthorityNotificationInput;
  BreachMessageInput: BreachMessageInput;
  ProfileAccess: ResolverTypeWrapper<ProfileAccess>;
  ProfileAccessInput: ProfileAccessInput;
  DataTransparency: ResolverTypeWrapper<DataTransparency>;
  RetentionAction: RetentionAction;
  ExpiredData: ResolverTypeWrapper<ExpiredData>;
  RetentionPolicy: ResolverTypeWrapper<RetentionPolicy>;
  DataHolding: ResolverTypeWrapper<DataHolding>;
  PrivacyRequest: ResolverTypeWrapper<PrivacyRequestMapper>;
  PrivacyRequestType: PrivacyRequestType;
  ReviewOutcome: ReviewOutcome;
  PrivacyRequestStatus: PrivacyRequestStatus;
  RequestExtension: ResolverTypeWrapper<RequestExtension>;
  IdentityCheck: ResolverTypeWrapper<IdentityCheck>;
  StepStatus: StepStatus;
  RequestStep: ResolverTypeWrapper<RequestStep>;
  PrivacyExport: ResolverTypeWrapper<PrivacyExportMapper>;
  TransferDestination: ResolverTypeWrapper<TransferDestinationMapper>;
  TransferStatus: TransferStatus;
  ExportTransfer: ResolverTypeWrapper<ExportTransferMapper>;
  RequestEvent: ResolverTypeWrapper<RequestEvent>;
  RestrictionLift: ResolverTypeWrapper<RestrictionLift>;
  ReceiptVerification: ResolverTypeWrapper<ReceiptVerification>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  BreachWindowInput: BreachWindowInput;
  BreachImpact: ResolverTypeWrapper<BreachImpact>;
  BreachImpactPart: ResolverTypeWrapper<BreachImpactPart>;
  IdentityCheckInput: IdentityCheckInput;
  OpenPrivacyRequestInput: OpenPrivacyRequestInput;
  RegisterTransferDestinationInput: RegisterTransferDestinationInput;
  RequestOutcome: RequestOutcome;
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
  Profile: ProfileMapper;
  ID: Scalars['ID']['output'];
  BreachNotice: BreachNoticeMapper;
  Breach: BreachMapper;
  BreachWindow: BreachWindow;
  BreachAssessment: BreachAssessment;
  BreachScope: BreachScope;
  BreachDecision: BreachDecision;
  AuthorityNotification: AuthorityNotification;
  BreachStep: BreachStep;
  OpenBreachInput: OpenBreachInput;
  BreachDecisionInput: BreachDecisionInput;
  AuthorityNotificationInput: AuthorityNotificationInput;
  BreachMessageInput: BreachMessageInput;
  ProfileAccess: ProfileAccess;
  ProfileAccessInput: ProfileAccessInput;
  DataTransparency: DataTransparency;
  ExpiredData: ExpiredData;
  RetentionPolicy: RetentionPolicy;
  DataHolding: DataHolding;
  PrivacyRequest: PrivacyRequestMapper;
  RequestExtension: RequestExtension;
  IdentityCheck: IdentityCheck;
  RequestStep: RequestStep;
  PrivacyExport: PrivacyExportMapper;
  TransferDestination: TransferDestinationMapper;
  ExportTransfer: ExportTransferMapper;
  RequestEvent: RequestEvent;
  RestrictionLift: RestrictionLift;
  ReceiptVerification: ReceiptVerification;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  BreachWindowInput: BreachWindowInput;
  BreachImpact: BreachImpact;
  BreachImpactPart: BreachImpactPart;
  IdentityCheckInput: IdentityCheckInput;
  OpenPrivacyRequestInput: OpenPrivacyRequestInput;
  RegisterTransferDestinationInput: RegisterTransferDestinationInput;
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

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__RequiresDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExternalDirectiveArgs = {
  reason?: Maybe<Scalars['String']['input']>;
};

export type Federation__ExternalDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__ExternalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = PrivacyContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type ProfileResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['Profile'] = ResolversParentTypes['Profile'], FederationReferenceType extends FederationReferenceTypes['Profile'] = FederationReferenceTypes['Profile']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Profile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  privacyRequests?: Resolver<Maybe<Array<ResolversTypes['PrivacyRequest']>>, ParentType, ContextType>;
  dataTransparency?: Resolver<Maybe<ResolversTypes['DataTransparency']>, ParentType, ContextType>;
  accessLog?: Resolver<Maybe<Array<ResolversTypes['ProfileAccess']>>, ParentType, ContextType, RequireFields<ProfileAccessLogArgs, 'first'>>;
  automatedDecisionsUnderReview?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  breachNotices?: Resolver<Maybe<Array<ResolversTypes['BreachNotice']>>, ParentType, ContextType>;
};

export type BreachNoticeResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachNotice'] = ResolversParentTypes['BreachNotice']> = {
  breachId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BreachResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['Breach'] = ResolversParentTypes['Breach']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BreachStatus'], ParentType, ContextType>;
  awareAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorityDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorityOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['BreachWindow'], ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['BreachAssessment']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['BreachScope']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['BreachDecision']>, ParentType, ContextType>;
  authorityNotification?: Resolver<Maybe<ResolversTypes['AuthorityNotification']>, ParentType, ContextType>;
  subjectsNotifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notifiedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['BreachStep']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type BreachWindowResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachWindow'] = ResolversParentTypes['BreachWindow']> = {
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subgraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  collections?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BreachAssessmentResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachAssessment'] = ResolversParentTypes['BreachAssessment']> = {
  risk?: Resolver<ResolversTypes['BreachRisk'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assessedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type BreachScopeResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachScope'] = ResolversParentTypes['BreachScope']> = {
  subjects?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bySubgraph?: Resolver<Array<ResolversTypes['BreachImpactPart']>, ParentType, ContextType>;
  scopedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BreachDecisionResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachDecision'] = ResolversParentTypes['BreachDecision']> = {
  notifyAuthority?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notifySubjects?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type AuthorityNotificationResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['AuthorityNotification'] = ResolversParentTypes['AuthorityNotification']> = {
  authority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type BreachStepResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachStep'] = ResolversParentTypes['BreachStep']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProfileAccessResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['ProfileAccess'] = ResolversParentTypes['ProfileAccess']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refused?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataTransparencyResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['DataTransparency'] = ResolversParentTypes['DataTransparency']> = {
  holdings?: Resolver<Array<ResolversTypes['DataHolding']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recipientsTracked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expired?: Resolver<Array<ResolversTypes['ExpiredData']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ExpiredDataResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['ExpiredData'] = ResolversParentTypes['ExpiredData']> = {
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['RetentionAction'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RetentionPolicyResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['RetentionPolicy'] = ResolversParentTypes['RetentionPolicy']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['RetentionAction'], ParentType, ContextType>;
};

export type DataHoldingResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['DataHolding'] = ResolversParentTypes['DataHolding']> = {
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collection?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  retention?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PrivacyRequestResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['PrivacyRequest'] = ResolversParentTypes['PrivacyRequest']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PrivacyRequestType'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assignedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewOutcome?: Resolver<Maybe<ResolversTypes['ReviewOutcome']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PrivacyRequestStatus'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extension?: Resolver<Maybe<ResolversTypes['RequestExtension']>, ParentType, ContextType>;
  identityCheck?: Resolver<Maybe<ResolversTypes['IdentityCheck']>, ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['RequestStep']>, ParentType, ContextType>;
  export?: Resolver<Maybe<ResolversTypes['PrivacyExport']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  transfer?: Resolver<Maybe<ResolversTypes['ExportTransfer']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  withdrawable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['RequestEvent']>, ParentType, ContextType>;
  lastChangedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type RequestExtensionResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['RequestExtension'] = ResolversParentTypes['RequestExtension']> = {
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IdentityCheckResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['IdentityCheck'] = ResolversParentTypes['IdentityCheck']> = {
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type RequestStepResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['RequestStep'] = ResolversParentTypes['RequestStep']> = {
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StepStatus'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type PrivacyExportResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['PrivacyExport'] = ResolversParentTypes['PrivacyExport']> = {
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PrivacyExportTextArgs>>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PrivacyExportHtmlArgs>>;
  pdf?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PrivacyExportPdfArgs>>;
};

export type TransferDestinationResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['TransferDestination'] = ResolversParentTypes['TransferDestination']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredBy?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ExportTransferResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['ExportTransfer'] = ResolversParentTypes['ExportTransfer']> = {
  destination?: Resolver<ResolversTypes['TransferDestination'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RequestEventResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['RequestEvent'] = ResolversParentTypes['RequestEvent']> = {
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RestrictionLiftResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['RestrictionLift'] = ResolversParentTypes['RestrictionLift']> = {
  lifted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confirmed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  failed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReceiptVerificationResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['ReceiptVerification'] = ResolversParentTypes['ReceiptVerification']> = {
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  privacyRequest?: Resolver<Maybe<ResolversTypes['PrivacyRequest']>, ParentType, ContextType, RequireFields<QueryPrivacyRequestArgs, 'id'>>;
  privacyRequestsByDeadline?: Resolver<Array<ResolversTypes['PrivacyRequest']>, ParentType, ContextType, RequireFields<QueryPrivacyRequestsByDeadlineArgs, 'first'>>;
  verifyErasureReceipt?: Resolver<ResolversTypes['ReceiptVerification'], ParentType, ContextType, RequireFields<QueryVerifyErasureReceiptArgs, 'receipt'>>;
  breachImpact?: Resolver<ResolversTypes['BreachImpact'], ParentType, ContextType, RequireFields<QueryBreachImpactArgs, 'input'>>;
  breaches?: Resolver<Array<ResolversTypes['Breach']>, ParentType, ContextType, RequireFields<QueryBreachesArgs, 'overdue' | 'includeClosed'>>;
  breach?: Resolver<Maybe<ResolversTypes['Breach']>, ParentType, ContextType, RequireFields<QueryBreachArgs, 'id'>>;
  retentionCatalogue?: Resolver<Array<ResolversTypes['RetentionPolicy']>, ParentType, ContextType>;
  erasureReceiptPublicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferDestinations?: Resolver<Array<ResolversTypes['TransferDestination']>, ParentType, ContextType>;
};

export type BreachImpactResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachImpact'] = ResolversParentTypes['BreachImpact']> = {
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bySubgraph?: Resolver<Array<ResolversTypes['BreachImpactPart']>, ParentType, ContextType>;
};

export type BreachImpactPartResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['BreachImpactPart'] = ResolversParentTypes['BreachImpactPart']> = {
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PrivacyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordProfileAccess?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordProfileAccessArgs, 'entries'>>;
  openPrivacyRequest?: Resolver<ResolversTypes['PrivacyRequest'], ParentType, ContextType, RequireFields<MutationOpenPrivacyRequestArgs, 'input'>>;
  extendPrivacyRequest?: Resolver<ResolversTypes['PrivacyRequest'], ParentType, ContextType, RequireFields<MutationExtendPrivacyRequestArgs, 'id' | 'months' | 'reason'>>;
  liftProcessingRestriction?: Resolver<ResolversTypes['RestrictionLift'], ParentType, ContextType, RequireFields<MutationLiftProcessingRestrictionArgs, 'profileId' | 'reason'>>;
  resolvePrivacyRequest?: Resolver<ResolversTypes['PrivacyRequest'], ParentType, ContextType, RequireFields<MutationResolvePrivacyRequestArgs, 'id' | 'outcome' | 'note'>>;
  assignPrivacyRequest?: Resolver<ResolversTypes['PrivacyRequest'], ParentType, ContextType, RequireFields<MutationAssignPrivacyRequestArgs, 'id'>>;
  withdrawPrivacyRequest?: Resolver<ResolversTypes['PrivacyRequest'], ParentType, ContextType, RequireFields<MutationWithdrawPrivacyRequestArgs, 'id'>>;
  openBreach?: Resolver<ResolversTypes['Breach'], ParentType, ContextType, RequireFields<MutationOpenBreachArgs, 'input'>>;
  assessBreach?: Resolver<ResolversTypes['Breach'], ParentType, ContextType, RequireFields<MutationAssessBreachArgs, 'id' | 'risk' | 'note'>>;
  scopeBreach?: Resolver<ResolversTypes['Breach'], ParentType, ContextType, RequireFields<MutationScopeBreachArgs, 'id'>>;
  decideBreachNotification?: Resolver<ResolversTypes['Breach'], ParentType, ContextType, RequireFields<MutationDecideBreachNotificationArgs, 'id' | 'input'>>;
  recordAuthorityNotification?: Resolver<ResolversTypes['Breach'], ParentType, ContextType, RequireFields<MutationRecordAuthorityNotificationArgs, 'id' | 'input'>>;
  notifyBreachSubjects?: Resolver<ResolversTypes['Breach'], ParentType, ContextType, RequireFields<MutationNotifyBreachSubjectsArgs, 'id' | 'messages'>>;
  closeBreach?: Resolver<ResolversTypes['Breach'], ParentType, ContextType, RequireFields<MutationCloseBreachArgs, 'id' | 'note'>>;
  registerTransferDestination?: Resolver<ResolversTypes['TransferDestination'], ParentType, ContextType, RequireFields<MutationRegisterTransferDestinationArgs, 'input'>>;
  retireTransferDestination?: Resolver<ResolversTypes['TransferDestination'], ParentType, ContextType, RequireFields<MutationRetireTransferDestinationArgs, 'id'>>;
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

export type Resolvers<ContextType = PrivacyContext> = {
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Profile?: ProfileResolvers<ContextType>;
  BreachNotice?: BreachNoticeResolvers<ContextType>;
  Breach?: BreachResolvers<ContextType>;
  BreachWindow?: BreachWindowResolvers<ContextType>;
  BreachAssessment?: BreachAssessmentResolvers<ContextType>;
  BreachScope?: BreachScopeResolvers<ContextType>;
  BreachDecision?: BreachDecisionResolvers<ContextType>;
  AuthorityNotification?: AuthorityNotificationResolvers<ContextType>;
  BreachStep?: BreachStepResolvers<ContextType>;
  ProfileAccess?: ProfileAccessResolvers<ContextType>;
  DataTransparency?: DataTransparencyResolvers<ContextType>;
  ExpiredData?: ExpiredDataResolvers<ContextType>;
  RetentionPolicy?: RetentionPolicyResolvers<ContextType>;
  DataHolding?: DataHoldingResolvers<ContextType>;
  PrivacyRequest?: PrivacyRequestResolvers<ContextType>;
  RequestExtension?: RequestExtensionResolvers<ContextType>;
  IdentityCheck?: IdentityCheckResolvers<ContextType>;
  RequestStep?: RequestStepResolvers<ContextType>;
  PrivacyExport?: PrivacyExportResolvers<ContextType>;
  TransferDestination?: TransferDestinationResolvers<ContextType>;
  ExportTransfer?: ExportTransferResolvers<ContextType>;
  RequestEvent?: RequestEventResolvers<ContextType>;
  RestrictionLift?: RestrictionLiftResolvers<ContextType>;
  ReceiptVerification?: ReceiptVerificationResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  BreachImpact?: BreachImpactResolvers<ContextType>;
  BreachImpactPart?: BreachImpactPartResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  _Any?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = PrivacyContext> = {
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  federation__requires?: Federation__RequiresDirectiveResolver<any, any, ContextType>;
  federation__provides?: Federation__ProvidesDirectiveResolver<any, any, ContextType>;
  federation__external?: Federation__ExternalDirectiveResolver<any, any, ContextType>;
  federation__tag?: Federation__TagDirectiveResolver<any, any, ContextType>;
  federation__extends?: Federation__ExtendsDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  federation__override?: Federation__OverrideDirectiveResolver<any, any, ContextType>;
  federation__composeDirective?: Federation__ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  federation__interfaceObject?: Federation__InterfaceObjectDirectiveResolver<any, any, ContextType>;
  federation__authenticated?: Federation__AuthenticatedDirectiveResolver<any, any, ContextType>;
  federation__requiresScopes?: Federation__RequiresScopesDirectiveResolver<any, any, ContextType>;
  federation__policy?: Federation__PolicyDirectiveResolver<any, any, ContextType>;
};
