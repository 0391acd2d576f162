import type { Model } from 'mongoose';
import type { Provenance } from '#kit/authorize.ts';
import type { NoticeDoc, PurposeDoc } from '../models/Purpose.ts';

/** Every query and write of the purposes and their versioned notices (a small catalogue, read whole). */
export function catalogueStore({ purposes, notices }: { purposes: Model<PurposeDoc>; notices: Model<NoticeDoc> }) {
  return {
    list: () => purposes.find().sort({ _id: 1 }).lean<PurposeDoc[]>().exec(),
    get: (id: string) => purposes.findById(id).lean<PurposeDoc>().exec(),
    noticesOf: (purpose: string) => notices.find({ purpose }).sort({ version: -1 }).lean<NoticeDoc[]>().exec(),
    notice: (purpose: string, version: number) => notices.findById(`${purpose}:${version}`).lean<NoticeDoc>().exec(),

    /** Creates or changes a purpose; a new one starts without a notice. */
    upsertPurpose: async (id: string, fields: Partial<PurposeDoc>): Promise<PurposeDoc> =>
      (await purposes
        .findOneAndUpdate(
          { _id: id },
          { $set: fields, $setOnInsert: { currentNoticeVersion: 0 } },
          { upsert: true, returnDocument: 'after' },
        )
        .lean<PurposeDoc>()
        .exec())!,

    insertNotice: async (notice: NoticeDoc) => {
      await notices.create(notice);
    },

    setCurrentNotice: async (purpose: string, version: number, by: Provenance) => {
      await purposes.updateOne({ _id: purpose }, { $set: { currentNoticeVersion: version, updatedAt: by.at, lastChangedBy: by } }).exec();
    },
  };
}

export type CatalogueStore = ReturnType<typeof catalogueStore>;
