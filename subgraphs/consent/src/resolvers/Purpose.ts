import type { PurposeResolvers } from './types.generated.ts';

export const Purpose: PurposeResolvers = {
  id: (purpose) => purpose._id,
  notices: (purpose, _, { catalogue }) => catalogue.noticesOf(purpose._id),
  currentNotice: (purpose, _, { catalogue }) =>
    purpose.currentNoticeVersion ? catalogue.notice(purpose._id, purpose.currentNoticeVersion) : null,
};
