import * as commands from '../services/commands.ts';
import type { MutationResolvers } from './types.generated.ts';

// The schema names an email's `address` and a phone's `number`; to the services both are a contact point's value.
const email = <R extends { address: string }>({ address, ...rest }: R) => ({ value: address, ...rest });
const phone = <R extends { number: string }>({ number, ...rest }: R) => ({ value: number, ...rest });

export const Mutation: MutationResolvers = {
  upsertProfilesFromSource: (_, { source, records }, context) => commands.upsertFromSource(context, source, records),
  mergeProfiles: (_, { survivorId, mergedId, reason }, context) => commands.merge(context, survivorId, mergedId, reason),
  unmergeProfiles: (_, { survivorId, mergedId, reason }, context) => commands.unmerge(context, survivorId, mergedId, reason),
  defineResolutionRule: (_, { input }, { viewer, resolution }) => resolution.define(viewer, input),
  retireResolutionRule: (_, { id }, { viewer, resolution }) => resolution.retire(viewer, id),
  createProfile: (_, { input, reason }, context) =>
    commands.createProfile(context, { ...input, emails: input.emails?.map(email), phones: input.phones?.map(phone) }, reason),
  signUp: (_, { input }, context) => commands.signUp(context, input),
  rectifyProfile: (_, { id, input, reason }, context) => commands.rectify(context, id, input, reason),
  addEmail: (_, { profileId, input }, context) => commands.addContactPoint(context, profileId, 'emails', email(input)),
  addPhone: (_, { profileId, input }, context) => commands.addContactPoint(context, profileId, 'phones', phone(input)),
  requestContactVerification: (_, { profileId, contactId }, context) => commands.requestVerification(context, profileId, contactId),
  confirmContactPoint: (_, { profileId, contactId, code }, context) => commands.confirmContactPoint(context, profileId, contactId, code),
  verifyContactPoint: (_, { profileId, contactId, method }, context) => commands.verifyContactPoint(context, profileId, contactId, method),
  removeContactPoint: (_, { profileId, contactId, reason }, context) => commands.removeContactPoint(context, profileId, contactId, reason),
  addAddress: (_, { profileId, input }, context) => commands.addAddress(context, profileId, input),
  removeAddress: (_, { profileId, addressId, reason }, context) => commands.removeAddress(context, profileId, addressId, reason),
  attachIdentifier: (_, { profileId, input, reason }, context) => commands.attachIdentifier(context, profileId, input, reason),
  detachIdentifier: (_, { profileId, input, reason }, context) => commands.detachIdentifier(context, profileId, input, reason),
};
