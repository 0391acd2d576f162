import { oneByKey } from '#kit/loaders.ts';
import type { ConsentRecordDoc } from './models/ConsentRecord.ts';
import type { ConsentRepository } from './repositories/consentRepository.ts';

/** Created per request: one `$in` query per batch of subjects. */
export const createLoaders = (consents: ConsentRepository) => ({
  consentRecord: oneByKey<ConsentRecordDoc>(
    (ids) => consents.findBySubjects(ids),
    (doc) => doc._id,
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
