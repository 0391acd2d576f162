import { randomUUID } from 'node:crypto';
import type { Provenance } from '#kit/authorize.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { badUserInput, conflict, notFound, restricted } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import type {
  MergeSnapshot,
  ProfileDoc,
  StoredAddress,
  StoredChange,
  StoredContactPoint,
  StoredIdentifier,
  StoredMerge,
} from '../models/Profile.ts';
import { decodeProfile, openFor, sealFor } from './profileCodec.ts';
import { addressKey, type PostalAddressValue } from '../domain/profileView.ts';
import { contactIndexOf, profileEvent, type ProfileService } from './profileService.ts';
import { runOnce } from '#kit/migrations.ts';
import { bucketOf } from '#kit/timeBuckets.ts';
import type { ClaimStore } from '../store/claimStore.ts';
import type { MergeChangeStore } from '../store/mergeChangeStore.ts';
import type { ProfileStore } from '../store/profileStore.ts';
import { MERGE_FEED_BUCKET_MS } from '../domain/mergeFeed.ts';
import type { MergeChangeDoc } from '../models/MergeChange.ts';
import { pairFacts, type PairFacts, type ResolutionFacts } from '../domain/resolution.ts';

/** The survivor's own sealed fields as they were before a merge: what an unmerge restores. */
const snapshotOf = (survivor: ProfileDoc): MergeSnapshot => ({
  name: survivor.name ?? null,
  birthDate: survivor.birthDate ?? null,
  locale: survivor.locale ?? null,
  timeZone: survivor.timeZone ?? null,
  emails: survivor.emails,
  phones: survivor.phones,
  addresses: survivor.addresses,
  identifiers: survivor.identifiers,
  contactIndex: survivor.contactIndex,
});

/** Verified beats unverified; between equals, the newer write wins; the survivor wins ties. */
const prefers = (candidate: StoredContactPoint, held: StoredContactPoint) =>
  candidate.verified !== held.verified ? candidate.verified : candidate.provenance.at > held.provenance.at;

/**
 * Merging duplicate profiles into one survivor, reversibly.
 *
 * Rule: for name, birth date, locale and time zone the newer value wins (the survivor on a tie);
 * contact points, addresses and identifiers are combined, and where both hold the same contact
 * point the verified one wins, else the newer. Values from the merged profile are re-sealed under
 * the survivor's key. The survivor keeps a snapshot of its own sealed fields, so unmerge restores
 * both profiles as they were (the survivor's history keeps everything that happened since).
 *
 * No transactions: the survivor's write (with its merge record) commits the merge; marking the
 * merged profile, moving identifier claims and re-pointing earlier merges follow, idempotently,
 * and `completePending` finishes any that a crash interrupted: the survivor's write sets
 * `mergeFollowUp`, cleared once the follow-up (and the merge feed's entry) is written.
 */

/**
 * Merging duplicate profiles and undoing it, with the same lineage either way: the survivor's
 * write commits a merge, and follow-up writes (the merged profile, claims, the feed) are finished
 * after a crash by `completePending`.
 */
export class MergeService {
  readonly #profiles: ProfileStore;
  readonly #claims: ClaimStore;
  readonly #mergeChanges: MergeChangeStore;
  readonly #keys: SubjectKeyStore;
  readonly #service: ProfileService;
  readonly #log: Logger;

  constructor({
    profiles,
    claims,
    mergeChanges,
    keys,
    service,
    log,
  }: {
    profiles: ProfileStore;
    claims: ClaimStore;
    mergeChanges: MergeChangeStore;
    keys: SubjectKeyStore;
    service: ProfileService;
    log: Logger;
  }) {
    this.#profiles = profiles;
    this.#claims = claims;
    this.#mergeChanges = mergeChanges;
    this.#keys = keys;
    this.#service = service;
    this.#log = log;
  }

  /** Finishes merges and unmerges whose follow-up writes a crash interrupted. Idempotent. */
  async completePending(): Promise<number> {
    // Once per database: survivors from before the follow-up flag, and their entries of the feed.
    let completed = 0;
    await runOnce(this.#profiles.connection, 'merge-follow-up-flag', async () => {
      completed += await this.#completeAll('with merges');
    });
    return completed + (await this.#completeAll('awaiting follow-up'));
  }

