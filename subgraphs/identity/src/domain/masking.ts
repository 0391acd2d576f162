import { maskEmail, maskPhone, maskWords } from '#kit/masking.ts';
import type { ProfileView } from './profileView.ts';

export { seesMasked, UNMASK_SCOPE } from '#kit/masking.ts';

/*
 * What an analyst sees of a profile (kit/src/masking.ts): each personal value masked (first
 * character kept), addresses without street or full postcode, no birth date (age stays) and no
 * previous values.
 */

const masks = new WeakMap<ProfileView, ProfileView>();

/** The masked copy of a profile view (computed once per view). */
export function maskedView(profile: ProfileView): ProfileView {
  let masked = masks.get(profile);
  if (!masked) {
    masked = {
      ...profile,
      name: profile.name && {
        ...profile.name,
        given: maskWords(profile.name.given),
        family: maskWords(profile.name.family),
        display: maskWords(profile.name.display),
      },
      birthDate: null,
      emails: profile.emails.map((e) => ({ ...e, value: maskEmail(e.value) })),
      phones: profile.phones.map((p) => ({ ...p, value: maskPhone(p.value) })),
      addresses: profile.addresses.map((a) => ({
        ...a,
        lines: a.lines.map(() => '***'),
        postalCode: a.postalCode && `${a.postalCode.slice(0, 2)}***`,
      })),
      identifiers: profile.identifiers.map((i) => ({ ...i, id: maskWords(i.id)! })),
      history: profile.history.map((h) => ({ ...h, previous: null })),
    };
    masks.set(profile, masked);
  }
  return masked;
}
