import { assertCanWrite, provenanceOf } from '#kit/authorize.ts';
import type { PrivacyContext } from '../context.ts';
import type { PrivacyRequestType } from '../models/PrivacyRequest.ts';

export const Mutation = {
  async openPrivacyRequest(
    _: unknown,
    { input }: { input: { profileId: string; type: PrivacyRequestType } },
    { viewer, requests }: PrivacyContext,
  ) {
    assertCanWrite(viewer, input.profileId);
    return requests.open(input.profileId, input.type, provenanceOf(viewer));
  },
};
