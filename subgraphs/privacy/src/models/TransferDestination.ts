import { Schema, type Connection, type Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { provenanceSchema } from '#kit/provenance.ts';

/**
 * Another controller an administrator registered to receive customers' portable exports directly
 * (GDPR Art. 20(2)). No personal data: a name and where to send.
 */
export interface TransferDestinationDoc {
  _id: string;
  name: string;
  /** Where exports are POSTed: https (http only to this machine, for trying it out). */
  url: string;
  active: boolean;
  registeredBy: Provenance;
  retiredBy?: Provenance | null;
}

const transferDestinationSchema = new Schema<TransferDestinationDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    url: { type: String, required: true },
    active: { type: Boolean, required: true },
    registeredBy: { type: provenanceSchema, required: true },
    retiredBy: provenanceSchema,
  },
  { collection: 'transfer_destinations', versionKey: false },
);
transferDestinationSchema.index({ active: 1 });

export const transferDestinationModel = (connection: Connection): Model<TransferDestinationDoc> =>
  connection.model<TransferDestinationDoc>('TransferDestination', transferDestinationSchema);
