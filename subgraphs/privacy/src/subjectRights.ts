import type { Connection, Model } from 'mongoose';
import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import { affectedIn, restrictionModel, subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import { openedAccessEntries, type AccessAuditDoc } from './models/AccessAudit.ts';
import type { PrivacyRequestDoc } from './models/PrivacyRequest.ts';

/**
 * Privacy's own side of the contract. The requests themselves are what the law requires to keep
 * (that a request was made and fulfilled, when): erasure shreds the subject's key here (sealed
 * exports and captured identifiers become unreadable) and drops those fields, keeping the rest.
 * The access audit (field names and who read them, no values) is the controller's accountability
 * record and stays too.
 */
export function privacySubjectRights(
  connection: Connection,
  requests: Model<PrivacyRequestDoc>,
  keys: SubjectKeyStore,
  audit: Model<AccessAuditDoc>,
): SubjectRights {
  const generic = subjectRightsFor('privacy', connection, []);
  const strip = { exportSealed: 0, captureSealed: 0, 'steps.sealedResult': 0 } as const;
  return {
    async export(subjectId) {
      const [held, restriction, accesses] = await Promise.all([
        requests.find({ subjectId }, strip).lean().exec(),
        restrictionModel(connection).find({ _id: subjectId }).lean().exec(),
        audit
          .find({ subjectId })
          .sort({ at: -1 })
          .lean<AccessAuditDoc[]>()
          .exec()
          .then((found) => openedAccessEntries(keys, found)),
      ]);
      return {
        subgraph: 'privacy',
        subjectId,
        generatedAt: new Date().toISOString(),
        records: JSON.parse(JSON.stringify({ privacy_requests: held, subject_restrictions: restriction, access_audit: accesses })),
      };
    },
    async erase(subjectId) {
      const shredded = await keys.destroy(subjectId);
      const { modifiedCount } = await requests.updateMany({ subjectId }, { $set: { exportSealed: null, captureSealed: null } }).exec();
      const { deletedCount } = await restrictionModel(connection).deleteMany({ _id: subjectId }).exec();
      return {
        subgraph: 'privacy',
        subjectId,
        erasedAt: new Date().toISOString(),
        removed: { subject_keys: shredded ? 1 : 0, sealed_fields_cleared: modifiedCount, subject_restrictions: deletedCount },
      };
    },
    restrict: generic.restrict,
    affected: (window) =>
      affectedIn(
        'privacy',
        [
          {
            model: requests,
            subjectField: 'subjectId',
            categories: ['data-subject requests and their outcome'],
            purposes: ['legal obligation (GDPR Art. 12-22)'],
            writtenAtField: 'receivedAt',
          },
        ],
        window,
      ),
    async inventory(subjectId) {
      const count = await requests.countDocuments({ subjectId });
      const accesses = await audit.countDocuments({ subjectId });
      const restriction = await generic.inventory(subjectId);
      return {
        subgraph: 'privacy',
        subjectId,
        holds: [
          ...(count
            ? [
                {
                  collection: 'privacy_requests',
                  count,
                  categories: ['data-subject requests and their outcome'],
                  purposes: ['legal obligation (GDPR Art. 12-22)'],
                  retention: 'Kept as proof that your requests were answered, without your personal data after an erasure.',
                },
              ]
            : []),
          ...(accesses
            ? [
                {
                  collection: 'access_audit',
                  count: accesses,
                  categories: ['who read which of your data, when and why (field names, no values)'],
                  purposes: ['accountability (GDPR Art. 5(2)), telling you who received your data (Art. 15)'],
                  retention: 'Kept as the record of disclosures of your data.',
                },
              ]
            : []),
          ...restriction.holds,
        ],
      };
    },
  };
}
