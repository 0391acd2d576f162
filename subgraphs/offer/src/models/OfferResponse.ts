import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';

export interface Dismissal {
  offerId: string;
  at: Date;
  by: Provenance;
}

/** One document per subject: how the customer responded to offers (personal data). */
export interface OfferResponseDoc {
  _id: string;
  dismissals: Dismissal[];
  updatedAt: Date;
}

const offerResponseSchema = new Schema<OfferResponseDoc>(
  {
    _id: { type: String, required: true },
    dismissals: {
      type: [new Schema<Dismissal>({ offerId: String, at: Date, by: provenanceSchema }, { _id: false })],
      default: [],
    },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'offer_responses', versionKey: false },
);

export const offerResponseModel = (connection: Connection): Model<OfferResponseDoc> =>
  connection.model<OfferResponseDoc>('OfferResponse', offerResponseSchema);
