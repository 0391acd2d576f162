import { assertCanRead, assertRole } from '#kit/authorize.ts';
import { badUserInput } from '#kit/errors.ts';
import type { IdentityContext } from '../context.ts';

export const MAX_PAGE_SIZE = 500;

export const Query = {
  async profile(_: unknown, { id }: { id: string }, { viewer, loaders }: IdentityContext) {
    assertCanRead(viewer, id);
    return loaders.profile.load(id);
  },

  async profileByEmail(_: unknown, { email }: { email: string }, { viewer, profiles }: IdentityContext) {
    const profile = await profiles.findByEmail(email);
    // Answer "not found" and "not yours" alike, so the query cannot probe whose an address is.
    if (!profile) return null;
    try {
      assertCanRead(viewer, profile._id);
    } catch {
      return null;
    }
    return profile;
  },

  async profiles(_: unknown, { first, after }: { first: number; after?: string | null }, { viewer, profiles }: IdentityContext) {
    assertRole(viewer, ['admin', 'agent', 'system', 'analyst'], 'Listing profiles is for staff and systems.');
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
    }
    const page = await profiles.list({ first: first + 1, after });
    const more = page.length > first;
    const items = more ? page.slice(0, first) : page;
    return { profiles: items, nextCursor: more ? (items.at(-1)?._id ?? null) : null };
  },
};
