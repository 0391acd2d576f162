import { badUserInput, forbidden, unauthenticated } from './errors.ts';
import { hasRole, type Role, type Viewer } from './viewer.ts';

/**
 * The smallest policy every subgraph enforces itself (never only at the edge): a customer reads
 * and changes only their own profile; staff and systems act on any; analysts only read.
 * Finer rules (agent reason codes, partner purposes, masking) grow here.
 */
export function assertCanRead(viewer: Viewer, subjectId: string): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  assertProfileId(subjectId);
  if (hasRole(viewer, 'admin', 'agent', 'system', 'analyst', 'partner')) return;
  if (hasRole(viewer, 'customer') && viewer.subject === subjectId) return;
  throw forbidden('You can only see your own profile.');
}

export function assertCanWrite(viewer: Viewer, subjectId: string | null): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (subjectId !== null) assertProfileId(subjectId);
  if (hasRole(viewer, 'admin', 'agent', 'system')) return;
  if (hasRole(viewer, 'customer') && subjectId !== null && viewer.subject === subjectId) return;
  throw forbidden(hasRole(viewer, 'analyst') ? 'Analysts have read-only access.' : 'You can only change your own profile.');
}

/** A profile id is 1 to 200 characters with no control characters: anything else is the caller's mistake, said as such. */
export function assertProfileId(id: string, field = 'profileId'): void {
  if (!id.trim() || id.length > 200 || /[\u0000-\u001f]/.test(id))
    throw badUserInput('A profile id is 1 to 200 printable characters.', field);
}

/** Anonymous callers are UNAUTHENTICATED; known callers without one of `roles` are FORBIDDEN. */
export function assertRole(viewer: Viewer, roles: Role[], message: string): void {
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!hasRole(viewer, ...roles)) throw forbidden(message);
}

export const assertAdmin = (viewer: Viewer): void => assertRole(viewer, ['admin'], 'Only administrators can do this.');

/**
 * A source system's batch (profiles, consents, sends) names its source: a system sends only as
 * itself (its client id), so one system can never write in another's name; administrators may
 * send for any source (a migration). `doing` says what, for the refusal.
 */
export function assertSystemActsAsItself(viewer: Viewer, source: string, doing: string): void {
  assertRole(viewer, ['system', 'admin'], `Only source systems ${doing}.`);
  if (!hasRole(viewer, 'admin') && viewer.clientId !== source)
    throw forbidden(`A system ${doing} only as itself: source must be its client id "${viewer.clientId}".`);
}

/** Provenance stamped on every write: which system, channel and actor changed it, and when. */
export interface Provenance {
  source: string;
  channel: string;
  actor: string | null;
  at: Date;
}

export const provenanceOf = (viewer: Viewer, at = new Date()): Provenance => ({
  source: viewer.clientId,
  channel: viewer.channel,
  actor: viewer.subject,
  at,
});

export interface ProfileRef {
  id: string;
}

/**
 * `Profile.__resolveReference` for subgraphs that only extend the profile: checks that the viewer
 * may read this subject and hands the representation on whole (with any `@requires` fields),
 * without a database call (each field batches its own).
 */
export const resolveProfileReference = <R extends ProfileRef>(reference: R, { viewer }: { viewer: Viewer }): R => {
  assertCanRead(viewer, reference.id);
  return reference;
};
