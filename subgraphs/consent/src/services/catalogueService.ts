import type { Connection } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { badUserInput, notFound } from '#kit/errors.ts';
import { documentLocks, type Locks } from '#kit/locks.ts';
import { isKey, KEY_RULE } from '#kit/slugs.ts';
import type { NoticeDoc, PurposeDoc } from '../models/Purpose.ts';
import type { CatalogueStore } from '../store/catalogueStore.ts';

/** A purpose as administrators write it: the stored fields, minus bookkeeping. */
export type PurposeInput = Omit<PurposeDoc, '_id' | 'currentNoticeVersion' | 'updatedAt' | 'lastChangedBy'> & { id: string };

/** The purposes and their versioned privacy notices: what everyone may read (the right to be informed). */
export class CatalogueService {
  readonly #catalogue: CatalogueStore;
  /** A purpose and its notices are written holding the purpose's lock, in every replica. */
  readonly #writes: Locks;

  constructor({ catalogue, connection }: { catalogue: CatalogueStore; connection: Connection }) {
    this.#catalogue = catalogue;
    this.#writes = documentLocks(connection, 'purpose');
  }

  list() {
    return this.#catalogue.list();
  }

  get(id: string) {
    return this.#catalogue.get(id);
  }

  noticesOf(purpose: string) {
    return this.#catalogue.noticesOf(purpose);
  }

  notice(purpose: string, version: number) {
    return this.#catalogue.notice(purpose, version);
  }

  async upsertPurpose(input: PurposeInput, provenance: Provenance): Promise<PurposeDoc> {
    if (!isKey(input.id)) throw badUserInput(`id must be ${KEY_RULE}.`, 'id');
    if (!input.name.trim() || !input.description.trim()) throw badUserInput('A purpose needs a name and a description.', 'name');
    if (input.legalBasis === 'CONSENT' && !input.refusable)
      throw badUserInput('A purpose based on consent can always be refused.', 'refusable');
    if (input.dpvCategory && !/^dpv:[A-Za-z]+$/.test(input.dpvCategory))
      throw badUserInput('dpvCategory is a DPV term such as dpv:DirectMarketing.', 'dpvCategory');
    const { id, ...fields } = input;
    return this.#writes.run(id, () =>
      this.#catalogue.upsertPurpose(id, {
        ...fields,
        channels: [...new Set(fields.channels)],
        updatedAt: provenance.at,
        lastChangedBy: provenance,
      }),
    );
  }

  /** Publishes the next version of a purpose's notice; consents under older versions then need renewal. */
  publishNotice(purpose: string, input: { summary: string; url?: string | null }, provenance: Provenance): Promise<NoticeDoc> {
    return this.#writes.run(purpose, async () => {
      const current = await this.#catalogue.get(purpose);
      if (!current) throw notFound('Purpose');
      if (!input.summary.trim()) throw badUserInput('A notice needs a summary.', 'summary');
      const version = current.currentNoticeVersion + 1;
      const notice: NoticeDoc = {
        _id: `${purpose}:${version}`,
        purpose,
        version,
        summary: input.summary.trim(),
        url: input.url ?? null,
        publishedAt: provenance.at,
        publishedBy: provenance,
      };
      await this.#catalogue.insertNotice(notice);
      await this.#catalogue.setCurrentNotice(purpose, version, provenance);
      return notice;
    });
  }
}
