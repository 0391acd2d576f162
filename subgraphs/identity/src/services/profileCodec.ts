import type { Provenance } from '#kit/authorize.ts';
import { openJson, sealJson } from '#kit/crypto/envelope.ts';
import type { ProfileDoc, ProfileStatus, PlainAttribute, StoredContactPoint, VerificationMethod } from '../models/Profile.ts';

/** Where a sealed value lives; part of its associated data, so it cannot be moved elsewhere. */
export const aad = (subjectId: string, path: string) => `${subjectId}|profiles|${path}`;

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
  }[];
  createdAt: Date;
  updatedAt: Date;
  lastChangedBy: Provenance;
}

/**
 * The plaintext view of a stored profile. Without a data key (the subject was erased: the key is
 * shredded) every personal value is gone and only the tombstone's bookkeeping remains.
 */
export function decodeProfile(doc: ProfileDoc, key: Buffer | undefined): ProfileView {
  const id = doc._id;
  const open = <T>(sealed: string | null | undefined, path: string): T | null =>
    key && sealed ? openJson<T>(key, sealed, aad(id, path)) : null;
  const contacts = (kind: 'emails' | 'phones', points: StoredContactPoint[]): ContactView[] =>
    key
      ? points.map((p) => ({
          id: p.id,
          value: open<string>(p.sealed, `${kind}.${p.id}`)!,
          verified: p.verified,
          verifiedAt: p.verifiedAt ?? null,
          verificationMethod: p.verificationMethod ?? null,
          primary: p.primary,
          provenance: p.provenance,
        }))
      : [];
  const name = doc.name ? open<PersonName>(doc.name.sealed, 'name') : null;
  const birthDate = doc.birthDate ? open<string>(doc.birthDate.sealed, 'birthDate') : null;
  return {
    id,
    status: doc.status,
    mergedInto: doc.mergedInto ?? null,
    name: name && doc.name ? { ...name, provenance: doc.name.provenance } : null,
    birthDate: birthDate && doc.birthDate ? { value: birthDate, provenance: doc.birthDate.provenance } : null,
    locale: doc.locale ?? null,
    timeZone: doc.timeZone ?? null,
    emails: contacts('emails', doc.emails ?? []),
    phones: contacts('phones', doc.phones ?? []),
    addresses: key
      ? (doc.addresses ?? []).map((a) => ({
          ...open<PostalAddressValue>(a.sealed, `addresses.${a.id}`)!,
          id: a.id,
          label: a.label ?? null,
          primary: a.primary,
          provenance: a.provenance,
        }))
      : [],
    identifiers: key
      ? (doc.identifiers ?? []).map((i) => ({
          source: i.source,
          id: open<string>(i.sealed, `identifiers.${i.index}`)!,
          provenance: i.provenance,
        }))
      : [],
    history: key
      ? (doc.history ?? []).map((h) => ({
          id: h.id,
          attribute: h.attribute,
          previous: open<unknown>(h.previous, `history.${h.id}`),
          reason: h.reason ?? null,
          at: h.at,
          by: h.by,
        }))
      : [],
    merges: (doc.merges ?? []).map((m) => ({
      id: m.id,
      mergedProfileId: m.mergedProfileId,
      repointed: m.repointed ?? [],
      reason: m.reason,
      at: m.at,
      by: m.by,
      undoneAt: m.undoneAt ?? null,
      undoneBy: m.undoneBy ?? null,
    })),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    lastChangedBy: doc.lastChangedBy,
  };
}

/** Seals one value for one place in one subject's profile. */
export const sealFor = (key: Buffer, subjectId: string, path: string, value: unknown) => sealJson(key, value, aad(subjectId, path));
export const openFor = <T>(key: Buffer, subjectId: string, path: string, sealed: string) => openJson<T>(key, sealed, aad(subjectId, path));
