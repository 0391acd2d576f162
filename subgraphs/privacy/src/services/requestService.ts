import { randomUUID } from 'node:crypto';
import type { Provenance } from '#kit/authorize.ts';
import { badUserInput, conflict, notFound } from '#kit/errors.ts';
import type { Locks } from '#kit/locks.ts';
import { CONTRACT_SUBGRAPHS } from '../config.ts';
import { addMonths, dueDateFor, MAX_EXTENSION_MONTHS } from '../domain/deadlines.ts';
import { closedKey, MANUAL_TYPES, plan, requestCompletedEvent } from '../domain/requests.ts';
import type { PrivacyRequestDoc, PrivacyRequestType } from '../models/PrivacyRequest.ts';
import type { RequestStore } from '../store/requestStore.ts';

/**
 * `writes` is the per-request queue the orchestrator and the outbox relay use too: FerretDB applies
 * updates as read-modify-write, so two unqueued writes to one request could lose one.
 */
export function requestService(requests: RequestStore, writes: Locks) {
  return {
    findBySubjects: (subjectIds: readonly string[]) => requests.bySubjects(subjectIds),

    get: (id: string) => requests.get(id),

    /** Open requests, the nearest deadline first (so overdue ones lead). */
    byDeadline: async (first: number) =>
      (await requests.open()).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a._id.localeCompare(b._id)).slice(0, first),

    /**
     * Opens a request, or returns the open one of the same type (merged, not doubled). The unique
     * `openKey` makes this safe under concurrent submissions without a transaction.
     */
    async open(
      subjectId: string,
      type: PrivacyRequestType,
      provenance: Provenance,
      identityCheck: { method: string; reference?: string | null } | null,
      purpose: string | null = null,
    ): Promise<PrivacyRequestDoc> {
      if (type === 'OBJECTION' && !purpose?.trim()) throw badUserInput('Say which purpose the customer objects to.', 'purpose');
      const openKey = type === 'OBJECTION' ? `${subjectId}:${type}:${purpose}` : `${subjectId}:${type}`;
      const doc: PrivacyRequestDoc = {
        _id: randomUUID(),
        subjectId,
        type,
        purpose: type === 'OBJECTION' ? purpose : null,
        status: 'RECEIVED',
        openKey,
        receivedAt: provenance.at,
        dueAt: dueDateFor(provenance.at),
        identityCheck: identityCheck && { ...identityCheck, by: provenance },
        steps: plan(type, provenance.at, CONTRACT_SUBGRAPHS),
        nextRunAt: MANUAL_TYPES.includes(type) ? null : provenance.at,
        events: [{ type: 'REQUEST_RECEIVED', at: provenance.at }],
        lastChangedBy: provenance,
      };
      if (await requests.insert(doc)) return doc;
      const existing = await requests.byOpenKey(openKey);
      // Closed meanwhile: the next submission opens a new one.
      if (!existing) throw conflict('A request of this type was just closed; submit it again.');
      return existing;
    },

    /** Art. 12(3): up to two further months in all, with the reason the customer is told. */
    extend: (id: string, months: number, reason: string, provenance: Provenance): Promise<PrivacyRequestDoc> =>
      writes.run(id, async () => {
        const request = await requests.get(id);
        if (!request) throw notFound('Privacy request');
        if (request.status === 'COMPLETED' || request.status === 'REJECTED') throw conflict('This request is already closed.');
        const total = (request.extension?.months ?? 0) + months;
        if (!Number.isInteger(months) || months < 1 || total > MAX_EXTENSION_MONTHS) {
          throw badUserInput(`A request can be extended by ${MAX_EXTENSION_MONTHS} months at most in all.`, 'months');
        }
        if (!reason.trim()) throw badUserInput('Tell the customer why the request needs more time.', 'reason');
        const extension = { months: total, reason: reason.trim(), by: provenance };
        await requests.update(id, {
          $set: { extension, dueAt: addMonths(dueDateFor(request.receivedAt), total), nearDeadlineAt: null, lastChangedBy: provenance },
          $push: { events: { type: 'REQUEST_EXTENDED', at: provenance.at } },
        });
        return (await requests.get(id))!;
      }),

    /** Closes a request staff handled themselves, or rejects one (with the reason). */
    resolve: (id: string, outcome: 'COMPLETED' | 'REJECTED', note: string, provenance: Provenance): Promise<PrivacyRequestDoc> =>
      writes.run(id, async () => {
        const request = await requests.get(id);
        if (!request) throw notFound('Privacy request');
        if (request.status === 'COMPLETED' || request.status === 'REJECTED') throw conflict('This request is already closed.');
        if (outcome === 'COMPLETED' && !MANUAL_TYPES.includes(request.type))
          throw conflict('This request is carried out automatically; it completes when every subgraph has confirmed.');
        if (!note.trim()) throw badUserInput('Say what was done, or why the request is rejected.', 'note');
        await requests.update(id, {
          $set: {
            status: outcome,
            openKey: closedKey(id),
            nextRunAt: null,
            completedAt: provenance.at,
            resolution: { note: note.trim(), by: provenance },
            lastChangedBy: provenance,
          },
          $push: {
            events: { type: `REQUEST_${outcome}`, at: provenance.at },
            ...(outcome === 'COMPLETED' ? { outbox: requestCompletedEvent(request, provenance.at) } : {}),
          },
        });
        return (await requests.get(id))!;
      }),
  };
}

export type RequestService = ReturnType<typeof requestService>;
