import { randomUUID } from 'node:crypto';
import { assertCanRead, assertCanWrite, assertRole, provenanceOf } from '#kit/authorize.ts';
import { openJson } from '#kit/crypto/envelope.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { badUserInput, conflict, forbidden, notFound } from '#kit/errors.ts';
import type { Locks } from '#kit/locks.ts';
import { pageSize } from '#kit/paging.ts';
import type { ProfileDirectory } from '#kit/profileDirectory.ts';
import { hasRole, isAnalystOnly, type Viewer } from '#kit/viewer.ts';
import { CONTRACT_SUBGRAPHS } from '../config.ts';
import { addMonths, dueDateFor, MAX_EXTENSION_MONTHS } from '../domain/deadlines.ts';
import {
  closedKey,
  DECIDED_TYPES,
  isClosed,
  isWithdrawable,
  liftPlan,
  MANUAL_TYPES,
  openKeyOf,
  plan,
  requestCompletedEvent,
  requestWithdrawnEvent,
} from '../domain/requests.ts';
import type { PrivacyRequestDoc, PrivacyRequestType } from '../models/PrivacyRequest.ts';
import type { RequestStore } from '../store/requestStore.ts';
import type { ExportDocument } from './exportDocument.ts';
import type { TransferService } from './transfers.ts';

/** What opening a request takes: whose, which right, how an agent checked who asked, and the purpose of an objection. */
export interface OpenRequest {
  profileId: string;
  type: PrivacyRequestType;
  identityCheck?: { method: string; reference?: string | null } | null;
  purpose?: string | null;
  /** The contested automated decision of a human review. */
  decisionId?: string | null;
  /** A portable export sent straight to this registered destination (another controller). */
  transferTo?: string | null;
}

/** Why a request that has begun to change something is carried through instead of withdrawn, per type. */
const WHY_NOT_WITHDRAWABLE: Record<PrivacyRequestType, string> = {
  ACCESS: 'This request can no longer be withdrawn.',
  PORTABILITY: 'This request can no longer be withdrawn.',
  RECTIFICATION: 'This request can no longer be withdrawn.',
  ERASURE: 'The erasure has begun in some of our systems and cannot be stopped part-way: it will be completed.',
  RESTRICTION: 'Processing is already being restricted: ask for the restriction to be lifted instead.',
  OBJECTION: 'The objection is already being recorded: once it is, you can withdraw it in your consents.',
  AUTOMATED_DECISION_OPT_OUT: 'The opt-out is already being recorded: once it is, you can change it in your consents.',
  RESTRICTION_LIFT: 'The restriction is already being lifted.',
  HUMAN_REVIEW: 'This request can no longer be withdrawn.',
};

/**
 * Rights requests as the people they concern and the staff who handle them see them: who may do
 * what is decided here. `writes` is the per-request queue the orchestrator and the outbox relay
 * use too: FerretDB applies updates as read-modify-write, so two unqueued writes to one request
 * could lose one. `directory`: where a profile id is checked before a request about it is opened
 * (identity; unset when the subgraph is tested on its own).
 */
export class RequestService {
  readonly #requests: RequestStore;
  readonly #writes: Locks;
  readonly #keys: SubjectKeyStore;
  readonly #directory: ProfileDirectory | undefined;
  readonly #transfers: TransferService;

  constructor(requests: RequestStore, writes: Locks, keys: SubjectKeyStore, transfers: TransferService, directory?: ProfileDirectory) {
    this.#requests = requests;
    this.#writes = writes;
    this.#keys = keys;
    this.#transfers = transfers;
    this.#directory = directory;
  }

