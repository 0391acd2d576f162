import type { Model } from 'mongoose';
import { countByKeys, deleteByKeys, findByKeys } from '#kit/mongo.ts';
import type { Provenance } from '#kit/authorize.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { affectedIn, type InventoryEntry, type SubjectRights } from '#kit/subjectRights.ts';
import type { IdentifierClaimDoc } from './models/IdentifierClaim.ts';
import type { ProfileDoc } from './models/Profile.ts';
import { decodeProfile } from './services/profileCodec.ts';
import { profileEvent, type ProfileService } from './services/profileService.ts';

const CATEGORIES = ['name', 'contact details', 'postal addresses', 'birth date', 'source-system identifiers', 'change history'];
const PURPOSES = ['customer identification', 'contract', 'keeping data accurate (GDPR Art. 5(1)(d))'];
const RETENTION = 'Kept while you are a customer; erased (and the key that encrypts it destroyed) when you ask.';

/**
 * Identity's side of the subject-rights contract. A subject is a whole merge cluster: the surviving
 * profile and every profile merged into it, whichever of their ids the request names. Erasure shreds their data keys (every copy of their ciphertext, backups
 * included, becomes unreadable), removes their identifier claims, and leaves only a tombstone
 * without personal data so references and audits still resolve to "erased".
 */
