import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';

export const PrivacyRequest = {
  id: (request: PrivacyRequestDoc) => request._id,
};
