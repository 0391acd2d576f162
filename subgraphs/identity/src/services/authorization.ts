import { assertCanWrite } from '#kit/authorize.ts';
import { consentRequired, isThirdParty } from '#kit/disclosure.ts';
import { badUserInput, ErrorCode, forbidden, LivingProfileError } from '#kit/errors.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';
import type { IdentityContext } from '../context.ts';
import { mergedIdsOf, type ProfileView } from '../domain/profileView.ts';

/**
 * A profile as a third party (a partner) may receive it: only while consent allows one of the
 * purposes its client is registered for, for this customer and the profiles merged into them.
 * Refused: CONSENT_REQUIRED, and nothing of the profile goes anywhere (the other subgraphs never
 * get the reference). Everyone else gets the profile as their role allows.
 */
export async function disclosed(context: IdentityContext, view: ProfileView | null): Promise<ProfileView | null> {
  const { viewer, disclosure } = context;
  if (!view || !isThirdParty(viewer)) return view;
  const purposes = viewer.purposes ?? [];
  if (!purposes.length) throw forbidden(`${viewer.clientId} is registered for no purpose, so it may read no customer’s data.`);
  if (!disclosure) {
    throw new LivingProfileError(
      ErrorCode.SUBGRAPH_UNAVAILABLE,
      'Disclosures cannot be checked here (no consent service), so none is made.',
    );
  }
  const verdict = (await disclosure.verdicts([{ id: view.id, mergedIds: mergedIdsOf(view) }], purposes))[view.id];
  if (!verdict?.allowed) {
    throw consentRequired(view.id, verdict ?? { ...purposes[0]!, code: 'NO_DECISION', reason: 'no decision is recorded.' });
  }
  return view;
}

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

/**
 * Identifiers belong to the system that issued them: only that system (through
 * upsertProfilesFromSource, as itself) or staff with a reason write them. A customer who could
 * attach `crm:C-1` to their own profile would receive the CRM's next sync of whoever C-1 is.
 */
export function assertMayWriteIdentifier(viewer: Viewer, profileId: string, reason?: string | null): void {
  if (!hasRole(viewer, 'admin', 'agent')) {
    assertCanWrite(viewer, profileId);
    throw forbidden(
      'Identifiers are written by the system they belong to (upsertProfilesFromSource) or by staff; you can add your own email, phone and address.',
    );
  }
  assertDirectWrite(viewer, profileId, reason);
}
