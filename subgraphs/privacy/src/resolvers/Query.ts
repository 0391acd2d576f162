import { pageSize } from '#kit/paging.ts';
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
    return requests.byDeadline(pageSize(first));
  },

  async breachImpact(
    _: unknown,
    { input }: { input: { from: Date; to: Date; subgraphs?: string[] | null; collections?: string[] | null } },
    { viewer, contracts }: PrivacyContext,
  ) {
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

  verifyErasureReceipt(_: unknown, { receipt }: { receipt: unknown }, { receiptPublicKey }: PrivacyContext) {
    if (!receipt || typeof receipt !== 'object') throw badUserInput('receipt must be the JSON object the request returned.', 'receipt');
    return verifyReceipt(receipt as ErasureReceipt, receiptPublicKey);
  },

  erasureReceiptPublicKey: (_: unknown, __: unknown, { receiptPublicKey }: PrivacyContext) =>
    receiptPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
};
