import { assertCanWrite } from '#kit/authorize.ts';
import { badUserInput, forbidden } from '#kit/errors.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';

/**
 * Direct changes to a profile: the customer themself, agents (with a reason) and administrators.
 * Source systems change profiles only through `upsertProfilesFromSource`.
 */
export function assertDirectWrite(viewer: Viewer, profileId: string | null, reason?: string | null): void {
  assertCanWrite(viewer, profileId);
  if (hasRole(viewer, 'system') && !hasRole(viewer, 'admin', 'agent')) {
    throw forbidden('Source systems change profiles through upsertProfilesFromSource.');
  }
  if (hasRole(viewer, 'agent') && !hasRole(viewer, 'admin') && viewer.subject !== profileId && !reason?.trim()) {
    throw badUserInput('Agents must give a reason for changing a customer’s profile.', 'reason');
  }
}

/** Marking a contact point verified is proof; customers cannot assert it about themselves. */
export function assertMayVerify(viewer: Viewer): void {
  if (!hasRole(viewer, 'admin', 'agent', 'system')) throw forbidden('Only a verification flow or staff can mark a contact point verified.');
}
