import { assertCanRead } from '#kit/authorize.ts';
import type { IdentityContext } from '../context.ts';
import { maskedView, seesMasked } from '../domain/masking.ts';
import { mergedIdsOf, type ContactView, type ProfileView } from '../domain/profileView.ts';
import { disclosed } from '../services/authorization.ts';

const contact = ({ value: _value, ...rest }: ContactView) => rest;

/** Fields that show personal values: each resolves on the view the viewer may see (masked for analysts). */
const personal = {
  name: (p: ProfileView) => p.name,
  displayName: (p: ProfileView) => p.name?.display ?? ([p.name?.given, p.name?.family].filter(Boolean).join(' ') || null),
  email: (p: ProfileView) => (p.emails.find((e) => e.primary) ?? p.emails[0])?.value ?? null,
  emails: (p: ProfileView) => p.emails.map((e) => ({ ...contact(e), address: e.value })),
  phones: (p: ProfileView) => p.phones.map((e) => ({ ...contact(e), number: e.value })),
  birthDate: (p: ProfileView) => p.birthDate?.value ?? null,
  addresses: (p: ProfileView) => p.addresses,
  identifiers: (p: ProfileView) => p.identifiers,
  history: (p: ProfileView) =>
    [...p.history]
      .reverse()
      .map((h) => ({ id: h.id, attribute: h.attribute, previousValue: h.previous, reason: h.reason, changedAt: h.at, changedBy: h.by })),
};

const shown = (p: ProfileView, { viewer }: IdentityContext) => (seesMasked(viewer) ? maskedView(p) : p);

export const Profile = {
  async __resolveReference({ id }: { id: string }, context: IdentityContext) {
    assertCanRead(context.viewer, id);
    return disclosed(context, await context.loaders.profile.load(id));
  },
  ...(Object.fromEntries(
    Object.entries(personal).map(([field, resolve]) => [
      field,
      (p: ProfileView, _: unknown, context: IdentityContext) => resolve(shown(p, context)),
    ]),
  ) as { [F in keyof typeof personal]: (p: ProfileView, _: unknown, context: IdentityContext) => ReturnType<(typeof personal)[F]> }),
  age: (p: ProfileView) => {
    if (!p.birthDate) return null;
    const born = new Date(`${p.birthDate.value}T00:00:00Z`);
    const now = new Date();
    const years = now.getUTCFullYear() - born.getUTCFullYear();
    const hadBirthday =
      now.getUTCMonth() > born.getUTCMonth() || (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() >= born.getUTCDate());
    return hadBirthday ? years : years - 1;
  },
  country: (p: ProfileView) => (p.addresses.find((a) => a.primary) ?? p.addresses[0])?.country ?? null,
  locale: (p: ProfileView) => p.locale?.value ?? null,
  timeZone: (p: ProfileView) => p.timeZone?.value ?? null,
  sources: (p: ProfileView) => [
    ...(['name', 'birthDate', 'locale', 'timeZone'] as const).flatMap((attribute) => {
      const provenance = p[attribute]?.provenance;
      return provenance ? [{ attribute, provenance }] : [];
    }),
    ...p.emails.map((e) => ({ attribute: `email:${e.id}`, provenance: e.provenance })),
    ...p.phones.map((e) => ({ attribute: `phone:${e.id}`, provenance: e.provenance })),
    ...p.addresses.map((a) => ({ attribute: `address:${a.id}`, provenance: a.provenance })),
    ...p.identifiers.map((i) => ({ attribute: `identifier:${i.source}`, provenance: i.provenance })),
  ],
  merges: (p: ProfileView) => p.merges.map((m) => ({ ...m, mergedAt: m.at, mergedBy: m.by })),
  mergedProfileIds: (p: ProfileView) => mergedIdsOf(p),
};
