import { assertRole, assertSystemActsAsItself, provenanceOf } from '#kit/authorize.ts';
import { badUserInput } from '#kit/errors.ts';
import { hasRole } from '#kit/viewer.ts';
import type { Viewer } from '#kit/viewer.ts';
import { assertDirectWrite, assertMayVerify, assertMayWriteIdentifier } from '../services/authorization.ts';
import type { IdentityContext } from '../context.ts';
import type { VerificationMethod } from '../models/Profile.ts';
import type { PersonName, PostalAddressValue } from '../domain/profileView.ts';
import type { ContactInput, IdentifierInput, ProfileInput } from '../services/profileService.ts';
import type { SourceRecordInput } from '../services/sourceSync.ts';

interface EmailInput {
  address: string;
  verified?: boolean | null;
  verificationMethod?: VerificationMethod | null;
  primary?: boolean | null;
}
interface PhoneInput extends Omit<EmailInput, 'address'> {
  number: string;
}
type AddressInput = PostalAddressValue & { label?: string | null; primary?: boolean | null };

interface CreateProfileInput extends Omit<ProfileInput, 'emails' | 'phones'> {
  emails?: EmailInput[] | null;
  phones?: PhoneInput[] | null;
}

const checkVerified = (viewer: Viewer, inputs: { verified?: boolean | null }[]) => {
  if (inputs.some((i) => i.verified)) assertMayVerify(viewer);
};

/**
 * Adds an email or phone. One the customer adds is theirs to prove: it stays unverified (so it
 * finds, matches and merges nothing) and a one-time code is sent to it.
 */
async function addContactPoint({ viewer, service }: IdentityContext, profileId: string, kind: 'emails' | 'phones', input: ContactInput) {
  assertDirectWrite(viewer, profileId, 'contact point added');
  checkVerified(viewer, [input]);
  const view = await service.addContact(profileId, kind, input, provenanceOf(viewer));
  const index = service.contactIndex(kind, input.value);
  const added = view[kind].find((p) => service.contactIndex(kind, p.value) === index);
  if (!added || added.verified || !selfService(viewer)) return view;
  try {
    return await service.requestVerification(profileId, added.id, provenanceOf(viewer));
  } catch (error) {
    // A code already on its way (asked for less than a minute ago) is fine: the point was added.
    if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') return view;
    throw error;
  }
}

const selfService = (viewer: Viewer) => hasRole(viewer, 'customer') && !hasRole(viewer, 'admin', 'agent', 'system');

