// Changing profiles, as callers ask through the graph: who may change what is decided here, then
// the profile, merge and sync services do it. Each function is one use case; the resolvers only
// pass their arguments on (translating the schema's address and number into a contact's value).
import { assertProfileId, assertRole, assertSystemActsAsItself, provenanceOf } from '#kit/authorize.ts';
import { badUserInput, ErrorCode, forbidden, hasCode, unauthenticated } from '#kit/errors.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';
import type { IdentityContext } from '../context.ts';
import type { PersonName, ProfileView } from '../domain/profileView.ts';
import type { VerificationMethod } from '../models/Profile.ts';
import { assertDirectWrite, assertMayVerify, assertMayWriteIdentifier } from './authorization.ts';
import { changedProfile } from './loaders.ts';
import type { AddressInput, ContactInput, IdentifierInput, ProfileInput } from './profileService.ts';
import type { SourceRecordInput } from './sourceSync.ts';

const checkVerified = (viewer: Viewer, inputs: { verified?: boolean | null }[]) => {
  if (inputs.some((i) => i.verified)) assertMayVerify(viewer);
};

const selfService = (viewer: Viewer) => hasRole(viewer, 'customer') && !hasRole(viewer, 'admin', 'agent', 'system');

/**
 * The profile after a write that may have given it a contact point another profile proved too:
 * merged by a resolution rule where one applies (the customer's own profile survives their own
 * change), and answered as it is now, or as the survivor it joined.
 */
async function resolvedAfter(context: IdentityContext, view: ProfileView): Promise<ProfileView> {
  if (![...view.emails, ...view.phones].some((p) => p.verified)) return view;
  const keep = selfService(context.viewer) ? context.viewer.subject : null;
  const { profileId, merged } = await context.resolution.resolve(view.id, { keep });
  if (!merged.length) return view;
  context.loaders.profile.clear(profileId);
  return changedProfile(context.loaders, profileId);
}

/** A source system's records, sent as itself: one result per record (kit/src/batchImport.ts). */
export function upsertFromSource({ viewer, sync }: IdentityContext, source: string, records: SourceRecordInput[]) {
  assertSystemActsAsItself(viewer, source, 'upsert profiles');
  return sync.upsert(source, records, provenanceOf(viewer));
}

/** Merges a duplicate into a survivor (staff, with a reason) and answers the survivor as it is now. */
export async function merge({ viewer, merges, loaders }: IdentityContext, survivorId: string, mergedId: string, reason: string) {
  assertRole(viewer, ['admin', 'agent'], 'Merging profiles is for agents and administrators.');
  if (!reason.trim()) throw badUserInput('A merge needs a reason.', 'reason');
  await merges.merge(survivorId, mergedId, reason.trim(), provenanceOf(viewer));
  return changedProfile(loaders, survivorId);
}

/** Undoes a merge (staff, with a reason) and answers both profiles as they are now. */
export async function unmerge({ viewer, merges, loaders }: IdentityContext, survivorId: string, mergedId: string, reason: string) {
  assertRole(viewer, ['admin', 'agent'], 'Undoing merges is for agents and administrators.');
  if (!reason.trim()) throw badUserInput('An unmerge needs a reason.', 'reason');
  await merges.unmerge(survivorId, mergedId, reason.trim(), provenanceOf(viewer));
  return Promise.all([changedProfile(loaders, survivorId), changedProfile(loaders, mergedId)]);
}

/** A new profile, by staff (with a reason) or an administrator; only staff may say a contact point is verified. */
export async function createProfile(context: IdentityContext, input: ProfileInput, reason?: string | null) {
  const { viewer, service } = context;
  assertDirectWrite(viewer, null, reason);
  checkVerified(viewer, [...(input.emails ?? []), ...(input.phones ?? [])]);
  return resolvedAfter(context, await service.create(input, provenanceOf(viewer)));
}

/** An address with one @ and a dotted domain, no spaces: what a provider's verified email must look like. */
const PLAIN_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Self-service sign-up: a signed-in customer without a profile creates their own, under their
 * sign-in's subject, with the email their identity provider verified (never one they typed).
 */
export async function signUp(
  context: IdentityContext,
  input: { name?: PersonName | null; locale?: string | null; timeZone?: string | null },
) {
  const { viewer, service } = context;
  if (viewer.roles.length === 0) throw unauthenticated();
  if (!selfService(viewer) || !viewer.subject) throw forbidden('Sign-up is for a signed-in customer creating their own profile.');
  assertProfileId(viewer.subject);
  if (!viewer.verifiedEmail)
    throw badUserInput(
      'Your sign-in carries no verified email. Verify your email with your sign-in provider, then sign up again.',
      'email',
    );
  if (viewer.verifiedEmail.length > 254 || !PLAIN_EMAIL.test(viewer.verifiedEmail))
    throw badUserInput('The email your sign-in carries is not an email address; ask your sign-in provider to correct it.', 'email');
  const emails: ContactInput[] = [{ value: viewer.verifiedEmail, verified: true, verificationMethod: 'IDENTITY_PROVIDER', primary: true }];
  const view = await service.signUp(
    viewer.subject,
    { name: input.name ?? null, locale: input.locale ?? null, timeZone: input.timeZone ?? null, emails },
    provenanceOf(viewer),
  );
  return resolvedAfter(context, view);
}

