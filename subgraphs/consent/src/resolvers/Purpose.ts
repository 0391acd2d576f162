import type { ConsentContext } from '../context.ts';
import type { PurposeDoc } from '../models/Purpose.ts';

export const Purpose = {
  id: (purpose: PurposeDoc) => purpose._id,
  notices: (purpose: PurposeDoc, _: unknown, { catalogue }: ConsentContext) => catalogue.noticesOf(purpose._id),
  currentNotice: (purpose: PurposeDoc, _: unknown, { catalogue }: ConsentContext) =>
    purpose.currentNoticeVersion ? catalogue.notice(purpose._id, purpose.currentNoticeVersion) : null,
};
