import { resolveProfileReference, type ProfileRef } from '#kit/authorize.ts';
import type { ConsentContext } from '../context.ts';

export const Profile = {
  __resolveReference: resolveProfileReference,

  async consents({ id }: ProfileRef, _: unknown, { loaders }: ConsentContext) {
    const record = await loaders.consentRecord.load(id);
    return Object.values(record?.decisions ?? {}).sort((a, b) => a.purpose.localeCompare(b.purpose) || a.channel.localeCompare(b.channel));
  },
};