/** Art. 16: the customer (or staff, with a reason) corrects their name, birth date, locale or time zone. */
export function rectify(
  { viewer, service }: IdentityContext,
  id: string,
  input: { name?: PersonName | null; birthDate?: string | null; locale?: string | null; timeZone?: string | null },
  reason?: string | null,
) {
  assertDirectWrite(viewer, id, reason);
  return service.rectify(id, input, reason ?? null, provenanceOf(viewer));
}

/**
 * Adds an email or phone. One the customer adds is theirs to prove: it stays unverified (so it
 * finds, matches and merges nothing) and a one-time code is sent to it.
 */
export async function addContactPoint(context: IdentityContext, profileId: string, kind: 'emails' | 'phones', input: ContactInput) {
  const { viewer, service } = context;
  assertDirectWrite(viewer, profileId, 'contact point added');
  checkVerified(viewer, [input]);
  const view = await service.addContact(profileId, kind, input, provenanceOf(viewer));
  const index = service.contactIndex(kind, input.value);
  const added = view[kind].find((p) => service.contactIndex(kind, p.value) === index);
  if (added?.verified) return resolvedAfter(context, view);
  if (!added || !selfService(viewer)) return view;
  try {
    return await service.requestVerification(profileId, added.id, provenanceOf(viewer));
  } catch (error) {
    // A code already on its way (asked for less than a minute ago) is fine: the point was added.
    if (hasCode(error, ErrorCode.CONFLICT)) return view;
    throw error;
  }
}

/** Sends a one-time code to one of the profile's contact points. */
export function requestVerification({ viewer, service }: IdentityContext, profileId: string, contactId: string) {
  assertDirectWrite(viewer, profileId, 'verification requested');
  return service.requestVerification(profileId, contactId, provenanceOf(viewer));
}

/** The customer proves a contact point is theirs with the code sent to it. */
export async function confirmContactPoint(context: IdentityContext, profileId: string, contactId: string, code: string) {
  const { viewer, service } = context;
  assertDirectWrite(viewer, profileId, 'verification confirmed');
  if (!/^\s*\d{6}\s*$/.test(code)) throw badUserInput('The code has six digits.', 'code');
  return resolvedAfter(context, await service.confirmVerification(profileId, contactId, code, provenanceOf(viewer)));
}

/** Staff or a verification flow mark a contact point verified, saying how. */
export async function verifyContactPoint(context: IdentityContext, profileId: string, contactId: string, method: VerificationMethod) {
  const { viewer, service } = context;
  assertMayVerify(viewer);
  assertDirectWrite(viewer, profileId, 'verification');
  return resolvedAfter(context, await service.verifyContact(profileId, contactId, method, provenanceOf(viewer)));
}

export function removeContactPoint({ viewer, service }: IdentityContext, profileId: string, contactId: string, reason?: string | null) {
  assertDirectWrite(viewer, profileId, reason);
  return service.removeContact(profileId, contactId, reason ?? null, provenanceOf(viewer));
}

export function addAddress({ viewer, service }: IdentityContext, profileId: string, input: AddressInput) {
  assertDirectWrite(viewer, profileId, 'address added');
  return service.addAddress(profileId, input, provenanceOf(viewer));
}

export function removeAddress({ viewer, service }: IdentityContext, profileId: string, addressId: string, reason?: string | null) {
  assertDirectWrite(viewer, profileId, reason);
  return service.removeAddress(profileId, addressId, reason ?? null, provenanceOf(viewer));
}

/** Identifiers belong to the system that issued them: staff attach one with a reason (assertMayWriteIdentifier). */
export function attachIdentifier({ viewer, service }: IdentityContext, profileId: string, input: IdentifierInput, reason?: string | null) {
  assertMayWriteIdentifier(viewer, profileId, reason);
  return service.attachIdentifier(profileId, input, provenanceOf(viewer));
}

export function detachIdentifier({ viewer, service }: IdentityContext, profileId: string, input: IdentifierInput, reason?: string | null) {
  assertMayWriteIdentifier(viewer, profileId, reason);
  return service.detachIdentifier(profileId, input, reason ?? null, provenanceOf(viewer));
}
