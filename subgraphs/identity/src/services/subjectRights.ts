import { provenanceSources } from '#kit/provenance.ts';
import type { Provenance } from '#kit/authorize.ts';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { affectedIn, type InventoryEntry, type SubjectRights } from '#kit/subjectRights.ts';
import { decodeProfile } from './profileCodec.ts';
import { profileEvent, type ProfileService } from './profileService.ts';
import type { IdentityStore } from '../store/identityStore.ts';

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
  store: { profiles, claims, models },
  keys,
  service,
}: {
  store: IdentityStore;
  keys: SubjectKeyStore;
  service: ProfileService;
}): SubjectRights {
  /**
   * Every profile that is this person: the survivor the id was merged into (if it was), and every
   * profile merged into that survivor. A request naming a merged-away id reaches the data it
   * became part of.
   */
  const subjectIds = async (subjectId: string) => {
    const doc = await profiles.fieldsOf(subjectId, ['status', 'mergedInto']);
    const root = doc?.status === 'MERGED' && doc.mergedInto ? doc.mergedInto : subjectId;
    const merged = await profiles.idsMergedInto(root);
    return [root, ...merged.filter((id) => id !== root)];
  };

  async function eraseNow(subjectId: string, ids: string[]) {
    const at = new Date();
    let shredded = 0;
    for (const id of ids) if (await keys.destroy(id)) shredded += 1;
    const deletedCount = await claims.deleteHeldBy(ids);
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
    const modifiedCount = await profiles.erase(ids, tombstone, (id) => profileEvent('profile.erased', id, by));
    return {
      subgraph: 'identity',
      subjectId,
      erasedAt: at.toISOString(),
      removed: { subject_keys: shredded, identifier_claims: deletedCount, profiles: modifiedCount },
    };
  }

  async function restrictNow(subjectId: string, restricted: boolean, provenance: Provenance) {
    const changed = await profiles.setRestricted(subjectId, restricted, provenance);
    const doc = await profiles.fieldsOf(subjectId, ['status', 'restrictedAt']);
    return {
      subgraph: 'identity',
      subjectId,
      restricted: doc?.status === 'RESTRICTED',
      changedAt: changed ? provenance.at.toISOString() : (doc?.restrictedAt?.toISOString() ?? null),
    };
  }

  return {
    async export(subjectId) {
      const ids = await subjectIds(subjectId);
      const [docs, dataKeys, held] = await Promise.all([profiles.findByIds(ids), keys.keysFor(ids), claims.heldBy(ids)]);
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
          { model: models.profiles, subjectField: '_id', categories: CATEGORIES, purposes: PURPOSES },
          {
            model: models.claims,
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
        profiles.byContactIndexes<Holder>(contactIndexes, {
          status: 1,
          'emails.index': 1,
          'emails.verified': 1,
          'phones.index': 1,
          'phones.verified': 1,
        }),
        claims.holdersOf(identifiers.map((i) => service.identifierIndex(i))),
      ]);
      const wanted = new Set(contactIndexes);
      const identifying = byContact.filter(
        (p) => p.status !== 'ERASED' && [...(p.emails ?? []), ...(p.phones ?? [])].some((c) => c.verified && wanted.has(c.index)),
      );
      return [...new Set([...identifying.map((d) => d._id), ...byIdentifier])].sort();
    },

    async inventory(subjectId) {
      const ids = await subjectIds(subjectId);
      const holds: InventoryEntry[] = [];
      const live = await profiles.provenanceOf(ids);
      if (live.length)
        holds.push({ collection: 'profiles', count: live.length, categories: CATEGORIES, purposes: PURPOSES, retention: RETENTION });
      const keyCount = await keys.countOf(ids);
      if (keyCount)
        holds.push({
          collection: 'subject_keys',
          count: keyCount,
          categories: ['encryption key'],
          purposes: PURPOSES,
          retention: RETENTION,
        });
      const claimCount = await claims.countHeldBy(ids);
      if (claimCount)
        holds.push({
          collection: 'identifier_claims',
          count: claimCount,
          categories: ['source-system identifiers'],
          purposes: PURPOSES,
          retention: RETENTION,
        });
      return { subgraph: 'identity', subjectId, holds, sources: provenanceSources(live) };
    },
  };
}
