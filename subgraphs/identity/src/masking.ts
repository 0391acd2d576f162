import { isAnalystOnly, type Viewer } from '#kit/viewer.ts';
import type { ProfileView } from './services/profileCodec.ts';

/** The scope that lets an analyst see personal values unmasked (granted per person, for a reason). */
export const UNMASK_SCOPE = 'personal-data:read';

/**
 * Analysts explore the shape of the data, not the people in it: without UNMASK_SCOPE they see
 * each personal value masked (first character kept), addresses without street or full postcode,
 * no birth date (age stays) and no previous values. Staff roles and customers see their data whole.
 */
export const seesMasked = (viewer: Viewer) => isAnalystOnly(viewer) && !viewer.scopes.includes(UNMASK_SCOPE);

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

export const maskWords = (value: string | null | undefined) =>
  value == null
    ? value
    : value
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => `${[...word][0]}***`)
        .join(' ');

export function maskEmail(address: string) {
  const at = address.lastIndexOf('@');
  return `${[...address][0]}***${address.slice(at)}`;
}

export const maskPhone = (number: string) => `${number.slice(0, 3)}***${number.slice(-2)}`;
