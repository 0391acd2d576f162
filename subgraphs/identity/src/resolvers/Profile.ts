import type { IdentityContext } from '../context.ts';
import { maskedView, seesMasked } from '../domain/masking.ts';
import { mergedIdsOf, type ContactView, type ProfileView } from '../domain/profileView.ts';
import * as lookups from '../services/lookups.ts';
import type { ProfileResolvers } from './types.generated.ts';

const contact = ({ value: _value, ...rest }: ContactView) => rest;

const shown = (p: ProfileView, { viewer }: IdentityContext) => (seesMasked(viewer) ? maskedView(p) : p);

/** A field that shows personal values: it resolves on the view the viewer may see (masked for analysts). */
const personal =
  <T>(resolve: (p: ProfileView) => T) =>
  (p: ProfileView, _: unknown, context: IdentityContext) =>
    resolve(shown(p, context));

export const Profile: ProfileResolvers = {
  // The same read as `profile(id)`: whoever may read it, and a partner only as consent allows.
  __resolveReference: ({ id }, context) => lookups.profile(context, id),
  name: personal((p) => p.name),
  displayName: personal((p) => p.name?.display ?? ([p.name?.given, p.name?.family].filter(Boolean).join(' ') || null)),
  email: personal((p) => (p.emails.find((e) => e.primary) ?? p.emails[0])?.value ?? null),
  emails: personal((p) => p.emails.map((e) => ({ ...contact(e), address: e.value }))),
  phones: personal((p) => p.phones.map((e) => ({ ...contact(e), number: e.value }))),
  birthDate: personal((p) => p.birthDate?.value ?? null),
  addresses: personal((p) => p.addresses),
  identifiers: personal((p) => p.identifiers),
  history: personal((p) =>
    [...p.history]
      .reverse()
      .map((h) => ({ id: h.id, attribute: h.attribute, previousValue: h.previous, reason: h.reason, changedAt: h.at, changedBy: h.by })),
  ),
  age: (p) => {
    if (!p.birthDate) return null;
    const born = new Date(`${p.birthDate.value}T00:00:00Z`);
    const now = new Date();
    const years = now.getUTCFullYear() - born.getUTCFullYear();
    const hadBirthday =
      now.getUTCMonth() > born.getUTCMonth() || (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() >= born.getUTCDate());
    return hadBirthday ? years : years - 1;
  },
  country: (p) => (p.addresses.find((a) => a.primary) ?? p.addresses[0])?.country ?? null,
  locale: (p) => p.locale?.value ?? null,
  timeZone: (p) => p.timeZone?.value ?? null,
  sources: (p) => [
    ...(['name', 'birthDate', 'locale', 'timeZone'] as const).flatMap((attribute) => {
      const provenance = p[attribute]?.provenance;
      return provenance ? [{ attribute, provenance }] : [];
    }),
    ...p.emails.map((e) => ({ attribute: `email:${e.id}`, provenance: e.provenance })),
    ...p.phones.map((e) => ({ attribute: `phone:${e.id}`, provenance: e.provenance })),
    ...p.addresses.map((a) => ({ attribute: `address:${a.id}`, provenance: a.provenance })),
    ...p.identifiers.map((i) => ({ attribute: `identifier:${i.source}`, provenance: i.provenance })),
  ],
  merges: (p) => p.merges.map((m) => ({ ...m, mergedAt: m.at, mergedBy: m.by })),
  mergedProfileIds: (p) => mergedIdsOf(p),
};
