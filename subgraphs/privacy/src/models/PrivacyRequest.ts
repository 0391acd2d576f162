import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { withOutbox, type OutboxDoc } from '#kit/events/outbox.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export const PRIVACY_REQUEST_TYPES = [
  'ACCESS',
  'PORTABILITY',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'OBJECTION',
  'AUTOMATED_DECISION_OPT_OUT',
  'RESTRICTION_LIFT',
  'HUMAN_REVIEW',
] as const;
export type PrivacyRequestType = (typeof PRIVACY_REQUEST_TYPES)[number];
export const PRIVACY_REQUEST_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED', 'WITHDRAWN'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];
export type StepOperation = 'export' | 'inventory' | 'erase' | 'restrict' | 'lift' | 'locate' | 'recordChoice' | 'transfer';

/** One call of one subgraph's subject-rights contract, persisted so a restart resumes exactly here. */
export interface RequestStep {
  subgraph: string;
  operation: StepOperation;
  phase: number;
  status: 'PENDING' | 'DONE';
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string | null;
  doneAt?: Date | null;
  /** What the step found, without personal data (counts, collections, flags). */
  summary?: Record<string, unknown> | null;
  /** A result that holds personal data (an export), sealed with the subject's key until used. */
  sealedResult?: string | null;
}

/** What privacy signs when a portable export reached another controller (Art. 20(2)). */
export interface TransferReceipt {
  requestId: string;
  type: 'TRANSFER';
  destination: string;
  url: string;
  deliveredAt: string;
  /** sha256 of the canonical JSON sent (the request body the receiver got). */
  documentSha256: string;
  /** The receiving controller's reference for it, if it answered one. */
  reference: string | null;
  keyId: string;
  signature: string;
}

export interface ErasureReceipt {
  requestId: string;
  type: 'ERASURE';
  subgraphs: string[];
  completedAt: string;
  /** sha256 of the canonical verification report (what every subgraph answered after erasure). */
  verificationSha256: string;
  keyId: string;
  signature: string;
}

/** `outbox`: events for downstream systems, written with the change they describe (kit/src/events/outbox.ts). */
export interface PrivacyRequestDoc extends OutboxDoc {
  _id: string;
  subjectId: string;
  type: PrivacyRequestType;
  /** The purpose objected to (OBJECTION requests). */
  purpose?: string | null;
  /** The automated decision contested (HUMAN_REVIEW requests): an offer decision id. */
  decisionId?: string | null;
  /** The staff member handling the request, and who assigned it. */
  assignment?: { to: string; by: Provenance } | null;
  /** What a human review concluded. */
  reviewOutcome?: 'DECISION_UPHELD' | 'DECISION_CHANGED' | null;
  status: PrivacyRequestStatus;
  /** `subjectId:type` while the request is open, `closed:<id>` after: at most one open request per type. */
  openKey?: string | null;
  receivedAt: Date;
  dueAt: Date;
  /** Art. 12(3): up to two further months, with a reason told to the customer. */
  extension?: { months: number; reason: string; by: Provenance } | null;
  /** When an agent opens a request for a customer: how the customer's identity was checked. */
  identityCheck?: { method: string; reference?: string | null; by: Provenance } | null;
  steps: RequestStep[];
  /** When the orchestrator should look at this request next. */
  nextRunAt?: Date | null;
  /** Identifying values captured before an erasure, sealed, to verify by lookup afterwards. */
  captureSealed?: string | null;
  /**
   * An erasure's whole subject: the profile and every profile merged into it (pseudonymous ids, as
   * identity's export named them), each erased and checked in every subgraph. Unset: the subject alone.
   */
  clusterIds?: string[] | null;
  /** The assembled export of an access or portability request, sealed with the subject's key. */
  exportSealed?: string | null;
  receipt?: ErasureReceipt | TransferReceipt | null;
  /** PORTABILITY sent straight to another controller: the registered destination's id. */
  transferTo?: string | null;
  /** What staff decided and why, or the customer's reason for withdrawing (`withdrawn`). */
  resolution?: { note: string; by: Provenance; withdrawn?: boolean } | null;
  completedAt?: Date | null;
  nearDeadlineAt?: Date | null;
  events: { type: string; at: Date }[];
  lastChangedBy: Provenance;
}

const stepSchema = new Schema<RequestStep>(
  {
    subgraph: String,
    operation: String,
    phase: Number,
    status: String,
    attempts: Number,
    nextAttemptAt: Date,
    lastError: String,
    doneAt: Date,
    summary: Schema.Types.Mixed,
    sealedResult: String,
  },
  { _id: false },
);

const privacyRequestSchema = new Schema<PrivacyRequestDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    type: { type: String, enum: PRIVACY_REQUEST_TYPES, required: true },
    purpose: String,
    decisionId: String,
    assignment: Schema.Types.Mixed,
    reviewOutcome: String,
    status: { type: String, enum: PRIVACY_REQUEST_STATUSES, required: true },
    openKey: String,
    receivedAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    extension: Schema.Types.Mixed,
    identityCheck: Schema.Types.Mixed,
    steps: { type: [stepSchema], default: [] },
    nextRunAt: Date,
    captureSealed: String,
    clusterIds: { type: [String], default: undefined },
    exportSealed: String,
    receipt: Schema.Types.Mixed,
    transferTo: String,
    resolution: Schema.Types.Mixed,
    completedAt: Date,
    nearDeadlineAt: Date,
    events: { type: [new Schema({ type: String, at: Date }, { _id: false })], default: [] },
    lastChangedBy: { type: provenanceSchema, required: true },
  },
  { collection: 'privacy_requests', versionKey: false },
);
privacyRequestSchema.index({ subjectId: 1, receivedAt: -1 });
withOutbox(privacyRequestSchema);
privacyRequestSchema.index({ openKey: 1 }, { unique: true, sparse: true });
privacyRequestSchema.index({ status: 1, nextRunAt: 1 });
privacyRequestSchema.index({ status: 1, dueAt: 1 });

export const privacyRequestModel = (connection: Connection): Model<PrivacyRequestDoc> =>
  connection.model<PrivacyRequestDoc>('PrivacyRequest', privacyRequestSchema);
