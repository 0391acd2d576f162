import { resolveProfileReference, type ProfileRef } from '#kit/authorize.ts';
import type { ConsentContext } from '../context.ts';
import { mostRestrictive } from '../mostRestrictive.ts';

export const Profile = {
  __resolveReference: resolveProfileReference,

  async consents({ id, mergedProfileIds = [] }: ProfileRef & { mergedProfileIds?: string[] }, _: unknown, { loaders }: ConsentContext) {
    const records = await loaders.consentRecord.loadMany([id, ...mergedProfileIds]);
    const decisions = mostRestrictive(records.flatMap((r) => (r && !(r instanceof Error) ? Object.values(r.decisions) : [])));
    return decisions.sort((a, b) => a.purpose.localeCompare(b.purpose) || a.channel.localeCompare(b.channel));
  },
};
