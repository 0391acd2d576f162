import { assertCanRead } from '#kit/authorize.ts';
import type { ConsentContext } from '../context.ts';

interface ProfileRef {
  id: string;
}

export const Profile = {
  __resolveReference({ id }: ProfileRef, { viewer }: ConsentContext): ProfileRef {
    assertCanRead(viewer, id);
    return { id };
  },

  async consents({ id }: ProfileRef, _: unknown, { loaders }: ConsentContext) {
    const record = await loaders.consentRecord.load(id);
    return Object.values(record?.decisions ?? {}).sort((a, b) => a.purpose.localeCompare(b.purpose) || a.channel.localeCompare(b.channel));
  },
};
