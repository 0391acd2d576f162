import { pageSize } from '#kit/paging.ts';
import { assertCanRead, assertRole } from '#kit/authorize.ts';
import { badUserInput } from '#kit/errors.ts';
import type { ErasureReceipt } from '../models/PrivacyRequest.ts';
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

  async breachImpact(_, { input }, { viewer, contracts }) {
    assertRole(viewer, ['admin'], 'Breach response is for administrators.');
    if (input.from > input.to) throw badUserInput('from must be before to.', 'from');
    const names = (input.subgraphs?.length ? input.subgraphs : Object.keys(contracts)).sort();
    const unknown = names.filter((name) => !(name in contracts));
    if (unknown.length) throw badUserInput(`Unknown subgraph(s): ${unknown.join(', ')}.`, 'subgraphs');
    const parts = await Promise.all(
      names.map((name) =>
        contracts[name as keyof typeof contracts].affected({
          from: input.from,
          to: input.to,
          ...(input.collections?.length ? { collections: input.collections } : {}),
        }),
      ),
    );
    const subjects = [...new Set(parts.flatMap((p) => p.subjects))].sort();
    return {
      from: input.from,
      to: input.to,
      subjects,
      count: subjects.length,
      categories: [...new Set(parts.flatMap((p) => p.categories))].sort(),
      bySubgraph: parts.map((p) => ({ subgraph: p.subgraph, count: p.subjects.length, categories: p.categories })),
    };
  },

  verifyErasureReceipt(_, { receipt }, { receiptPublicKey }) {
    if (!receipt || typeof receipt !== 'object') throw badUserInput('receipt must be the JSON object the request returned.', 'receipt');
    return verifyReceipt(receipt as ErasureReceipt, receiptPublicKey);
  },

  erasureReceiptPublicKey: (_, __, { receiptPublicKey }) => receiptPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
};