  /**
   * A request's export, opened with its subject's key (null before it is ready, or once the key
   * is shredded). It is the person's whole data, unmasked by nature: never for analysts.
   */
  async exportOf(viewer: Viewer, request: PrivacyRequestDoc): Promise<ExportDocument | null> {
    if (isAnalystOnly(viewer)) throw forbidden('Exports are for the customer and staff handling the request, not for analysts.');
    if (!request.exportSealed) return null;
    const key = (await this.#keys.keysFor([request.subjectId])).get(request.subjectId);
    if (!key) return null;
    return openJson<ExportDocument>(key, request.exportSealed, `privacy|${request._id}|export`);
  }

  /** Every request about these subjects (the per-request loader's batch). */
  findBySubjects(subjectIds: readonly string[]) {
    return this.#requests.bySubjects(subjectIds);
  }

  /** A request, for someone who may read its subject's data; null when there is none. */
  async get(viewer: Viewer, id: string): Promise<PrivacyRequestDoc | null> {
    const request = await this.#requests.get(id);
    if (!request) return null;
    assertCanRead(viewer, request.subjectId);
    return request;
  }

  /** Open requests, the nearest deadline first (so overdue ones lead): staff's work list. */
  async byDeadline(viewer: Viewer, first: number): Promise<PrivacyRequestDoc[]> {
    assertRole(viewer, ['admin', 'agent', 'analyst'], 'The deadline list is for staff.');
    const open = await this.#requests.open();
    return open.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a._id.localeCompare(b._id)).slice(0, pageSize(first));
  }

