// A profile as its readers see it, opened: the shapes resolvers, policy and masking work on, and
// the rules that read only them.
import type { Provenance } from '#kit/authorize.ts';
import type { PlainAttribute, ProfileStatus, VerificationMethod } from '../models/Profile.ts';

export interface PersonName {
  given?: string | null;
  family?: string | null;
  display?: string | null;
}

export interface PostalAddressValue {
  lines: string[];
  city: string;
  postalCode?: string | null;
  region?: string | null;
  country: string;
}

/** Two addresses are the same when every part of the postal address is (label and primary aside). */
export const addressKey = ({ lines, city, postalCode, region, country }: PostalAddressValue) =>
  JSON.stringify([lines, city, postalCode ?? null, region ?? null, country]);

export interface ContactView {
  id: string;
  value: string;
  verified: boolean;
  verifiedAt: Date | null;
  verificationMethod: VerificationMethod | null;
  primary: boolean;
  provenance: Provenance;
}

/** The profiles merged into this one (and those repointed to it), whose choices count as its own. */
export const mergedIdsOf = (p: Pick<ProfileView, 'merges'>): string[] =>
  p.merges.filter((m) => !m.undoneAt).flatMap((m) => [m.mergedProfileId, ...m.repointed]);

export interface ProfileView {
  id: string;
  status: ProfileStatus;
  mergedInto: string | null;
  name: (PersonName & { provenance: Provenance }) | null;
  birthDate: PlainAttribute | null;
  locale: PlainAttribute | null;
  timeZone: PlainAttribute | null;
  emails: ContactView[];
  phones: ContactView[];
  addresses: (PostalAddressValue & { id: string; label: string | null; primary: boolean; provenance: Provenance })[];
  identifiers: { source: string; id: string; provenance: Provenance }[];
  history: { id: string; attribute: string; previous: unknown; reason: string | null; at: Date; by: Provenance }[];
  merges: {
    id: string;
    mergedProfileId: string;
    repointed: string[];
    reason: string;
    at: Date;
    by: Provenance;
    undoneAt: Date | null;
    undoneBy: Provenance | null;
    rule: string | null;
  }[];
  createdAt: Date;
  updatedAt: Date;
  lastChangedBy: Provenance;
}
