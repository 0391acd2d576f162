// Finding profiles, as callers ask through the graph: who may look what up is decided here. Each
// function is one use case; the resolvers only pass their arguments on.
import { assertCanRead, assertRole } from '#kit/authorize.ts';
import { badUserInput, forbidden, unauthenticated } from '#kit/errors.ts';
import { pageSize } from '#kit/paging.ts';
import { hasRole } from '#kit/viewer.ts';
import type { IdentityContext } from '../context.ts';
import type { ProfileView } from '../domain/profileView.ts';
import { disclosed } from './authorization.ts';

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

/** Profiles that look like this one's duplicates, and why (staff). */
export async function duplicateCandidates({ viewer, merges, loaders }: IdentityContext, profileId: string) {
  assertRole(viewer, ['admin', 'agent', 'analyst'], 'Finding duplicates is for staff.');
  const { duplicates } = await merges.duplicatesOf(profileId);
  const views = await loaders.profile.loadMany(duplicates.map((d) => d._id));
  return duplicates.flatMap(({ facts }, i) => {
    const profile = views[i];
    if (!profile || profile instanceof Error) return [];
    const reasons = [
      ...new Set(facts.shared.map((s) => (s.evidence === 'VERIFIED_EMAIL' ? 'SAME_VERIFIED_EMAIL' : 'SAME_VERIFIED_PHONE'))),
    ].sort();
    return [{ profile, reasons, conflictingSources: facts.conflictingSources, separatedBefore: facts.separatedBefore }];
  });
}

/** Merges and unmerges since a time, for systems that keep copies (systems and staff). */
export function mergeChanges({ viewer, merges }: IdentityContext, since: Date, first: number) {
  assertRole(viewer, [...STAFF], 'The merge feed is for systems and staff.');
  return merges.changesSince(since, pageSize(first));
}

/** The signed-in customer's own profile; null for anyone signed in who is not a customer. */
export function me({ viewer, loaders }: IdentityContext) {
  if (viewer.roles.length === 0) throw unauthenticated();
  return hasRole(viewer, 'customer') && viewer.subject ? loaders.profile.load(viewer.subject) : null;
}

/** A profile, to whoever may read it (and to a partner only as consent allows). */
export async function profile(context: IdentityContext, id: string) {
  assertCanRead(context.viewer, id);
  return disclosed(context, await context.loaders.profile.load(id));
}

/** The oldest live profile where this email is verified (staff and systems). */
export async function profileByEmail(context: IdentityContext, email: string) {
  assertRole(context.viewer, [...STAFF], 'Looking profiles up by email is for staff and systems.');
  return (await verifiedHolders(context, 'emails', email))[0] ?? null;
}

/** Every live profile where this email or phone is verified, each once (staff and systems). */
export async function profilesByContact(context: IdentityContext, email?: string | null, phone?: string | null) {
  assertRole(context.viewer, [...STAFF], 'Looking profiles up by contact point is for staff and systems.');
  if (!email && !phone) throw badUserInput('Give an email, a phone, or both.');
  const found = [
    ...(email ? await verifiedHolders(context, 'emails', email) : []),
    ...(phone ? await verifiedHolders(context, 'phones', phone) : []),
  ];
  return [...new Map(found.map((p) => [p.id, p])).values()];
}

/** The profile a source system knows by its own id (staff, systems, and a partner for its own ids only). */
export async function profileByIdentifier(context: IdentityContext, input: { source: string; id: string }) {
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
}

/** A page of profiles (staff and systems); each is primed in the request's loader for the fields that follow. */
export async function profiles({ viewer, reads, loaders }: IdentityContext, first: number, after?: string | null) {
  assertRole(viewer, [...STAFF], 'Listing profiles is for staff and systems.');
  const page = await reads.page(first, after);
  for (const view of page.profiles) loaders.profile.prime(view.id, view);
  return page;
}