  /**
   * Opens a request, or returns the open one of the same type (merged, not doubled). The unique
   * `openKey` makes this safe under concurrent submissions without a transaction. The customer
   * opens their own; an agent opening one for a customer records how their identity was checked.
   */
  async open(
    viewer: Viewer,
    { profileId: subjectId, type, identityCheck = null, purpose = null, decisionId = null, transferTo = null }: OpenRequest,
  ): Promise<PrivacyRequestDoc> {
    assertCanWrite(viewer, subjectId);
    const onBehalf = viewer.subject !== subjectId;
    if (onBehalf && hasRole(viewer, 'agent') && !identityCheck?.method?.trim()) {
      throw badUserInput('Record how the customer’s identity was checked before opening a request for them.', 'identityCheck');
    }
    await this.#directory?.assertExists(subjectId);
    const provenance = provenanceOf(viewer);
    if (type === 'OBJECTION' && !purpose?.trim()) throw badUserInput('Say which purpose the customer objects to.', 'purpose');
    if (type === 'HUMAN_REVIEW' && !decisionId?.trim())
      throw badUserInput('Say which automated decision to review (an id from offerDecisions).', 'decisionId');
    if (type === 'RESTRICTION_LIFT' && (await this.#requests.byOpenKey(`${subjectId}:RESTRICTION`))) {
      throw conflict('The request to restrict processing is still open: withdraw it instead, or ask for the lift once it is done.');
    }
    if (transferTo && type !== 'PORTABILITY') throw badUserInput('Only a portability request is sent to another controller.', 'transferTo');
    if (transferTo) await this.#transfers.activeDestination(transferTo);
    const openKey = openKeyOf(subjectId, type, { purpose, decisionId, transferTo });
    const doc: PrivacyRequestDoc = {
      _id: randomUUID(),
      subjectId,
      type,
      purpose: type === 'OBJECTION' ? purpose : null,
      decisionId: type === 'HUMAN_REVIEW' ? decisionId : null,
      transferTo,
      status: 'RECEIVED',
      openKey,
      receivedAt: provenance.at,
      dueAt: dueDateFor(provenance.at),
      identityCheck: identityCheck && { ...identityCheck, by: provenance },
      steps: plan(type, provenance.at, CONTRACT_SUBGRAPHS, transferTo),
      nextRunAt: MANUAL_TYPES.includes(type) || DECIDED_TYPES.includes(type) ? null : provenance.at,
      events: [{ type: 'REQUEST_RECEIVED', at: provenance.at }],
      lastChangedBy: provenance,
    };
    if (await this.#requests.insert(doc)) return doc;
    const existing = await this.#requests.byOpenKey(openKey);
    // Closed meanwhile: the next submission opens a new one.
    if (!existing) throw conflict('A request of this type was just closed; submit it again.');
    return existing;
  }

  /** Art. 12(3): up to two further months in all, with the reason the customer is told. Staff only. */
  extend(viewer: Viewer, id: string, months: number, reason: string): Promise<PrivacyRequestDoc> {
    assertRole(viewer, ['admin', 'agent'], 'Extending a deadline is for staff.');
    const provenance = provenanceOf(viewer);
    return this.#writes.run(id, async () => {
      const request = await this.#open(id);
      const total = (request.extension?.months ?? 0) + months;
      if (!Number.isInteger(months) || months < 1 || total > MAX_EXTENSION_MONTHS) {
        throw badUserInput(`A request can be extended by ${MAX_EXTENSION_MONTHS} months at most in all.`, 'months');
      }
      if (!reason.trim()) throw badUserInput('Tell the customer why the request needs more time.', 'reason');
      const extension = { months: total, reason: reason.trim(), by: provenance };
      await this.#requests.update(id, {
        $set: { extension, dueAt: addMonths(dueDateFor(request.receivedAt), total), nearDeadlineAt: null, lastChangedBy: provenance },
        $push: { events: { type: 'REQUEST_EXTENDED', at: provenance.at } },
      });
      return this.#reread(id);
    });
  }

  /**
   * Closes a request staff handled themselves, or rejects one (with the reason). Approving a request
   * staff decide (a lift of a restriction) hands it to the orchestrator, which completes it once
   * every subgraph has confirmed; the note is what the customer is told first (Art. 18(3)). Staff only.
   */
  resolve(
    viewer: Viewer,
    id: string,
    outcome: 'COMPLETED' | 'REJECTED',
    note: string,
    reviewOutcome: PrivacyRequestDoc['reviewOutcome'] = null,
  ): Promise<PrivacyRequestDoc> {
    assertRole(viewer, ['admin', 'agent'], 'Resolving requests is for staff.');
    const provenance = provenanceOf(viewer);
    return this.#writes.run(id, async () => {
      const request = await this.#open(id);
      const decided = DECIDED_TYPES.includes(request.type);
      if (outcome === 'COMPLETED' && !MANUAL_TYPES.includes(request.type) && !decided)
        throw conflict('This request is carried out automatically; it completes when every subgraph has confirmed.');
      if (decided && request.status === 'IN_PROGRESS') throw conflict('This request was already approved; it is being carried out.');
      if (!note.trim()) throw badUserInput('Say what was done, or why the request is rejected.', 'note');
      const reviewed = request.type === 'HUMAN_REVIEW' && outcome === 'COMPLETED';
      if (reviewed && !reviewOutcome) throw badUserInput('Say what the review concluded: the decision upheld or changed.', 'reviewOutcome');
      if (!reviewed && reviewOutcome) throw badUserInput('Only a completed human review has a review outcome.', 'reviewOutcome');
      if (outcome === 'COMPLETED' && decided) {
        await this.#requests.update(id, {
          $set: {
            status: 'IN_PROGRESS',
            steps: liftPlan(provenance.at, CONTRACT_SUBGRAPHS),
            nextRunAt: provenance.at,
            resolution: { note: note.trim(), by: provenance },
            lastChangedBy: provenance,
          },
          $push: { events: { type: 'REQUEST_APPROVED', at: provenance.at } },
        });
        return this.#reread(id);
      }
      await this.#requests.update(id, {
        $set: {
          status: outcome,
          openKey: closedKey(id),
          nextRunAt: null,
          completedAt: provenance.at,
          resolution: { note: note.trim(), by: provenance },
          ...(reviewed ? { reviewOutcome } : {}),
          lastChangedBy: provenance,
        },
        $push: {
          events: { type: `REQUEST_${outcome}`, at: provenance.at },
          ...(outcome === 'COMPLETED' ? { outbox: requestCompletedEvent(request, provenance.at) } : {}),
        },
      });
      return this.#reread(id);
    });
  }

  /**
   * Staff lifted the restriction themselves (liftProcessingRestriction, confirmed everywhere): a lift
   * the customer asked for that still waits for a decision is thereby granted, with the reason they
   * were told. One already approved completes as the orchestrator confirms it.
   */
  async liftGranted(viewer: Viewer, subjectId: string, reason: string): Promise<void> {
    const waiting = await this.#requests.byOpenKey(openKeyOf(subjectId, 'RESTRICTION_LIFT', {}));
    if (!waiting || waiting.status !== 'RECEIVED') return;
    const provenance = provenanceOf(viewer);
    await this.#writes.run(waiting._id, async () => {
      const request = await this.#requests.get(waiting._id);
      if (!request || request.status !== 'RECEIVED') return;
      await this.#requests.update(request._id, {
        $set: {
          status: 'COMPLETED',
          openKey: closedKey(request._id),
          nextRunAt: null,
          completedAt: provenance.at,
          resolution: { note: reason.trim(), by: provenance },
          lastChangedBy: provenance,
        },
        $push: { events: { type: 'REQUEST_COMPLETED', at: provenance.at }, outbox: requestCompletedEvent(request, provenance.at) },
      });
    });
  }

  /** Gives an open request to a staff member to handle (the caller when no one is named). Staff only. */
  assign(viewer: Viewer, id: string, assignee?: string | null): Promise<PrivacyRequestDoc> {
    assertRole(viewer, ['admin', 'agent'], 'Assigning requests is for staff.');
    const to = assignee?.trim() || viewer.subject;
    if (!to) throw badUserInput('Name the staff member to assign the request to.', 'assignee');
    const provenance = provenanceOf(viewer);
    return this.#writes.run(id, async () => {
      await this.#open(id);
      await this.#requests.update(id, {
        $set: { assignment: { to, by: provenance }, lastChangedBy: provenance },
        $push: { events: { type: 'REQUEST_ASSIGNED', at: provenance.at } },
      });
      return this.#reread(id);
    });
  }

  /**
   * The customer takes a request back (or staff for them), while nothing it changes has been
   * started (`isWithdrawable`). Under the request's lock, so the orchestrator cannot start a step
   * between the check and the write. Whatever was gathered for it (a copy in the making, the
   * values captured to check an erasure) is dropped with it.
   */
  withdraw(viewer: Viewer, id: string, reason?: string | null): Promise<PrivacyRequestDoc> {
    const provenance = provenanceOf(viewer);
    return this.#writes.run(id, async () => {
      const request = await this.#requests.get(id);
      if (!request) throw notFound('Privacy request');
      assertCanWrite(viewer, request.subjectId);
      if (isClosed(request)) throw conflict('This request is already closed.');
      if (!isWithdrawable(request)) throw conflict(WHY_NOT_WITHDRAWABLE[request.type]);
      const note = reason?.trim();
      await this.#requests.update(id, {
        $set: {
          status: 'WITHDRAWN',
          openKey: closedKey(id),
          nextRunAt: null,
          completedAt: provenance.at,
          resolution: note ? { note, by: provenance, withdrawn: true } : null,
          steps: request.steps.map((step) => ({ ...step, sealedResult: null })),
          exportSealed: null,
          captureSealed: null,
          lastChangedBy: provenance,
        },
        $push: { events: { type: 'REQUEST_WITHDRAWN', at: provenance.at }, outbox: requestWithdrawnEvent(request, provenance.at) },
      });
      return this.#reread(id);
    });
  }

  /** A request that is still open, or why it cannot be changed. */
  async #open(id: string): Promise<PrivacyRequestDoc> {
    const request = await this.#requests.get(id);
    if (!request) throw notFound('Privacy request');
    if (isClosed(request)) throw conflict('This request is already closed.');
    return request;
  }

  /** The request as just written, under its lock. */
  async #reread(id: string): Promise<PrivacyRequestDoc> {
    const request = await this.#requests.get(id);
    if (!request) throw notFound('Privacy request');
    return request;
  }
}
