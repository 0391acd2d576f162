// What a privacy request is, as rules with no I/O: the steps each type fans out into, the key a
// closed request holds, the events its life sends, which types staff carry out themselves.
import { domainEvent } from '#kit/events/outbox.ts';
import type { ContractSubgraph } from '../config.ts';
import type { PrivacyRequestDoc, PrivacyRequestType, RequestStep, StepOperation } from '../models/PrivacyRequest.ts';

/**
 * A closed request's `openKey`: unique per request, so it never blocks a new request of the same
 * type, and the index never has to tell a missing field from a null one.
 */
export const closedKey = (requestId: string) => `closed:${requestId}`;

/** Requests staff act on themselves; the others are carried out by the orchestrator. */
export const MANUAL_TYPES: PrivacyRequestType[] = ['RECTIFICATION', 'HUMAN_REVIEW'];

/** Requests staff decide before the orchestrator carries them out (approved with resolvePrivacyRequest). */
export const DECIDED_TYPES: PrivacyRequestType[] = ['RESTRICTION_LIFT'];

/** A request no longer open: nothing more happens to it. */
export const isClosed = (request: Pick<PrivacyRequestDoc, 'status'>) =>
  request.status === 'COMPLETED' || request.status === 'REJECTED' || request.status === 'WITHDRAWN';

/** Steps that change the subject's data or its processing, or disclose it (a transfer); the others only read. */
const CHANGING: readonly StepOperation[] = ['erase', 'restrict', 'lift', 'recordChoice', 'transfer'];

/**
 * Whether the customer may still take the request back: open, and no step that changes anything
 * has been tried (a tried step may have acted in its subgraph even if it failed after). An erasure
 * under way is carried through, since half an erasure is neither kept nor gone; a restriction is
 * undone by asking to lift it.
 */
export const isWithdrawable = (request: Pick<PrivacyRequestDoc, 'status' | 'steps'>) =>
  !isClosed(request) && !request.steps.some((step) => CHANGING.includes(step.operation) && (step.attempts > 0 || step.status === 'DONE'));

/** What subscribers hear when a request is completed: its id and type, nothing of its content. */
export const requestCompletedEvent = (request: Pick<PrivacyRequestDoc, '_id' | 'subjectId' | 'type'>, at: Date) =>
  domainEvent('privacy', 'privacy_request.completed', request.subjectId, at, { requestId: request._id, requestType: request.type });

/** A request taken back: subscribers (a ticketing system) stop working on it. */
export const requestWithdrawnEvent = (request: Pick<PrivacyRequestDoc, '_id' | 'subjectId' | 'type'>, at: Date) =>
  domainEvent('privacy', 'privacy_request.withdrawn', request.subjectId, at, { requestId: request._id, requestType: request.type });

/** Staff are reminded when an open request nears its due date; a ticketing system may want to hear it too. */
export const requestNearDeadlineEvent = (request: Pick<PrivacyRequestDoc, '_id' | 'subjectId' | 'type' | 'dueAt'>, at: Date) =>
  domainEvent('privacy', 'privacy_request.near_deadline', request.subjectId, at, {
    requestId: request._id,
    requestType: request.type,
    dueAt: request.dueAt.toISOString(),
  });

/** A step not tried yet, due at `now`. */
const pendingStep = (subgraph: string, operation: StepOperation, phase: number, now: Date): RequestStep => ({
  subgraph,
  operation,
  phase,
  status: 'PENDING',
  attempts: 0,
  nextAttemptAt: now,
});

/**
 * The steps each type of request fans out into, phase by phase. A portable export sent straight
 * to another controller (`transferTo`) is sent once everything is gathered.
 */
export function plan(
  type: PrivacyRequestDoc['type'],
  now: Date,
  remote: readonly ContractSubgraph[],
  transferTo: string | null = null,
): RequestStep[] {
  const step = (subgraph: string, operation: StepOperation, phase: number) => pendingStep(subgraph, operation, phase, now);
  const everywhere = [...remote, 'privacy'];
  switch (type) {
    case 'ACCESS':
    case 'PORTABILITY':
      // Identity first: it names the profiles merged into the subject, whose data the others then export too.
      return [
        ...everywhere.flatMap((name) => {
          const phase = name === 'identity' ? 1 : 2;
          return [step(name, 'export', phase), step(name, 'inventory', phase)];
        }),
        ...(type === 'PORTABILITY' && transferTo ? [step('privacy', 'transfer', 3)] : []),
      ];
    case 'ERASURE':
      return [
        step('identity', 'export', 1),
        ...remote.map((name) => step(name, 'erase', 2)),
        ...remote.map((name) => step(name, 'inventory', 3)),
        step('identity', 'locate', 3),
      ];
    case 'RESTRICTION':
      return remote.map((name) => step(name, 'restrict', 1));
    case 'RESTRICTION_LIFT':
      // Planned when staff approve it (liftPlan); until then the request waits for their decision.
      return [];
    case 'OBJECTION':
    case 'AUTOMATED_DECISION_OPT_OUT':
      // Consent holds these choices; every other subgraph reads them through federation.
      return [step('consent', 'recordChoice', 1)];
    case 'HUMAN_REVIEW':
      // A person reviews the decision; offer reads the open request and decides nothing automatically meanwhile.
      return [];
    case 'RECTIFICATION':
      // Rectification is done by staff (or the customer) with identity's rectifyProfile; the
      // request tracks the deadline until it is resolved.
      return [];
  }
}

/** What an approved lift fans out into: the restriction lifted where it was set. */
export const liftPlan = (now: Date, remote: readonly ContractSubgraph[]): RequestStep[] =>
  remote.map((subgraph) => pendingStep(subgraph, 'lift', 1, now));

/**
 * The key that keeps one request open per subject and type: per purpose for an objection, per
 * decision for a review, per destination for a portable export sent to another controller.
 */
export function openKeyOf(
  subjectId: string,
  type: PrivacyRequestType,
  {
    purpose = null,
    decisionId = null,
    transferTo = null,
  }: { purpose?: string | null; decisionId?: string | null; transferTo?: string | null },
): string {
  if (type === 'OBJECTION') return `${subjectId}:${type}:${purpose}`;
  if (type === 'HUMAN_REVIEW') return `${subjectId}:${type}:${decisionId}`;
  if (type === 'PORTABILITY' && transferTo) return `${subjectId}:${type}:to:${transferTo}`;
  return `${subjectId}:${type}`;
}

/** Whether any of these requests is an open human review: decisions of that kind wait for the person. */
export const underHumanReview = (requests: readonly Pick<PrivacyRequestDoc, 'type' | 'status'>[]) =>
  requests.some((r) => r.type === 'HUMAN_REVIEW' && !isClosed(r));
