// The access audit's stated purposes, sealed with each subject's key on the way in and opened on the
// way out (null once the key is shredded): the audit never holds a purpose in clear.
import { randomUUID } from 'node:crypto';
import { openJson, sealJson } from '#kit/crypto/envelope.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { badUserInput, forbidden } from '#kit/errors.ts';
import { maskText, seesMasked } from '#kit/masking.ts';
import { pageSize } from '#kit/paging.ts';
import { hasRole, type Viewer } from '#kit/viewer.ts';
import type { AccessAuditDoc } from '../models/AccessAudit.ts';
import type { AccessAuditStore } from '../store/accessAuditStore.ts';

const purposeAad = (entryId: string) => `privacy|access_audit|${entryId}|purpose`;

/** Entries as the gateway sent them, each stated purpose sealed with its subject's key. */
async function sealedAccessEntries(keys: SubjectKeyStore, entries: ReportedAccess[]): Promise<AccessAuditDoc[]> {
  const withPurpose = [...new Set(entries.filter((e) => e.purpose).map((e) => e.subjectId))];
  const dataKeys = new Map(await Promise.all(withPurpose.map(async (id) => [id, await keys.ensureKey(id)] as const)));
  return entries.map(({ purpose, ...entry }) => {
    const _id = randomUUID();
    return {
      _id,
      ...entry,
      actor: entry.actor ?? null,
      operationName: entry.operationName ?? null,
      purposeSealed: purpose ? sealJson(dataKeys.get(entry.subjectId)!, purpose, purposeAad(_id)) : null,
    };
  });
}

/** Entries with their purpose opened (null once the subject's key is shredded). */
async function openedAccessEntries(keys: SubjectKeyStore, entries: AccessAuditDoc[]) {
  const dataKeys = await keys.keysFor([...new Set(entries.filter((e) => e.purposeSealed).map((e) => e.subjectId))]);
  return entries.map(({ purposeSealed, ...entry }) => {
    const key = purposeSealed ? dataKeys.get(entry.subjectId) : undefined;
    return {
      ...entry,
      purpose: key && purposeSealed ? openJson<string>(key, purposeSealed, purposeAad(entry._id)) : (entry.purpose ?? null),
    };
  });
}

/** An access as the gateway reports it: the purpose in clear, sealed before it is stored; what it leaves out is null. */
export type ReportedAccess = Omit<AccessAuditDoc, '_id' | 'purposeSealed' | 'actor' | 'operationName'> & {
  actor?: string | null;
  operationName?: string | null;
  purpose?: string | null;
};

/** The access audit: the gateway records who read what; the customer and staff read it back. */
export class AccessAuditService {
  readonly #store: AccessAuditStore;
  readonly #keys: SubjectKeyStore;

  constructor(store: AccessAuditStore, keys: SubjectKeyStore) {
    this.#store = store;
    this.#keys = keys;
  }

  /** Only the gateway records (a system with the access-audit scope), up to 1000 entries at a time. Returns how many. */
  async record(viewer: Viewer, entries: ReportedAccess[]): Promise<number> {
    if (!hasRole(viewer, 'system') || !viewer.scopes.includes('access-audit')) throw forbidden('Only the gateway records access.');
    if (entries.length > 1000) throw badUserInput('At most 1000 entries at a time.', 'entries');
    if (entries.length) await this.#store.insert(await sealedAccessEntries(this.#keys, entries));
    return entries.length;
  }

  /** A subject's newest `first` accesses with their purposes opened; masked for a viewer who sees personal data masked. */
  async logOf(viewer: Viewer, subjectId: string, first: number) {
    const opened = await openedAccessEntries(this.#keys, await this.#store.of(subjectId, pageSize(first)));
    return seesMasked(viewer) ? opened.map((e) => ({ ...e, purpose: maskText(e.purpose) })) : opened;
  }

  /** Every access to a subject, purposes opened: the access and portability exports. */
  async allOf(subjectId: string) {
    return openedAccessEntries(this.#keys, await this.#store.of(subjectId));
  }

  /** Who read the subject's data besides them. */
  recipientsOf(subjectId: string): Promise<string[]> {
    return this.#store.recipientsOf(subjectId);
  }
}
