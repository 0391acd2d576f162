// Reading profiles: stored documents opened with their subjects' keys into the view readers see.
// The per-request loader batches through it; the staff list pages through it.
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { pageSize } from '#kit/paging.ts';
import type { ProfileView } from '../domain/profileView.ts';
import type { ProfileDoc } from '../models/Profile.ts';
import type { ProfileStore } from '../store/profileStore.ts';
import { decodeProfile } from './profileCodec.ts';

export class ProfileReads {
  readonly #profiles: ProfileStore;
  readonly #keys: SubjectKeyStore;

  constructor(profiles: ProfileStore, keys: SubjectKeyStore) {
    this.#profiles = profiles;
    this.#keys = keys;
  }

  /** The stored profiles among `ids`, each with its subject's data key (none once erased): two queries side by side. */
  async withKeys(ids: readonly string[]): Promise<Map<string, { doc: ProfileDoc; key: Buffer | undefined }>> {
    const [docs, dataKeys] = await Promise.all([this.#profiles.findByIds(ids), this.#keys.keysFor(ids)]);
    return new Map(docs.map((doc) => [doc._id, { doc, key: dataKeys.get(doc._id) }]));
  }

  /** A page of `first` profiles after the cursor, opened, and the cursor of the next page (null on the last). */
  async page(first: number, after?: string | null): Promise<{ profiles: ProfileView[]; nextCursor: string | null }> {
    const page = await this.#profiles.list({ first: pageSize(first) + 1, after });
    const more = page.length > first;
    const docs = more ? page.slice(0, first) : page;
    const dataKeys = await this.#keys.keysFor(docs.map((d) => d._id));
    return { profiles: docs.map((doc) => decodeProfile(doc, dataKeys.get(doc._id))), nextCursor: more ? (docs.at(-1)?._id ?? null) : null };
  }
}
