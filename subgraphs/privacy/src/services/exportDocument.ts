import { provenanceSources } from '#kit/provenance.ts';
import type { SubjectExport, SubjectInventory } from '#kit/subjectRights.ts';
import { fieldOf, isStringArray } from '#kit/guards.ts';

/** The documented, stable export format (GDPR Art. 15 and 20). See the privacy README. */
export const EXPORT_FORMAT = 'living-profile-export/1';

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  requestId: string;
  subjectId: string;
  generatedAt: string;
  /** Per subgraph: what is held (collections, categories, purposes, retention) and the records. */
  subgraphs: Record<string, { holds: SubjectInventory['holds']; records: SubjectExport['records'] }>;
  /** Where the data came from: every provenance source found in the records. */
  sources: string[];
  /** Which partner clients and systems received the data. */
  recipients: { tracked: boolean; note: string; list: string[] };
}

export function buildExport(
  requestId: string,
  subjectId: string,
  parts: Record<string, { export: SubjectExport; inventory: SubjectInventory }>,
  now: Date,
): ExportDocument {
  const sources = provenanceSources(Object.values(parts).map((part) => part.export.records));
  // Who read it, from privacy's access audit: every entry not by the subject themselves.
  const readers = (parts.privacy?.export.records.access_audit ?? []).flatMap((access) => {
    const [actor, clientId, roles] = [fieldOf(access, 'actor'), fieldOf(access, 'clientId'), fieldOf(access, 'roles')];
    if (actor === subjectId || typeof clientId !== 'string') return [];
    return [`${clientId} (${(isStringArray(roles) ? roles : []).join(', ') || 'no role'})`];
  });
  const recipients = [...[...new Set(readers)].sort(), ...subscribersOf(Object.values(parts).map((part) => part.inventory))];
  return {
    format: EXPORT_FORMAT,
    requestId,
    subjectId,
    generatedAt: now.toISOString(),
    subgraphs: Object.fromEntries(
      Object.entries(parts)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, part]) => [name, { holds: part.inventory.holds, records: part.export.records }]),
    ),
    sources,
    recipients: {
      tracked: true,
      note: 'Every client and staff role that read your data through the gateway (its access audit), and every system that was sent events about you (webhook subscribers).',
      list: recipients,
    },
  };
}

/** The systems sent events about the subject (from the subgraphs' inventories), named as recipients. */
export const subscribersOf = (inventories: SubjectInventory[]): string[] =>
  [...new Set(inventories.flatMap((inventory) => inventory.recipients ?? []))].sort().map((id) => `${id} (webhook subscriber)`);
