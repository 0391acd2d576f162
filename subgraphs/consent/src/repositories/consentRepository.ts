import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import { KeyedMutex } from '#kit/keyedMutex.ts';
import { retryOnDuplicate } from '#kit/mongo.ts';
import type { ConsentChannel, ConsentDecision, ConsentRecordDoc, ConsentStatus } from '../models/ConsentRecord.ts';

export const decisionKey = (purpose: string, channel: ConsentChannel) => `${purpose}:${channel}`;

export function consentRepository(records: Model<ConsentRecordDoc>) {
  const writes = new KeyedMutex();
  return {
    findBySubjects: (subjectIds: readonly string[]) =>
      records
        .find({ _id: { $in: [...subjectIds] } })
        .lean<ConsentRecordDoc[]>()
        .exec(),

    async setDecision(
      subjectId: string,
      { purpose, channel, status }: { purpose: string; channel: ConsentChannel; status: ConsentStatus },
      provenance: Provenance,
    ): Promise<ConsentDecision> {
      const decision: ConsentDecision = { purpose, channel, status, updatedAt: provenance.at, lastChangedBy: provenance };
      await writes.run(subjectId, () =>
        retryOnDuplicate(() =>
          records
            .updateOne(
              { _id: subjectId },
              { $set: { [`decisions.${decisionKey(purpose, channel)}`]: decision, updatedAt: provenance.at, lastChangedBy: provenance } },
              { upsert: true },
            )
            .exec(),
        ),
      );
      return decision;
    },
  };
}

export type ConsentRepository = ReturnType<typeof consentRepository>;
