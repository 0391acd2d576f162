import { assertCanRead, assertRole } from '#kit/authorize.ts';
import { badUserInput, forbidden, unauthenticated } from '#kit/errors.ts';
import { pageSize } from '#kit/paging.ts';
import { hasRole } from '#kit/viewer.ts';
import { disclosed } from '../services/authorization.ts';
import type { IdentityContext } from '../context.ts';
import type { ProfileView } from '../domain/profileView.ts';
import type { QueryResolvers } from './types.generated.ts';

const STAFF = ['admin', 'agent', 'system', 'analyst'] as const;

const live = (views: (ProfileView | null | Error)[]) =>
  views.filter((v): v is ProfileView => v !== null && !(v instanceof Error) && (v.status === 'ACTIVE' || v.status === 'RESTRICTED'));

/**
 * Live profiles where this email or phone is verified, oldest first. A contact point nobody proved
 * finds nothing: anyone can type someone else's address into their own profile.
 */
async function verifiedHolders({ loaders, service }: IdentityContext, kind: 'emails' | 'phones', value: string): Promise<ProfileView[]> {
  const index = service.contactIndex(kind, value);
  const candidates = live(await loaders.profile.loadMany(await service.idsByContact(kind, value)));
  return candidates
    .filter((p) => p[kind].some((c) => c.verified && service.contactIndex(kind, c.value) === index))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export const Query: QueryResolvers = {
  async duplicateCandidates(_, { profileId }, { viewer, merges, loaders }) {
    assertRole(viewer, ['admin', 'agent', 'analyst'], 'Finding duplicates is for staff.');
    const candidates = await merges.duplicatesOf(profileId);
    const views = await loaders.profile.loadMany(candidates.map((c) => c.id));
    return candidates.flatMap((c, i) => {
      const profile = views[i];
      return profile && !(profile instanceof Error) ? [{ profile, reasons: c.reasons }] : [];
    });
  },

  mergeChanges(_, { since, first }, { viewer, merges }) {
    assertRole(viewer, [...STAFF], 'The merge feed is for systems and staff.');
    return merges.changesSince(since, pageSize(first));
  },

  me(_, __, { viewer, loaders }) {
    if (viewer.roles.length === 0) throw unauthenticated();
    return hasRole(viewer, 'customer') && viewer.subject ? loaders.profile.load(viewer.subject) : null;
  },

  async profile(_, { id }, context) {
    assertCanRead(context.viewer, id);
    return disclosed(context, await context.loaders.profile.load(id));
  },

  async profileByEmail(_, { email }, context) {
    assertRole(context.viewer, [...STAFF], 'Looking profiles up by email is for staff and systems.');
    return (await verifiedHolders(context, 'emails', email))[0] ?? null;
  },

  async profilesByContact(_, { email, phone }, context) {
    assertRole(context.viewer, [...STAFF], 'Looking profiles up by contact point is for staff and systems.');
    if (!email && !phone) throw badUserInput('Give an email, a phone, or both.');
    const found = [
      ...(email ? await verifiedHolders(context, 'emails', email) : []),
      ...(phone ? await verifiedHolders(context, 'phones', phone) : []),
    ];
    return [...new Map(found.map((p) => [p.id, p])).values()];
  },

  async profileByIdentifier(_, input, context) {
    const { viewer, loaders, service } = context;
    // A partner finds only the members it holds its own identifier for: the source is its client id.
    if (hasRole(viewer, 'partner') && !hasRole(viewer, ...STAFF)) {
      if (input.source !== viewer.clientId) {
        throw forbidden(`A partner looks profiles up by its own identifiers only (source "${viewer.clientId}").`);
      }
    } else {
      assertRole(viewer, [...STAFF], 'Looking profiles up by identifier is for staff, systems and partners.');
    }
    const id = await service.idByIdentifier(input);
    return id ? disclosed(context, await loaders.profile.load(id)) : null;
  },

  async profiles(_, { first, after }, { viewer, reads, loaders }) {
    assertRole(viewer, [...STAFF], 'Listing profiles is for staff and systems.');
    const page = await reads.page(first, after);
    for (const view of page.profiles) loaders.profile.prime(view.id, view);
    return page;
  },
};
