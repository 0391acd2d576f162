import type { Model, UpdateQuery } from 'mongoose';
import { findByKeys, insertManyNew } from '#kit/mongo.ts';
import type { BreachDoc, BreachNoticeDoc } from '../models/Breach.ts';

/** Every query and write of the breach register and the notices sent to customers. */
export function breachStore(breaches: Model<BreachDoc>, notices: Model<BreachNoticeDoc>) {
  return {
    insert: async (doc: BreachDoc) => {
      await breaches.create(doc);
    },

    get: (id: string) => breaches.findById(id).lean<BreachDoc>().exec(),

    update: async (id: string, update: UpdateQuery<BreachDoc>) => {
      await breaches.updateOne({ _id: id }, update).exec();
    },

    /** Open breaches (an indexed equality), the closed ones too when asked: the register is small. */
    list: async (includeClosed: boolean) =>
      breaches
        .find(includeClosed ? {} : { status: 'OPEN' })
        .lean<BreachDoc[]>()
        .exec(),

    /** Writes each notice once: notifying again after a failure part-way sends only the ones missing. */
    insertNotices: (docs: readonly BreachNoticeDoc[]) => insertManyNew(notices, docs),

    countNotices: (breachId: string) => notices.countDocuments({ breachId }).exec(),

    /** The notices of these subjects (the per-request loader's batch), newest first. */
    noticesOf: (subjectIds: readonly string[]) =>
      findByKeys<BreachNoticeDoc>(notices, 'subjectId', subjectIds, { sort: { notifiedAt: -1, _id: 1 } }),

    countNoticesOf: (subjectId: string) => notices.countDocuments({ subjectId }).exec(),

    /**
     * An erased subject: their notices go, and their id leaves every breach's scope (the counts
     * stay). `exclusive` holds the breaches' write locks while they change, as every step does.
     */
    async forget(
      subjectId: string,
      exclusive: <T>(ids: readonly string[], task: () => Promise<T>) => Promise<T>,
    ): Promise<{ notices: number; scopes: number }> {
      const { deletedCount } = await notices.deleteMany({ subjectId }).exec();
      const scoped = await breaches.find({ 'scope.subjects': subjectId }, { _id: 1 }).lean<{ _id: string }[]>().exec();
      const ids = scoped.map((b) => b._id);
      if (!ids.length) return { notices: deletedCount, scopes: 0 };
      const { modifiedCount } = await exclusive(ids, () =>
        breaches.updateMany({ _id: { $in: ids } }, { $pull: { 'scope.subjects': subjectId } }).exec(),
      );
      return { notices: deletedCount, scopes: modifiedCount };
    },
  };
}

export type BreachStore = ReturnType<typeof breachStore>;
