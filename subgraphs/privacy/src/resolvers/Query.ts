import { pageSize } from '#kit/paging.ts';
import { assertCanRead, assertRole } from '#kit/authorize.ts';
import { badUserInput } from '#kit/errors.ts';
import type { ErasureReceipt } from '../models/PrivacyRequest.ts';
import { breachImpact } from '../services/acrossSubgraphs.ts';
import { verifyReceipt } from '../services/receipts.ts';
import type { QueryResolvers } from './types.generated.ts';

export const Query: QueryResolvers = {
  async privacyRequest(_, { id }, { viewer, requests }) {
    const request = await requests.get(id);
    if (!request) return null;
    assertCanRead(viewer, request.subjectId);
    return request;
  },

  privacyRequestsByDeadline(_, { first }, { viewer, requests }) {
    assertRole(viewer, ['admin', 'agent', 'analyst'], 'The deadline list is for staff.');
    return requests.byDeadline(pageSize(first));
  },

  breachImpact(_, { input }, { viewer, contracts }) {
    assertRole(viewer, ['admin'], 'Breach response is for administrators.');
    return breachImpact(contracts, input);
  },

  verifyErasureReceipt(_, { receipt }, { receiptPublicKey }) {
    if (!receipt || typeof receipt !== 'object') throw badUserInput('receipt must be the JSON object the request returned.', 'receipt');
    return verifyReceipt(receipt as ErasureReceipt, receiptPublicKey);
  },

  erasureReceiptPublicKey: (_, __, { receiptPublicKey }) => receiptPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
};
