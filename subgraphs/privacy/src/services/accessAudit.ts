// The access audit's stated purposes, sealed with each subject's key on the way in and opened on the
// way out (null once the key is shredded): the audit never holds a purpose in clear.
import { randomUUID } from 'node:crypto';
import { openJson, sealJson } from '#kit/crypto/envelope.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import type { AccessAuditDoc } from '../models/AccessAudit.ts';

const purposeAad = (entryId: string) => `privacy|access_audit|${entryId}|purpose`;

/** Entries as the gateway sent them, each stated purpose sealed with its subject's key. */
export async function sealedAccessEntries(
  keys: SubjectKeyStore,
  entries: (Omit<AccessAuditDoc, '_id' | 'purposeSealed'> & { purpose?: string | null })[],
): Promise<AccessAuditDoc[]> {
  const withPurpose = [...new Set(entries.filter((e) => e.purpose).map((e) => e.subjectId))];
  const dataKeys = new Map(await Promise.all(withPurpose.map(async (id) => [id, await keys.ensureKey(id)] as const)));
  return entries.map(({ purpose, ...entry }) => {
    const _id = randomUUID();
    return { _id, ...entry, purposeSealed: purpose ? sealJson(dataKeys.get(entry.subjectId)!, purpose, purposeAad(_id)) : null };
  });
}

/** Entries with their purpose opened (null once the subject's key is shredded). */
export async function openedAccessEntries(keys: SubjectKeyStore, entries: AccessAuditDoc[]) {
  const dataKeys = await keys.keysFor([...new Set(entries.filter((e) => e.purposeSealed).map((e) => e.subjectId))]);
  return entries.map(({ purposeSealed, ...entry }) => {
    const key = purposeSealed ? dataKeys.get(entry.subjectId) : undefined;
    return {
      ...entry,
      purpose: key && purposeSealed ? openJson<string>(key, purposeSealed, purposeAad(entry._id)) : (entry.purpose ?? null),
    };
  });
}
