import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { withOutbox, type OutboxDoc } from '#kit/events/outbox.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export const BREACH_RISKS = ['UNLIKELY', 'RISK', 'HIGH_RISK'] as const;
export type BreachRisk = (typeof BREACH_RISKS)[number];

/** One step of a breach's handling, for the record Art. 33(5) asks for: what, when, who, why. */
export interface BreachStep {
  type: 'OPENED' | 'ASSESSED' | 'SCOPED' | 'DECIDED' | 'AUTHORITY_NOTIFIED' | 'SUBJECTS_NOTIFIED' | 'CLOSED';
  at: Date;
  by: Provenance;
  note?: string | null;
}

/** A message to affected customers, in one language. */
export interface BreachMessage {
  /** A BCP 47 tag (en, th, en-GB). */
  language: string;
  title: string;
  text: string;
}

/**
 * A personal data breach in the register (GDPR Art. 33/34): what happened and when the controller
 * became aware (the 72-hour clock), its assessment, the subjects it affects (pseudonymous profile
 * ids from the subject-rights contract's `affected`), the decision whether to notify, the
 * authority's notification and the customers'. Every step is kept in `steps`.
 */
export interface BreachDoc {
  _id: string;
  title: string;
  description: string;
  awareAt: Date;
  /** awareAt + 72 hours: when the supervisory authority must have been notified (Art. 33(1)). */
  authorityDueAt: Date;
  window: { from: Date; to: Date; subgraphs: string[]; collections: string[] };
  status: 'OPEN' | 'CLOSED';
  assessment?: { risk: BreachRisk; note: string; by: Provenance } | null;
  scope?: {
    subjects: string[];
    count: number;
    categories: string[];
    bySubgraph: { subgraph: string; count: number; categories: string[] }[];
    at: Date;
  } | null;
  decision?: { notifyAuthority: boolean; notifySubjects: boolean; reason: string; by: Provenance } | null;
  authorityNotification?: { authority: string; reference: string | null; at: Date; by: Provenance } | null;
  subjectsNotifiedAt?: Date | null;
  notifiedCount?: number;
  steps: BreachStep[];
  openedBy: Provenance;
  closedAt?: Date | null;
}

/** The notice one affected customer received: what they read in their profile, and the event that told their channels. */
export interface BreachNoticeDoc extends OutboxDoc {
  /** `<breachId>:<subjectId>`: notifying twice sends nothing twice. */
  _id: string;
  breachId: string;
  subjectId: string;
  language: string;
  title: string;
  text: string;
  notifiedAt: Date;
}

const breachSchema = new Schema<BreachDoc>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    awareAt: { type: Date, required: true },
    authorityDueAt: { type: Date, required: true },
    window: Schema.Types.Mixed,
    status: { type: String, required: true },
    assessment: Schema.Types.Mixed,
    scope: Schema.Types.Mixed,
    decision: Schema.Types.Mixed,
    authorityNotification: Schema.Types.Mixed,
    subjectsNotifiedAt: Date,
    notifiedCount: Number,
    steps: {
      type: [new Schema({ type: String, at: Date, by: provenanceSchema, note: String }, { _id: false })],
      default: [],
    },
    openedBy: { type: provenanceSchema, required: true },
    closedAt: Date,
  },
  { collection: 'breaches', versionKey: false },
);
breachSchema.index({ status: 1 });

const breachNoticeSchema = new Schema<BreachNoticeDoc>(
  {
    _id: { type: String, required: true },
    breachId: { type: String, required: true },
    subjectId: { type: String, required: true },
    language: { type: String, required: true },
    title: { type: String, required: true },
    text: { type: String, required: true },
    notifiedAt: { type: Date, required: true },
  },
  { collection: 'breach_notices', versionKey: false },
);
breachNoticeSchema.index({ subjectId: 1 });
withOutbox(breachNoticeSchema);

export const breachModel = (connection: Connection): Model<BreachDoc> => connection.model<BreachDoc>('Breach', breachSchema);
export const breachNoticeModel = (connection: Connection): Model<BreachNoticeDoc> =>
  connection.model<BreachNoticeDoc>('BreachNotice', breachNoticeSchema);
