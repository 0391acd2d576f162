import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { insertNew } from '#kit/mongo.ts';
import type { TransferDestinationDoc } from '../models/TransferDestination.ts';

/** Every query and write of transfer destinations. */
export function destinationStore(destinations: Model<TransferDestinationDoc>) {
  return {
    get: (id: string) => destinations.findById(id).lean<TransferDestinationDoc>().exec(),

    /** The destinations customers may choose, by name (an indexed equality: they are few). */
    active: async () =>
      (await destinations.find({ active: true }).lean<TransferDestinationDoc[]>().exec()).sort((a, b) => a.name.localeCompare(b.name)),

    /** Stores a new destination; false when the id is taken. */
    insert: (doc: TransferDestinationDoc): Promise<boolean> => insertNew(destinations, doc),

    /** Retires a destination and answers it as it is now; null when there is none. */
    retire: (id: string, by: Provenance) =>
      destinations
        .findOneAndUpdate({ _id: id }, { $set: { active: false, retiredBy: by } }, { returnDocument: 'after' })
        .lean<TransferDestinationDoc>()
        .exec(),
  };
}

export type DestinationStore = ReturnType<typeof destinationStore>;
