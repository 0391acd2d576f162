import type { Model } from 'mongoose';
import type { AccessAuditDoc } from '../models/AccessAudit.ts';

/** Every query and write of the access audit (who read which fields of whom, when and why). */
export function accessAuditStore(audit: Model<AccessAuditDoc>) {
  return {
    insert: async (entries: readonly AccessAuditDoc[]) => {
      if (entries.length) await audit.insertMany([...entries], { ordered: false });
    },

    /** A subject's entries, newest first (all of them, or the newest `limit`). */
    of: (subjectId: string, limit?: number) => {
      const query = audit.find({ subjectId }).sort({ at: -1 });
      return (limit ? query.limit(limit) : query).lean<AccessAuditDoc[]>().exec();
    },

    countOf: (subjectId: string) => audit.countDocuments({ subjectId }).exec(),

    /** Recipients of a subject's data: every client or staff member who read it, other than the subject (a refused read disclosed nothing). */
    async recipientsOf(subjectId: string): Promise<string[]> {
      const entries = await audit
        .find({ subjectId, actor: { $ne: subjectId }, refused: null }, { clientId: 1, roles: 1 })
        .lean<Pick<AccessAuditDoc, 'clientId' | 'roles'>[]>()
        .exec();
      return [...new Set(entries.map((e) => `${e.clientId} (${e.roles.join(', ') || 'no role'})`))].sort();
    },
  };
}

export type AccessAuditStore = ReturnType<typeof accessAuditStore>;