export const Mutation = {
  upsertProfilesFromSource(
    _: unknown,
    { source, records }: { source: string; records: SourceRecordInput[] },
    { viewer, sync }: IdentityContext,
  ) {
    assertSystemActsAsItself(viewer, source, 'upsert profiles');
    return sync.upsert(source, records, provenanceOf(viewer));
  },

  async mergeProfiles(
    _: unknown,
    { survivorId, mergedId, reason }: { survivorId: string; mergedId: string; reason: string },
    { viewer, merges, loaders }: IdentityContext,
  ) {
    assertRole(viewer, ['admin', 'agent'], 'Merging profiles is for agents and administrators.');
    if (!reason.trim()) throw badUserInput('A merge needs a reason.', 'reason');
    await merges.merge(survivorId, mergedId, reason.trim(), provenanceOf(viewer));
    return loaders.profile.load(survivorId);
  },

  async unmergeProfiles(
    _: unknown,
    { survivorId, mergedId, reason }: { survivorId: string; mergedId: string; reason: string },
    { viewer, merges, loaders }: IdentityContext,
  ) {
    assertRole(viewer, ['admin', 'agent'], 'Undoing merges is for agents and administrators.');
    if (!reason.trim()) throw badUserInput('An unmerge needs a reason.', 'reason');
    await merges.unmerge(survivorId, mergedId, reason.trim(), provenanceOf(viewer));
    return loaders.profile.loadMany([survivorId, mergedId]);
  },

  createProfile(
    _: unknown,
    { input, reason }: { input: CreateProfileInput; reason?: string | null },
    { viewer, service }: IdentityContext,
  ) {
    assertDirectWrite(viewer, null, reason);
    checkVerified(viewer, [...(input.emails ?? []), ...(input.phones ?? [])]);
    return service.create(
      {
        ...input,
        emails: input.emails?.map(({ address, ...rest }) => ({ value: address, ...rest })),
        phones: input.phones?.map(({ number, ...rest }) => ({ value: number, ...rest })),
      },
      provenanceOf(viewer),
    );
  },

  rectifyProfile(
    _: unknown,
    {
      id,
      input,
      reason,
    }: {
      id: string;
      input: { name?: PersonName | null; birthDate?: string | null; locale?: string | null; timeZone?: string | null };
      reason?: string | null;
    },
    { viewer, service }: IdentityContext,
  ) {
    assertDirectWrite(viewer, id, reason);
    return service.rectify(id, input, reason ?? null, provenanceOf(viewer));
  },

  addEmail(_: unknown, { profileId, input }: { profileId: string; input: EmailInput }, context: IdentityContext) {
    const { address, ...rest } = input;
    return addContactPoint(context, profileId, 'emails', { value: address, ...rest });
  },

  addPhone(_: unknown, { profileId, input }: { profileId: string; input: PhoneInput }, context: IdentityContext) {
    const { number, ...rest } = input;
    return addContactPoint(context, profileId, 'phones', { value: number, ...rest });
  },

  requestContactVerification(
    _: unknown,
    { profileId, contactId }: { profileId: string; contactId: string },
    { viewer, service }: IdentityContext,
  ) {
    assertDirectWrite(viewer, profileId, 'verification requested');
    return service.requestVerification(profileId, contactId, provenanceOf(viewer));
  },

  confirmContactPoint(
    _: unknown,
    { profileId, contactId, code }: { profileId: string; contactId: string; code: string },
    { viewer, service }: IdentityContext,
  ) {
    assertDirectWrite(viewer, profileId, 'verification confirmed');
    if (!/^\s*\d{6}\s*$/.test(code)) throw badUserInput('The code has six digits.', 'code');
    return service.confirmVerification(profileId, contactId, code, provenanceOf(viewer));
  },

  verifyContactPoint(
    _: unknown,
    { profileId, contactId, method }: { profileId: string; contactId: string; method: VerificationMethod },
    { viewer, service }: IdentityContext,
  ) {
    assertMayVerify(viewer);
    assertDirectWrite(viewer, profileId, 'verification');
    return service.verifyContact(profileId, contactId, method, provenanceOf(viewer));
  },

  removeContactPoint(
    _: unknown,
    { profileId, contactId, reason }: { profileId: string; contactId: string; reason?: string | null },
    { viewer, service }: IdentityContext,
  ) {
    assertDirectWrite(viewer, profileId, reason);
    return service.removeContact(profileId, contactId, reason ?? null, provenanceOf(viewer));
  },

  addAddress(_: unknown, { profileId, input }: { profileId: string; input: AddressInput }, { viewer, service }: IdentityContext) {
    assertDirectWrite(viewer, profileId, 'address added');
    return service.addAddress(profileId, input, provenanceOf(viewer));
  },

  removeAddress(
    _: unknown,
    { profileId, addressId, reason }: { profileId: string; addressId: string; reason?: string | null },
    { viewer, service }: IdentityContext,
  ) {
    assertDirectWrite(viewer, profileId, reason);
    return service.removeAddress(profileId, addressId, reason ?? null, provenanceOf(viewer));
  },

  attachIdentifier(
    _: unknown,
    { profileId, input, reason }: { profileId: string; input: IdentifierInput; reason?: string | null },
    { viewer, service }: IdentityContext,
  ) {
    assertMayWriteIdentifier(viewer, profileId, reason);
    return service.attachIdentifier(profileId, input, provenanceOf(viewer));
  },

  detachIdentifier(
    _: unknown,
    { profileId, input, reason }: { profileId: string; input: IdentifierInput; reason?: string | null },
    { viewer, service }: IdentityContext,
  ) {
    assertMayWriteIdentifier(viewer, profileId, reason);
    return service.detachIdentifier(profileId, input, reason ?? null, provenanceOf(viewer));
  },
};
