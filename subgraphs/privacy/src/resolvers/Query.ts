import { assertCanRead, assertRole } from '#kit/authorize.ts';
import { badUserInput } from '#kit/errors.ts';
import type { PrivacyContext } from '../context.ts';
import type { ErasureReceipt } from '../models/PrivacyRequest.ts';
import { verifyReceipt } from '../services/receipts.ts';

export const Query = {
  async privacyRequest(_: unknown, { id }: { id: string }, { viewer, requests }: PrivacyContext) {
    const request = await requests.get(id);
    if (!request) return null;
    assertCanRead(viewer, request.subjectId);
    return request;
  },

  privacyRequestsByDeadline(_: unknown, { first }: { first: number }, { viewer, requests }: PrivacyContext) {
    assertRole(viewer, ['admin', 'agent', 'analyst'], 'The deadline list is for staff.');
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badUserInput('first must be between 1 and 500.', 'first');
    return requests.byDeadline(first);
  },

  verifyErasureReceipt(_: unknown, { receipt }: { receipt: unknown }, { receiptPublicKey }: PrivacyContext) {
    if (!receipt || typeof receipt !== 'object') throw badUserInput('receipt must be the JSON object the request returned.', 'receipt');
    return verifyReceipt(receipt as ErasureReceipt, receiptPublicKey);
  },

  erasureReceiptPublicKey: (_: unknown, __: unknown, { receiptPublicKey }: PrivacyContext) =>
    receiptPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
};
