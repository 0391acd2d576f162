import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { withOutbox, type OutboxDoc } from '#kit/events/outbox.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export interface Dismissal {
  offerId: string;
  at: Date;
  by: Provenance;
}

/** One document per subject: how the customer responded to offers (personal data), and its pending events. */
export interface OfferResponseDoc extends OutboxDoc {
  _id: string;
  dismissals: Dismissal[];
  snoozes: { offerId: string; until: Date; at: Date }[];
  /** Kinds (topics) of offer the customer said "not interested" to. */
  hiddenTopics: string[];
  redemptions: { offerId: string; at: Date; by: Provenance }[];
  updatedAt: Date;
}

const offerResponseSchema = new Schema<OfferResponseDoc>(
  {
    _id: { type: String, required: true },
    dismissals: { type: [new Schema<Dismissal>({ offerId: String, at: Date, by: provenanceSchema }, { _id: false })], default: [] },
    snoozes: { type: [new Schema({ offerId: String, until: Date, at: Date }, { _id: false })], default: [] },
    hiddenTopics: { type: [String], default: [] },
    redemptions: { type: [new Schema({ offerId: String, at: Date, by: provenanceSchema }, { _id: false })], default: [] },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'offer_responses', versionKey: false },
);

withOutbox(offerResponseSchema);

export const offerResponseModel = (connection: Connection): Model<OfferResponseDoc> =>
  connection.model<OfferResponseDoc>('OfferResponse', offerResponseSchema);

/**
 * Why a customer was shown what (GDPR Art. 15 and 22 transparency): the inputs used, each offer
 * with the version of its rule, the score and the explanation, and when.
 */
export interface OfferDecisionDoc {
  _id: string;
  subjectId: string;
  at: Date;
  mode: string;
  reason: string;
  channel: string | null;
  inputs: Record<string, unknown>;
  offers: { offerId: string; version: number; score: number; explanation: string[] }[];
}

const offerDecisionSchema = new Schema<OfferDecisionDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    at: { type: Date, required: true },
    mode: { type: String, required: true },
    reason: { type: String, required: true },
    channel: String,
    inputs: { type: Schema.Types.Mixed, default: {} },
    offers: {
      type: [new Schema({ offerId: String, version: Number, score: Number, explanation: [String] }, { _id: false })],
      default: [],
    },
  },
  { collection: 'offer_decisions', versionKey: false, minimize: false },
);
offerDecisionSchema.index({ subjectId: 1, at: -1 });
// The retention sweep's expiry range (kit/src/retention.ts).
offerDecisionSchema.index({ at: 1 });

export const offerDecisionModel = (connection: Connection): Model<OfferDecisionDoc> =>
  connection.model<OfferDecisionDoc>('OfferDecision', offerDecisionSchema);
