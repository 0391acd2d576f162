import { randomUUID } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { isDuplicateKeyError } from '#kit/mongo.ts';
import { dueDateFor } from '../deadlines.ts';
import type { PrivacyRequestDoc, PrivacyRequestType } from '../models/PrivacyRequest.ts';

export function privacyRequestRepository(requests: Model<PrivacyRequestDoc>) {
  return {
    findBySubjects: (subjectIds: readonly string[]) =>
      requests
        .find({ subjectId: { $in: [...subjectIds] } })
        .sort({ receivedAt: -1, _id: 1 })
        .lean<PrivacyRequestDoc[]>()
        .exec(),

    /**
     * Opens a request, or returns the open one of the same type. The unique `openKey` makes this
     * safe under concurrent submissions without a transaction.
     */
    async open(subjectId: string, type: PrivacyRequestType, provenance: Provenance): Promise<PrivacyRequestDoc> {
      const openKey = `${subjectId}:${type}`;
      const doc: PrivacyRequestDoc = {
        _id: randomUUID(),
        subjectId,
        type,
        status: 'RECEIVED',
        openKey,
        receivedAt: provenance.at,
        dueAt: dueDateFor(provenance.at),
        lastChangedBy: provenance,
      };
      try {
        await requests.create(doc);
        return doc;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const existing = await requests.findOne({ openKey }).lean<PrivacyRequestDoc>().exec();
        if (!existing) throw error;
        return existing;
      }
    },
  };
}

export type PrivacyRequestRepository = ReturnType<typeof privacyRequestRepository>;
