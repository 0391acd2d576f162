import { badUserInput } from '#kit/errors.ts';
import { breachImpact } from '../services/acrossSubgraphs.ts';
import { verifyReceipt } from '../services/receipts.ts';
import { RETENTION_CATALOGUE, RETENTION_CATEGORIES, type RetentionConfig } from '#kit/retention.ts';
import type { QueryResolvers } from './types.generated.ts';

const catalogueOf = (config: RetentionConfig) =>
  RETENTION_CATEGORIES.map((category) => ({
    category,
    subgraph: RETENTION_CATALOGUE[category].subgraph,
    description: RETENTION_CATALOGUE[category].description,
    period: config.periodOf(category).period,
    action: RETENTION_CATALOGUE[category].action,
  }));

export const Query: QueryResolvers = {
  privacyRequest: (_, { id }, { viewer, requests }) => requests.get(viewer, id),

  privacyRequestsByDeadline: (_, { first }, { viewer, requests }) => requests.byDeadline(viewer, first),

  breachImpact: (_, { input }, { viewer, contracts }) => breachImpact(contracts, viewer, input),

  verifyErasureReceipt(_, { receipt }, { receiptPublicKey }) {
    if (!receipt || typeof receipt !== 'object') throw badUserInput('receipt must be the JSON object the request returned.', 'receipt');
    return verifyReceipt(receipt, receiptPublicKey);
  },

  erasureReceiptPublicKey: (_, __, { receiptPublicKey }) => receiptPublicKey.export({ format: 'pem', type: 'spki' }).toString(),

  transferDestinations: (_, __, { viewer, transfers }) => transfers.list(viewer),

  retentionCatalogue: (_, __, { retention }) => catalogueOf(retention),

  breaches: (_, { overdue, includeClosed }, { viewer, breaches }) => breaches.list(viewer, { overdue, includeClosed }),

  breach: (_, { id }, { viewer, breaches }) => breaches.get(viewer, id),
};
