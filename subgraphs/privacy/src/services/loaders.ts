import { manyByKey } from '#kit/loaders.ts';
import type { BreachNoticeDoc } from '../models/Breach.ts';
import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';
import type { BreachService } from './breaches.ts';
import type { RequestService } from './requestService.ts';

/** Created per request: one batch read per batch of subjects. */
export const createLoaders = (requests: RequestService, breaches: BreachService) => ({
  privacyRequests: manyByKey<PrivacyRequestDoc>(
    (ids) => requests.findBySubjects(ids),
    (doc) => doc.subjectId,
  ),
  breachNotices: manyByKey<BreachNoticeDoc>(
    (ids) => breaches.noticesOf(ids),
    (doc) => doc.subjectId,
  ),
});

export type Loaders = ReturnType<typeof createLoaders>;
