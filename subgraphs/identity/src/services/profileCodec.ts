import { openJson, sealJson } from '#kit/crypto/envelope.ts';
import type { ProfileDoc, StoredContactPoint } from '../models/Profile.ts';
import type { ContactView, PersonName, PostalAddressValue, ProfileView } from '../domain/profileView.ts';

/** Where a sealed value lives; part of its associated data, so it cannot be moved elsewhere. */
export const aad = (subjectId: string, path: string) => `${subjectId}|profiles|${path}`;

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
      rule: m.rule ?? null,
    })),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    lastChangedBy: doc.lastChangedBy,
  };
}

/** Seals one value for one place in one subject's profile. */
export const sealFor = (key: Buffer, subjectId: string, path: string, value: unknown) => sealJson(key, value, aad(subjectId, path));
export const openFor = <T>(key: Buffer, subjectId: string, path: string, sealed: string) => openJson<T>(key, sealed, aad(subjectId, path));