export function identitySubjectRights({
  profiles,
  claims,
  keys,
  service,
}: {
  profiles: Model<ProfileDoc>;
  claims: Model<IdentifierClaimDoc>;
  keys: SubjectKeyStore;
  service: ProfileService;
}): SubjectRights {
  /**
   * Every profile that is this person: the survivor the id was merged into (if it was), and every
   * profile merged into that survivor. A request naming a merged-away id reaches the data it
   * became part of.
   */
  const subjectIds = async (subjectId: string) => {
    const doc = await profiles.findById(subjectId, { status: 1, mergedInto: 1 }).lean<Pick<ProfileDoc, 'status' | 'mergedInto'>>().exec();
    const root = doc?.status === 'MERGED' && doc.mergedInto ? doc.mergedInto : subjectId;
    const merged = await profiles.find({ mergedInto: root }, { _id: 1 }).lean<{ _id: string }[]>().exec();
    return [root, ...merged.map((m) => m._id).filter((id) => id !== root)];
  };

  async function eraseNow(subjectId: string, ids: string[]) {
    const at = new Date();
    let shredded = 0;
    for (const id of ids) if (await keys.destroy(id)) shredded += 1;
    const deletedCount = await deleteByKeys(claims, 'profileId', ids);
    const by = { source: 'privacy-orchestrator', channel: 'internal', actor: null, at };
    const tombstone = {
      status: 'ERASED',
      name: null,
      birthDate: null,
      locale: null,
      timeZone: null,
      emails: [],
      phones: [],
      addresses: [],
      identifiers: [],
      contactIndex: [],
      history: [],
      merges: [],
      mergedInto: null,
      updatedAt: at,
      lastChangedBy: by,
    };
    // Each profile's tombstone carries the event telling subscribers to erase their copy; a second
    // run (after a crash) finds them erased and tells nobody twice.
    const { modifiedCount } = await profiles.bulkWrite(
      ids.map((id) => ({
        updateOne: {
          filter: { _id: id, status: { $ne: 'ERASED' } },
          update: { $set: tombstone, $push: { outbox: profileEvent('profile.erased', id, by) }, $inc: { version: 1 } },
        },
      })),
      { ordered: false },
    );
    return {
      subgraph: 'identity',
      subjectId,
      erasedAt: at.toISOString(),
      removed: { subject_keys: shredded, identifier_claims: deletedCount, profiles: modifiedCount },
    };
  }

  async function restrictNow(subjectId: string, restricted: boolean, provenance: Provenance) {
    const result = await profiles
      .updateOne(
        { _id: subjectId, status: { $in: restricted ? ['ACTIVE'] : ['RESTRICTED'] } },
        {
          $set: {
            status: restricted ? 'RESTRICTED' : 'ACTIVE',
            restrictedAt: restricted ? provenance.at : null,
            updatedAt: provenance.at,
            lastChangedBy: provenance,
          },
          $inc: { version: 1 },
        },
      )
      .exec();
    const doc = await profiles
      .findById(subjectId, { status: 1, restrictedAt: 1 })
      .lean<Pick<ProfileDoc, 'status' | 'restrictedAt'>>()
      .exec();
    return {
      subgraph: 'identity',
      subjectId,
      restricted: doc?.status === 'RESTRICTED',
      changedAt: result.modifiedCount ? provenance.at.toISOString() : (doc?.restrictedAt?.toISOString() ?? null),
    };
  }

  return {
    async export(subjectId) {
      const ids = await subjectIds(subjectId);
      const [docs, dataKeys, held] = await Promise.all([
        findByKeys<ProfileDoc>(profiles, '_id', ids),
        keys.keysFor(ids),
        findByKeys(claims, 'profileId', ids, { projection: { source: 1, profileId: 1, claimedAt: 1 } }),
      ]);
      const views = docs.map((doc) => decodeProfile(doc, dataKeys.get(doc._id)));
      return {
        subgraph: 'identity',
        subjectId,
        generatedAt: new Date().toISOString(),
        records: { profiles: JSON.parse(JSON.stringify(views)), identifier_claims: JSON.parse(JSON.stringify(held)) },
      };
    },

    async erase(subjectId) {
      const ids = await subjectIds(subjectId);
      // Queued with every other write of these profiles: FerretDB updates are read-modify-write.
      return service.exclusive(ids, () => eraseNow(subjectId, ids));
    },

    restrict: (subjectId, restricted, provenance) => service.exclusive([subjectId], () => restrictNow(subjectId, restricted, provenance)),
    affected: (window) =>
      affectedIn(
        'identity',
        [
          { model: profiles, subjectField: '_id', categories: CATEGORIES, purposes: PURPOSES },
          {
            model: claims,
            subjectField: 'profileId',
            categories: ['source-system identifiers'],
            purposes: PURPOSES,
            writtenAtField: 'claimedAt',
          },
        ],
        window,
      ),

    /**
     * Who can still be found by these emails, phones or identifiers (blind-index lookups, one
     * equality each): a live profile holding one of the contact points verified (as
     * `profileByEmail` finds it; an unverified one finds nobody), or holding one of the identifiers.
     */
    async locate({ emails = [], phones = [], identifiers = [] }) {
      const contactIndexes = [
        ...emails.map((e) => service.contactIndex('emails', e)),
        ...phones.map((p) => service.contactIndex('phones', p)),
      ];
      type Holder = {
        _id: string;
        status: string;
        emails?: { index: string; verified: boolean }[];
        phones?: { index: string; verified: boolean }[];
      };
      const [byContact, byIdentifier] = await Promise.all([
        findByKeys<Holder>(profiles, 'contactIndex', contactIndexes, {
          projection: { status: 1, 'emails.index': 1, 'emails.verified': 1, 'phones.index': 1, 'phones.verified': 1 },
        }),
        findByKeys<{ profileId: string }>(
          claims,
          '_id',
          identifiers.map((i) => service.identifierIndex(i)),
          { projection: { profileId: 1 } },
        ),
      ]);
      const wanted = new Set(contactIndexes);
      const identifying = byContact.filter(
        (p) => p.status !== 'ERASED' && [...(p.emails ?? []), ...(p.phones ?? [])].some((c) => c.verified && wanted.has(c.index)),
      );
      return [...new Set([...identifying.map((d) => d._id), ...byIdentifier.map((c) => c.profileId)])].sort();
    },

    async inventory(subjectId) {
      const ids = await subjectIds(subjectId);
      const holds: InventoryEntry[] = [];
      const live = await countByKeys(profiles, '_id', ids, { status: { $ne: 'ERASED' } });
      if (live) holds.push({ collection: 'profiles', count: live, categories: CATEGORIES, purposes: PURPOSES, retention: RETENTION });
      const keyCount = await countByKeys(keys.model, '_id', ids);
      if (keyCount)
        holds.push({
          collection: 'subject_keys',
          count: keyCount,
          categories: ['encryption key'],
          purposes: PURPOSES,
          retention: RETENTION,
        });
      const claimCount = await countByKeys(claims, 'profileId', ids);
      if (claimCount)
        holds.push({
          collection: 'identifier_claims',
          count: claimCount,
          categories: ['source-system identifiers'],
          purposes: PURPOSES,
          retention: RETENTION,
        });
      return { subgraph: 'identity', subjectId, holds };
    },
  };
}
