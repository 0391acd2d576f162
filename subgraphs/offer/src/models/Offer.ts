import { Schema, type Connection, type Model } from 'mongoose';

export type OfferStatus = 'DRAFT' | 'ACTIVE' | 'RETIRED';

/** A catalogue offer. Holds no personal data. */
export interface OfferDoc {
  _id: string;
  title: string;
  description: string;
  channels: string[];
  topics: string[];
  validFrom: Date;
  validUntil?: Date | null;
  status: OfferStatus;
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
    updatedAt: { type: Date, required: true },
  },
  { collection: 'offers', versionKey: false },
);
offerSchema.index({ status: 1, validFrom: -1 });

export const offerModel = (connection: Connection): Model<OfferDoc> => connection.model<OfferDoc>('Offer', offerSchema);
