import { assertCanWrite, provenanceOf } from '#kit/authorize.ts';
import type { ConsentContext } from '../context.ts';
import { assertPurposeKey } from '../errors.ts';
import type { ConsentChannel, ConsentStatus } from '../models/ConsentRecord.ts';

interface SetConsentInput {
  profileId: string;
  purpose: string;
  channel: ConsentChannel;
  status: ConsentStatus;
}

export const Mutation = {
  async setConsent(_: unknown, { input }: { input: SetConsentInput }, { viewer, consents }: ConsentContext) {
    assertCanWrite(viewer, input.profileId);
    assertPurposeKey(input.purpose);
    return consents.setDecision(input.profileId, input, provenanceOf(viewer));
  },
};
