import type { Model } from 'mongoose';
import { fieldsOf, findByKeys, insertNew } from '#kit/mongo.ts';
import type { PrivacyRequestDoc } from '../models/PrivacyRequest.ts';

/** A change to one request: fields set, entries pushed (its events, its outbox). */
export interface RequestUpdate {
  $set?: Partial<PrivacyRequestDoc> | Record<string, unknown>;
  $push?: Record<string, unknown>;
}

/** What an export of the subject's requests leaves out: the sealed parts, which are ours to read, not theirs. */
const SEALED = { exportSealed: 0, captureSealed: 0, 'steps.sealedResult': 0 } as const;

/** Every query and write of privacy requests. */
export function requestStore(requests: Model<PrivacyRequestDoc>) {
  return {
    /** The connection the requests live on: for the orchestrator's turns. */
    connection: requests.db,

    get: (id: string) => requests.findById(id).lean<PrivacyRequestDoc>().exec(),

    /** Some fields of one request (`_id` always). */
    fieldsOf: <K extends keyof PrivacyRequestDoc>(id: string, fields: readonly K[]) => fieldsOf(requests, id, fields),

    /** The requests of these subjects, newest first. */
    bySubjects: (subjectIds: readonly string[]) =>
      findByKeys<PrivacyRequestDoc>(requests, 'subjectId', subjectIds, { sort: { receivedAt: -1, _id: 1 } }),

    /**
     * The requests still open (received or in progress), read with one indexed equality per status:
     * FerretDB scans the whole collection for a `$in` or a range, and completed requests, kept as
     * the law requires, only grow. The caller sorts and picks (open requests are few).
     */
    open: <T = PrivacyRequestDoc>(projection?: Record<string, 0 | 1>) =>
      findByKeys<T>(requests, 'status', ['RECEIVED', 'IN_PROGRESS'], projection ? { projection } : {}),

    /** Stores a new request; false when one of the same kind is open already (its `openKey` is taken). */
    insert: (doc: PrivacyRequestDoc): Promise<boolean> => insertNew(requests, doc),

    byOpenKey: (openKey: string) => requests.findOne({ openKey }).lean<PrivacyRequestDoc>().exec(),

    update: async (id: string, update: RequestUpdate) => {
      await requests.updateOne({ _id: id }, update).exec();
    },

    /** Flags a request near its deadline, once (a replica that flagged it first wins). */
    flagNearDeadline: async (id: string, update: RequestUpdate) => {
      await requests.updateOne({ _id: id, nearDeadlineAt: null }, update).exec();
    },

    /** Drops the sealed exports and captures of every request of a subject (erasure); how many changed. */
    clearSealedOf: async (subjectId: string) =>
      (await requests.updateMany({ subjectId }, { $set: { exportSealed: null, captureSealed: null } }).exec()).modifiedCount,

    /** A subject's requests as their export shows them. */
    exportOf: (subjectId: string) => requests.find({ subjectId }, SEALED).lean().exec(),

    countOf: (subjectId: string) => requests.countDocuments({ subjectId }).exec(),
  };
}

export type RequestStore = ReturnType<typeof requestStore>;
