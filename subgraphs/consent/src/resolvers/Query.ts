import { assertRole } from '#kit/authorize.ts';
import type { ConsentContext } from '../context.ts';
import type { ConsentChannel } from '../models/Purpose.ts';

export const Query = {
  purposes: (_: unknown, __: unknown, { catalogue }: ConsentContext) => catalogue.list(),
  purpose: (_: unknown, { id }: { id: string }, { catalogue }: ConsentContext) => catalogue.get(id),

  async unsubscribeToken(
    _: unknown,
    { profileId, purpose, channel }: { profileId: string; purpose: string; channel: ConsentChannel },
    { viewer, consents, directory }: ConsentContext,
  ) {
    assertRole(viewer, ['system', 'admin'], 'Unsubscribe links are made by the systems that send messages.');
    await directory?.assertExists(profileId);
    return consents.unsubscribeTokenFor(profileId, purpose, channel);
  },
};
