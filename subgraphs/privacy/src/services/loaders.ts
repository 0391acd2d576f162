import { manyByKey } from '#kit/loaders.ts';
import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';
import type { RequestService } from './requestService.ts';

/** Created per request: one `$in` query per batch of subjects. */
export const createLoaders = (requests: RequestService) => ({
  privacyRequests: manyByKey<PrivacyRequestDoc>(
    (ids) => requests.findBySubjects(ids),
    (doc) => doc.subjectId,
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