  /** Merges `mergedId` into `survivorId`; `rule`: the resolution rule it was decided under, when identity decided it itself. */
  merge(survivorId: string, mergedId: string, reason: string, provenance: Provenance, rule: string | null = null) {
    if (survivorId === mergedId) throw badUserInput('A profile cannot be merged into itself.', 'mergedId');
    return this.#service.exclusive([survivorId, mergedId], async () => {
      const survivor = await this.#load(survivorId, 'surviving');
      const merged = await this.#load(mergedId, 'merged');
      for (const doc of [survivor, merged]) {
        if (doc.status === 'MERGED') throw conflict(`Profile ${doc._id} was already merged into ${doc.mergedInto}.`);
        if (doc.status === 'RESTRICTED') throw restricted();
      }
      const survivorKey = await this.#keys.ensureKey(survivorId);
      const mergedKey = (await this.#keys.keysFor([mergedId])).get(mergedId);
      if (!mergedKey) throw notFound('The merged profile');
      const mergedView = decodeProfile(merged, mergedKey);
      const survivorView = decodeProfile(survivor, survivorKey);
      const seal = (path: string, value: unknown) => sealFor(survivorKey, survivorId, path, value);
      const why = `merge of ${mergedId}: ${reason}`;

      const $set: Record<string, unknown> = {};
      const history: StoredChange[] = [];
      for (const attribute of ['name', 'birthDate', 'locale', 'timeZone'] as const) {
        const theirs = merged[attribute];
        const ours = survivor[attribute];
        if (!theirs || (ours && ours.provenance.at >= theirs.provenance.at)) continue;
        const value =
          attribute === 'name'
            ? mergedView.name && { given: mergedView.name.given, family: mergedView.name.family, display: mergedView.name.display }
            : mergedView[attribute]?.value;
        const previous =
          attribute === 'name'
            ? survivorView.name && {
                given: survivorView.name.given,
                family: survivorView.name.family,
                display: survivorView.name.display,
              }
            : survivorView[attribute]?.value;
        if (previous !== null && previous !== undefined) {
          const id = randomUUID();
          history.push({ id, attribute, previous: seal(`history.${id}`, previous), reason: why, at: provenance.at, by: provenance });
        }
        $set[attribute] =
          attribute === 'name' || attribute === 'birthDate'
            ? { sealed: seal(attribute, value), provenance: theirs.provenance }
            : { value, provenance: theirs.provenance };
      }

      const combineContacts = (kind: 'emails' | 'phones') => {
        const points = [...survivor[kind]];
        for (const theirs of merged[kind]) {
          const value = openFor<string>(mergedKey, mergedId, `${kind}.${theirs.id}`, theirs.sealed);
          const at = points.findIndex((p) => p.index === theirs.index);
          if (at === -1) points.push({ ...theirs, sealed: seal(`${kind}.${theirs.id}`, value), primary: false });
          else if (prefers(theirs, points[at]!)) {
            const held = points[at]!;
            points[at] = {
              ...held,
              verified: theirs.verified,
              verifiedAt: theirs.verifiedAt,
              verificationMethod: theirs.verificationMethod,
              provenance: theirs.provenance,
            };
          }
        }
        return points;
      };
      const emails = combineContacts('emails');
      const phones = combineContacts('phones');

      const known = new Set(survivorView.addresses.map(addressKey));
      const addresses: StoredAddress[] = [...survivor.addresses];
      for (const address of merged.addresses) {
        const value = openFor<PostalAddressValue>(mergedKey, mergedId, `addresses.${address.id}`, address.sealed);
        if (!known.has(addressKey(value))) addresses.push({ ...address, sealed: seal(`addresses.${address.id}`, value), primary: false });
      }
      const identifiers: StoredIdentifier[] = [...survivor.identifiers];
      for (const identifier of merged.identifiers) {
        if (identifiers.some((i) => i.index === identifier.index)) continue;
        const value = openFor<string>(mergedKey, mergedId, `identifiers.${identifier.index}`, identifier.sealed);
        identifiers.push({ ...identifier, sealed: seal(`identifiers.${identifier.index}`, value) });
      }

      const repointed = await this.#profiles.idsMergedInto(mergedId);
      const record: StoredMerge = {
        id: randomUUID(),
        mergedProfileId: mergedId,
        reason,
        at: provenance.at,
        by: provenance,
        snapshot: snapshotOf(survivor),
        mergedStatus: merged.status === 'RESTRICTED' ? 'RESTRICTED' : 'ACTIVE',
        repointed,
        undoneAt: null,
        undoneBy: null,
        rule,
      };
      Object.assign($set, { emails, phones, addresses, identifiers, contactIndex: contactIndexOf([...emails, ...phones]) });
      await this.#writeSurvivor(
        survivor,
        { $set, $push: { merges: record, ...(history.length ? { history: { $each: history } } : {}) } },
        'profile.merged',
        mergedId,
        provenance,
      );
      await this.completeMerge(survivorId, record);
      await this.#followedUp(survivorId);
    });
  }

  unmerge(survivorId: string, mergedId: string, reason: string, provenance: Provenance) {
    return this.#service.exclusive([survivorId, mergedId], async () => {
      const survivor = await this.#load(survivorId, 'surviving');
      const record = survivor.merges.find((m) => m.mergedProfileId === mergedId && !m.undoneAt);
      if (!record) throw notFound('A merge of these two profiles');
      const undone: StoredMerge = { ...record, undoneAt: provenance.at, undoneBy: provenance };
      const key = await this.#keys.ensureKey(survivorId);
      const entryId = randomUUID();
      const entry: StoredChange = {
        id: entryId,
        attribute: 'merge',
        previous: sealFor(key, survivorId, `history.${entryId}`, { mergedProfileId: mergedId }),
        reason: `unmerge of ${mergedId}: ${reason}`,
        at: provenance.at,
        by: provenance,
      };
      await this.#writeSurvivor(
        survivor,
        {
          $set: { ...record.snapshot, merges: survivor.merges.map((m) => (m.id === record.id ? undone : m)) },
          $push: { history: entry },
        },
        'profile.unmerged',
        mergedId,
        provenance,
      );
      await this.#completeUnmerge(survivorId, undone);
      await this.#followedUp(survivorId);
    });
  }

  /**
   * This profile and the other live profiles sharing a proved email or phone with it, with what
   * they share and what keeps them apart (`pairFacts`). Only contact points both sides proved
   * count: an unverified one may be someone else's, typed in.
   */
  async duplicatesOf(profileId: string): Promise<{ profile: ResolutionFacts; duplicates: (ResolutionFacts & { facts: PairFacts })[] }> {
    const doc = await this.#load(profileId, 'given');
    if (!doc.contactIndex.length) return { profile: doc, duplicates: [] };
    // One indexed lookup per contact point (FerretDB scans for a $in); live profiles other than this one.
    const found = await this.#profiles.byContactIndexes<ResolutionFacts>(doc.contactIndex, {
      emails: 1,
      phones: 1,
      status: 1,
      identifiers: 1,
      merges: 1,
      createdAt: 1,
    });
    const others = [...new Map(found.map((p) => [p._id, p])).values()].filter(
      (p) => p._id !== profileId && (p.status === 'ACTIVE' || p.status === 'RESTRICTED'),
    );
    const duplicates = others.map((other) => ({ ...other, facts: pairFacts(doc, other) })).filter((d) => d.facts.shared.length > 0);
    return { profile: doc, duplicates };
  }

  /** Merges and unmerges since a time, oldest first: the feed other systems act on. */
  async changesSince(since: Date, limit: number) {
    const docs = await this.#mergeChanges.since(new Date(since.getTime() + 1), limit);
    return docs.map(({ type, survivorId, mergedProfileId, at, reason }) => ({ type, survivorId, mergedProfileId, at, reason }));
  }

  async #load(id: string, role: string): Promise<ProfileDoc> {
    const doc = await this.#profiles.byId(id);
    if (!doc || doc.status === 'ERASED') throw notFound(`The ${role} profile`);
    return doc;
  }

  /** The survivor's write commits a merge or unmerge, with its event for subscribers (the outbox). */
  async #writeSurvivor(
    doc: ProfileDoc,
    update: { $set: Record<string, unknown>; $push: Record<string, unknown> },
    event: 'profile.merged' | 'profile.unmerged',
    otherId: string,
    provenance: Provenance,
  ): Promise<void> {
    const outbox = profileEvent(event, doc._id, provenance, {
      [event === 'profile.merged' ? 'mergedProfileId' : 'restoredProfileId']: otherId,
    });
    const written = await this.#profiles.updateAtVersion(doc._id, doc.version, {
      $set: { ...update.$set, mergeFollowUp: true, updatedAt: provenance.at, lastChangedBy: provenance },
      $push: { ...update.$push, outbox },
    });
    if (!written) throw conflict('The profile changed while merging; try again.');
  }

  async completeMerge(survivorId: string, record: StoredMerge): Promise<void> {
    await this.#profiles.markMerged(record.mergedProfileId, survivorId, record.at, record.by);
    await this.#claims.moveAll(record.mergedProfileId, survivorId);
    await this.#repoint(record.repointed, survivorId);
    await this.#feed(survivorId, record, 'MERGED');
  }

  /**
   * Points profiles merged earlier at another survivor, each under its own lock (its outbox relay
   * writes it too, and FerretDB updates are read-modify-write). They are merged away, so no merge
   * holding them waits for the locks held here.
   */
  #repoint(ids: readonly string[], to: string) {
    return ids.length ? this.#service.exclusive(ids, () => this.#profiles.repoint(ids, to)) : Promise.resolve(0);
  }

  /** The merge feed's entry for a merge or an unmerge; written again after a crash, stored once. */
  async #feed(survivorId: string, record: StoredMerge, type: MergeChangeDoc['type']): Promise<void> {
    const at = type === 'MERGED' ? record.at : (record.undoneAt ?? record.at);
    const change: MergeChangeDoc = {
      _id: `${record.id}:${type}`,
      type,
      survivorId,
      mergedProfileId: record.mergedProfileId,
      at,
      reason: record.reason,
      dayBucket: bucketOf(at, MERGE_FEED_BUCKET_MS),
    };
    await this.#mergeChanges.insertOnce(change);
  }

  /** The survivor's follow-up is done: the next start need not look at it. */
  #followedUp(survivorId: string) {
    return this.#profiles.followedUp(survivorId);
  }

  async #completeUnmerge(survivorId: string, record: StoredMerge): Promise<void> {
    const by = record.undoneBy ?? record.by;
    await this.#profiles.markUnmerged(record.mergedProfileId, survivorId, record.mergedStatus, record.undoneAt ?? by.at, by);
    const merged = await this.#profiles.fieldsOf(record.mergedProfileId, ['identifiers']);
    await this.#claims.giveBack(
      (merged?.identifiers ?? []).map((i) => i.index),
      record.mergedProfileId,
    );
    await this.#repoint(record.repointed, record.mergedProfileId);
    await this.#feed(survivorId, record, 'UNMERGED');
  }

  /**
   * Completes the follow-ups of the survivors found (each under its locks), writes the feed
   * entries of all their merges (stored once however often written), and clears their flag.
   */
  async #completeAll(which: Parameters<ProfileStore['survivors']>[0]): Promise<number> {
    let completed = 0;
    const survivors = await this.#profiles.survivors(which);
    for (const { _id: survivorId, merges: records } of survivors) {
      await this.#service.exclusive([survivorId, ...records.map((r) => r.mergedProfileId)], async () => {
        for (const record of records) {
          const merged = await this.#profiles.fieldsOf(record.mergedProfileId, ['status', 'mergedInto']);
          if (!merged) continue;
          const isMerged = merged.status === 'MERGED' && merged.mergedInto === survivorId;
          // Merged away, into this survivor or (a chain: this survivor was merged since) into a later one.
          if (!record.undoneAt && merged.status !== 'MERGED') {
            await this.completeMerge(survivorId, record);
            completed += 1;
          } else if (record.undoneAt && isMerged) {
            await this.#completeUnmerge(survivorId, record);
            completed += 1;
          } else {
            await this.#feed(survivorId, record, 'MERGED');
            if (record.undoneAt) await this.#feed(survivorId, record, 'UNMERGED');
          }
        }
        await this.#followedUp(survivorId);
      });
    }
    if (completed) this.#log.warn('completed merges interrupted by a crash', { completed });
    return completed;
  }
}
