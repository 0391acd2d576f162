import { Schema, type Connection, type Model } from 'mongoose';
import type { Rule } from '../domain/eligibility.ts';

export type OfferStatus = 'DRAFT' | 'ACTIVE' | 'RETIRED';

/** A catalogue offer. Holds no personal data. `version` grows with every change: decisions cite it. */
export interface OfferDoc {
  _id: string;
  title: string;
  description: string;
  channels: string[];
  topics: string[];
  validFrom: Date;
  validUntil?: Date | null;
  status: OfferStatus;
  priority: number;
  rule?: Rule | null;
  maxRedemptionsPerCustomer?: number | null;
  version: number;
  updatedAt: Date;
}

const offerSchema = new Schema<OfferDoc>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, required: true },
    channels: { type: [String], default: [] },
    topics: { type: [String], default: [] },
    validFrom: { type: Date, required: true },
    validUntil: Date,
    status: { type: String, enum: ['DRAFT', 'ACTIVE', 'RETIRED'], required: true },
    priority: { type: Number, default: 0 },
    rule: Schema.Types.Mixed,
    maxRedemptionsPerCustomer: Number,
    version: { type: Number, default: 1 },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'offers', versionKey: false },
);
offerSchema.index({ status: 1, validFrom: -1 });

export const offerModel = (connection: Connection): Model<OfferDoc> => connection.model<OfferDoc>('Offer', offerSchema);
