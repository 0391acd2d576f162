import type { SubjectKeyStore } from '#kit/crypto/subjectKeys.ts';
import type { Locks } from '#kit/locks.ts';
import { affectedIn, subjectRightsFor, type SubjectRights } from '#kit/subjectRights.ts';
import type { AccessAuditService } from './accessAudit.ts';
import type { PrivacyStore } from '../store/privacyStore.ts';

/**
 * Privacy's own side of the contract. The requests themselves are what the law requires to keep
 * (that a request was made and fulfilled, when): erasure shreds the subject's key here (sealed
 * exports and captured identifiers become unreadable) and drops those fields, keeping the rest.
 * The access audit (field names and who read them, no values) is the controller's accountability
 * record and stays too.
 */
export function privacySubjectRights(
  { connection, models, requests, audit, breaches }: PrivacyStore,
  keys: SubjectKeyStore,
  accessAudit: AccessAuditService,
  /** The breaches' write locks, shared with the register (BreachService). */
  breachWrites: Locks,
): SubjectRights {
  // kit's generic contract over no collections of ours: what it holds is the subject's restriction.
  const generic = subjectRightsFor('privacy', connection, []);
  return {
    async export(subjectId) {
      const [held, restriction, accesses, notices] = await Promise.all([
        requests.exportOf(subjectId),
        generic.export(subjectId),
        accessAudit.allOf(subjectId),
        breaches.noticesOf([subjectId]),
      ]);
      return {
        subgraph: 'privacy',
        subjectId,
        generatedAt: new Date().toISOString(),
        records: JSON.parse(
          JSON.stringify({
            privacy_requests: held,
            subject_restrictions: restriction.records.subject_restrictions ?? [],
            access_audit: accesses,
            breach_notices: notices.map(({ breachId, language, title, text, notifiedAt }) => ({
              breachId,
              language,
              title,
              text,
              notifiedAt,
            })),
          }),
        ),
      };
    },
    async erase(subjectId) {
      const shredded = await keys.destroy(subjectId);
      const cleared = await requests.clearSealedOf(subjectId);
      const restriction = await generic.erase(subjectId);
      const forgotten = await breaches.forget(subjectId, (ids, task) => breachWrites.runAll(ids, task));
      return {
        subgraph: 'privacy',
        subjectId,
        erasedAt: new Date().toISOString(),
        removed: {
          subject_keys: shredded ? 1 : 0,
          sealed_fields_cleared: cleared,
          subject_restrictions: restriction.removed.subject_restrictions ?? 0,
          breach_notices: forgotten.notices,
          breach_scopes: forgotten.scopes,
        },
      };
    },
    restrict: generic.restrict,
    affected: (window) =>
      affectedIn(
        'privacy',
        [
          {
            model: models.requests,
            subjectField: 'subjectId',
            categories: ['data-subject requests and their outcome'],
            purposes: ['legal obligation (GDPR Art. 12-22)'],
            writtenAtField: 'receivedAt',
          },
          {
            model: models.breachNotices,
            subjectField: 'subjectId',
            categories: ['breach notices sent to you'],
            purposes: ['legal obligation (GDPR Art. 34)'],
            writtenAtField: 'notifiedAt',
          },
        ],
        window,
      ),
    async inventory(subjectId) {
      const count = await requests.countOf(subjectId);
      const accesses = await audit.countOf(subjectId);
      const notices = await breaches.countNoticesOf(subjectId);
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
          ...(notices
            ? [
                {
                  collection: 'breach_notices',
                  count: notices,
                  categories: ['breach notices sent to you'],
                  purposes: ['legal obligation (GDPR Art. 34)'],
                  retention: 'Kept with the breach register as proof that you were told, until you ask for erasure.',
                },
              ]
            : []),
          ...restriction.holds,
        ],
      };
    },
  };
}
