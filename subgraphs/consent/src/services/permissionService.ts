import type { PermissionSubject, PermissionVerdict, RegisteredPurpose } from '#kit/disclosure.ts';
import { decide } from '../domain/permission.ts';
import { combineStates, foldLedger } from '../domain/state.ts';
import type { CatalogueService } from './catalogueService.ts';
import type { ConsentService } from './consentService.ts';

/**
 * Whether each subject allows one of a client's registered purposes, decided exactly as
 * `Profile.mayProcess` decides (the subject's ledger and those merged into it, the catalogue).
 * One query for every ledger asked about and one for the catalogue.
 */
export class PermissionService {
  readonly #consents: ConsentService;
  readonly #catalogue: CatalogueService;

  constructor({ consents, catalogue }: { consents: ConsentService; catalogue: CatalogueService }) {
    this.#consents = consents;
    this.#catalogue = catalogue;
  }

  async verdicts(subjects: PermissionSubject[], purposes: RegisteredPurpose[]): Promise<Record<string, PermissionVerdict>> {
    const ids = [...new Set(subjects.flatMap((s) => [s.id, ...s.mergedIds]))];
    const [entries, catalogueList] = await Promise.all([this.#consents.entriesFor(ids), this.#catalogue.list()]);
    const byPurpose = new Map(catalogueList.map((p) => [p._id, p]));
    const ledgers = Map.groupBy(entries, (e) => e.subjectId);
    const now = new Date();
    return Object.fromEntries(
      subjects.map((subject) => {
        const state = combineStates([subject.id, ...subject.mergedIds].map((id) => foldLedger(ledgers.get(id) ?? [])));
        const asked = purposes.map(({ purpose, channel }) => ({
          purpose,
          channel,
          ...decide(state, byPurpose.get(purpose), channel, now),
        }));
        const { basedOnSeq: _, needsRenewal: __, ...verdict } = asked.find((v) => v.allowed) ?? asked[0]!;
        return [subject.id, verdict];
      }),
    );
  }
}
