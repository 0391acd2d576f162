import { assertRole, assertSystemActsAsItself, provenanceOf } from '#kit/authorize.ts';
import { badUserInput, ErrorCode, hasCode } from '#kit/errors.ts';
import { hasRole } from '#kit/viewer.ts';
import type { Viewer } from '#kit/viewer.ts';
import { assertDirectWrite, assertMayVerify, assertMayWriteIdentifier } from '../services/authorization.ts';
import type { IdentityContext } from '../context.ts';
import { changedProfile } from '../services/loaders.ts';
import type { ContactInput } from '../services/profileService.ts';
import type { MutationResolvers } from './types.generated.ts';

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
    if (hasCode(error, ErrorCode.CONFLICT)) return view;
    throw error;
  }
}

const selfService = (viewer: Viewer) => hasRole(viewer, 'customer') && !hasRole(viewer, 'admin', 'agent', 'system');

export const Mutation: MutationResolvers = {
  upsertProfilesFromSource(_, { source, records }, { viewer, sync }) {
    assertSystemActsAsItself(viewer, source, 'upsert profiles');
    return sync.upsert(source, records, provenanceOf(viewer));
  },

  async mergeProfiles(_, { survivorId, mergedId, reason }, { viewer, merges, loaders }) {
    assertRole(viewer, ['admin', 'agent'], 'Merging profiles is for agents and administrators.');
    if (!reason.trim()) throw badUserInput('A merge needs a reason.', 'reason');
    await merges.merge(survivorId, mergedId, reason.trim(), provenanceOf(viewer));
    return changedProfile(loaders, survivorId);
  },

  async unmergeProfiles(_, { survivorId, mergedId, reason }, { viewer, merges, loaders }) {
    assertRole(viewer, ['admin', 'agent'], 'Undoing merges is for agents and administrators.');
    if (!reason.trim()) throw badUserInput('An unmerge needs a reason.', 'reason');
    await merges.unmerge(survivorId, mergedId, reason.trim(), provenanceOf(viewer));
    return Promise.all([changedProfile(loaders, survivorId), changedProfile(loaders, mergedId)]);
  },

  createProfile(_, { input, reason }, { viewer, service }) {
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

  rectifyProfile(_, { id, input, reason }, { viewer, service }) {
    assertDirectWrite(viewer, id, reason);
    return service.rectify(id, input, reason ?? null, provenanceOf(viewer));
  },

  addEmail(_, { profileId, input }, context) {
    const { address, ...rest } = input;
    return addContactPoint(context, profileId, 'emails', { value: address, ...rest });
  },

  addPhone(_, { profileId, input }, context) {
    const { number, ...rest } = input;
    return addContactPoint(context, profileId, 'phones', { value: number, ...rest });
  },

  requestContactVerification(_, { profileId, contactId }, { viewer, service }) {
    assertDirectWrite(viewer, profileId, 'verification requested');
    return service.requestVerification(profileId, contactId, provenanceOf(viewer));
  },

  confirmContactPoint(_, { profileId, contactId, code }, { viewer, service }) {
    assertDirectWrite(viewer, profileId, 'verification confirmed');
    if (!/^\s*\d{6}\s*$/.test(code)) throw badUserInput('The code has six digits.', 'code');
    return service.confirmVerification(profileId, contactId, code, provenanceOf(viewer));
  },

  verifyContactPoint(_, { profileId, contactId, method }, { viewer, service }) {
    assertMayVerify(viewer);
    assertDirectWrite(viewer, profileId, 'verification');
    return service.verifyContact(profileId, contactId, method, provenanceOf(viewer));
  },

  removeContactPoint(_, { profileId, contactId, reason }, { viewer, service }) {
    assertDirectWrite(viewer, profileId, reason);
    return service.removeContact(profileId, contactId, reason ?? null, provenanceOf(viewer));
  },

  addAddress(_, { profileId, input }, { viewer, service }) {
    assertDirectWrite(viewer, profileId, 'address added');
    return service.addAddress(profileId, input, provenanceOf(viewer));
  },

  removeAddress(_, { profileId, addressId, reason }, { viewer, service }) {
    assertDirectWrite(viewer, profileId, reason);
    return service.removeAddress(profileId, addressId, reason ?? null, provenanceOf(viewer));
  },

  attachIdentifier(_, { profileId, input, reason }, { viewer, service }) {
    assertMayWriteIdentifier(viewer, profileId, reason);
    return service.attachIdentifier(profileId, input, provenanceOf(viewer));
  },

  detachIdentifier(_, { profileId, input, reason }, { viewer, service }) {
    assertMayWriteIdentifier(viewer, profileId, reason);
    return service.detachIdentifier(profileId, input, reason ?? null, provenanceOf(viewer));
  },
};
