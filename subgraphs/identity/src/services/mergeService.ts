import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { badUserInput, conflict, notFound } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import { restricted } from '../errors.ts';
import type { IdentifierClaimDoc } from '../models/IdentifierClaim.ts';
import type {
  MergeSnapshot,
  ProfileDoc,
  StoredAddress,
  StoredChange,
  StoredContactPoint,
  StoredIdentifier,
  StoredMerge,
} from '../models/Profile.ts';
import { addressKey, decodeProfile, openFor, sealFor, type PostalAddressValue } from './profileCodec.ts';
import { profileEvent, type ProfileService } from './profileService.ts';
import { findByKeys } from '#kit/mongo.ts';

const SNAPSHOT_FIELDS = [
  'name',
  'birthDate',
  'locale',
  'timeZone',
  'emails',
  'phones',
  'addresses',
  'identifiers',
  'contactIndex',
] as const;

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
 * and `completePending` finishes any that a crash interrupted.
 */
export function mergeService({
  profiles,
  claims,
  keys,
  service,
  log,
}: {
  profiles: Model<ProfileDoc>;
  claims: Model<IdentifierClaimDoc>;
  keys: SubjectKeyStore;
  service: ProfileService;
  log: Logger;
}) {
  async function load(id: string, role: string): Promise<ProfileDoc> {
    const doc = await profiles.findById(id).lean<ProfileDoc>().exec();
    if (!doc || doc.status === 'ERASED') throw notFound(`The ${role} profile`);
    return doc;
  }

  /** The survivor's write commits a merge or unmerge, with its event for subscribers (the outbox). */
  async function writeSurvivor(
    doc: ProfileDoc,
    update: { $set: Record<string, unknown>; $push: Record<string, unknown> },
    event: 'profile.merged' | 'profile.unmerged',
    otherId: string,
    provenance: Provenance,
  ): Promise<void> {
    const outbox = profileEvent(event, doc._id, provenance, {
      [event === 'profile.merged' ? 'mergedProfileId' : 'restoredProfileId']: otherId,
    });
    const written = await profiles
      .updateOne(
        { _id: doc._id, version: doc.version },
        {
          $set: { ...update.$set, updatedAt: provenance.at, lastChangedBy: provenance },
          $push: { ...update.$push, outbox },
          $inc: { version: 1 },
        },
      )
      .exec();
    if (written.matchedCount === 0) throw conflict('The profile changed while merging; try again.');
  }

  async function completeMerge(survivorId: string, record: StoredMerge): Promise<void> {
    await profiles
      .updateOne(
        { _id: record.mergedProfileId, status: { $ne: 'MERGED' } },
        { $set: { status: 'MERGED', mergedInto: survivorId, updatedAt: record.at, lastChangedBy: record.by }, $inc: { version: 1 } },
      )
      .exec();
    await claims.updateMany({ profileId: record.mergedProfileId }, { $set: { profileId: survivorId } }).exec();
    if (record.repointed.length) await profiles.updateMany({ _id: { $in: record.repointed } }, { $set: { mergedInto: survivorId } }).exec();
  }

  async function completeUnmerge(survivorId: string, record: StoredMerge): Promise<void> {
    const by = record.undoneBy ?? record.by;
    await profiles
      .updateOne(
        { _id: record.mergedProfileId, mergedInto: survivorId },
        {
          $set: { status: record.mergedStatus, mergedInto: null, updatedAt: record.undoneAt ?? by.at, lastChangedBy: by },
          $inc: { version: 1 },
        },
      )
      .exec();
    const merged = await profiles.findById(record.mergedProfileId, { identifiers: 1 }).lean<Pick<ProfileDoc, 'identifiers'>>().exec();
    const indexes = (merged?.identifiers ?? []).map((i) => i.index);
    if (indexes.length) await claims.updateMany({ _id: { $in: indexes } }, { $set: { profileId: record.mergedProfileId } }).exec();
    if (record.repointed.length)
      await profiles.updateMany({ _id: { $in: record.repointed } }, { $set: { mergedInto: record.mergedProfileId } }).exec();
  }

  return {
    completeMerge,

    /** Finishes merges and unmerges whose follow-up writes a crash interrupted. Idempotent. */
    async completePending(): Promise<number> {
      let completed = 0;
      const survivors = await profiles
        .find({ 'merges.0': { $exists: true } }, { _id: 1, merges: 1 })
        .lean<Pick<ProfileDoc, '_id' | 'merges'>[]>()
        .exec();
      for (const survivor of survivors) {
        for (const record of survivor.merges) {
          const merged = await profiles
            .findById(record.mergedProfileId, { status: 1, mergedInto: 1 })
            .lean<Pick<ProfileDoc, 'status' | 'mergedInto'>>()
            .exec();
          if (!merged) continue;
          const isMerged = merged.status === 'MERGED' && merged.mergedInto === survivor._id;
          if (!record.undoneAt && !isMerged) {
            await completeMerge(survivor._id, record);
            completed += 1;
          } else if (record.undoneAt && isMerged) {
            await completeUnmerge(survivor._id, record);
            completed += 1;
          }
        }
      }
      if (completed) log.warn('completed merges interrupted by a crash', { completed });
      return completed;
    },

    merge(survivorId: string, mergedId: string, reason: string, provenance: Provenance) {
      if (survivorId === mergedId) throw badUserInput('A profile cannot be merged into itself.', 'mergedId');
      return service.exclusive([survivorId, mergedId], async () => {
        const survivor = await load(survivorId, 'surviving');
        const merged = await load(mergedId, 'merged');
        for (const doc of [survivor, merged]) {
          if (doc.status === 'MERGED') throw conflict(`Profile ${doc._id} was already merged into ${doc.mergedInto}.`);
          if (doc.status === 'RESTRICTED') throw restricted();
        }
        const survivorKey = await keys.ensureKey(survivorId);
        const mergedKey = (await keys.keysFor([mergedId])).get(mergedId);
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

        const repointed = (await profiles.find({ mergedInto: mergedId }, { _id: 1 }).lean<{ _id: string }[]>().exec()).map((d) => d._id);
        const record: StoredMerge = {
          id: randomUUID(),
          mergedProfileId: mergedId,
          reason,
          at: provenance.at,
          by: provenance,
          snapshot: Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, survivor[f] ?? null])) as unknown as MergeSnapshot,
          mergedStatus: merged.status === 'RESTRICTED' ? 'RESTRICTED' : 'ACTIVE',
          repointed,
          undoneAt: null,
          undoneBy: null,
        };
        Object.assign($set, { emails, phones, addresses, identifiers, contactIndex: [...emails, ...phones].map((p) => p.index) });
        await writeSurvivor(
          survivor,
          { $set, $push: { merges: record, ...(history.length ? { history: { $each: history } } : {}) } },
          'profile.merged',
          mergedId,
          provenance,
        );
        await completeMerge(survivorId, record);
      });
    },

    unmerge(survivorId: string, mergedId: string, reason: string, provenance: Provenance) {
      return service.exclusive([survivorId, mergedId], async () => {
        const survivor = await load(survivorId, 'surviving');
        const record = survivor.merges.find((m) => m.mergedProfileId === mergedId && !m.undoneAt);
        if (!record) throw notFound('A merge of these two profiles');
        const undone: StoredMerge = { ...record, undoneAt: provenance.at, undoneBy: provenance };
        const key = await keys.ensureKey(survivorId);
        const entryId = randomUUID();
        const entry: StoredChange = {
          id: entryId,
          attribute: 'merge',
          previous: sealFor(key, survivorId, `history.${entryId}`, { mergedProfileId: mergedId }),
          reason: `unmerge of ${mergedId}: ${reason}`,
          at: provenance.at,
          by: provenance,
        };
        await writeSurvivor(
          survivor,
          {
            $set: { ...record.snapshot, merges: survivor.merges.map((m) => (m.id === record.id ? undone : m)) },
            $push: { history: entry },
          },
          'profile.unmerged',
          mergedId,
          provenance,
        );
        await completeUnmerge(survivorId, undone);
      });
    },

    /** Other live profiles sharing an email or phone with this one, and why. */
    async duplicatesOf(profileId: string): Promise<{ id: string; reasons: string[] }[]> {
      const doc = await load(profileId, 'given');
      if (!doc.contactIndex.length) return [];
      // One indexed lookup per contact point (FerretDB scans for a $in); live profiles other than this one.
      const found = await findByKeys<Pick<ProfileDoc, '_id' | 'emails' | 'phones' | 'status'>>(profiles, 'contactIndex', doc.contactIndex, {
        projection: { emails: 1, phones: 1, status: 1 },
      });
      const others = [...new Map(found.map((p) => [p._id, p])).values()].filter(
        (p) => p._id !== profileId && (p.status === 'ACTIVE' || p.status === 'RESTRICTED'),
      );
      // Only contact points both sides proved count: an unverified one may be someone else's, typed in.
      return others.flatMap((other) => {
        const reasons = new Set<string>();
        for (const kind of ['emails', 'phones'] as const) {
          for (const ours of doc[kind]) {
            const theirs = other[kind].find((p) => p.index === ours.index);
            if (theirs?.verified && ours.verified) reasons.add(`SAME_VERIFIED_${kind === 'emails' ? 'EMAIL' : 'PHONE'}`);
          }
        }
        return reasons.size ? [{ id: other._id, reasons: [...reasons].sort() }] : [];
      });
    },

    /** Merges and unmerges since a time, oldest first: the feed other systems act on. */
    async changesSince(since: Date, limit: number) {
      const docs = await profiles
        .find({ $or: [{ 'merges.at': { $gt: since } }, { 'merges.undoneAt': { $gt: since } }] }, { merges: 1 })
        .lean<Pick<ProfileDoc, '_id' | 'merges'>[]>()
        .exec();
      return docs
        .flatMap((doc) =>
          doc.merges.flatMap((m) => [
            ...(m.at > since
              ? [{ type: 'MERGED' as const, survivorId: doc._id, mergedProfileId: m.mergedProfileId, at: m.at, reason: m.reason }]
              : []),
            ...(m.undoneAt && m.undoneAt > since
              ? [{ type: 'UNMERGED' as const, survivorId: doc._id, mergedProfileId: m.mergedProfileId, at: m.undoneAt, reason: m.reason }]
              : []),
          ]),
        )
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .slice(0, limit);
    },
  };
}

export type MergeService = ReturnType<typeof mergeService>;
