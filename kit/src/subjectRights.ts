import { Schema, type Connection, type Model } from 'mongoose';
import { z } from 'zod';
import type { Provenance } from './authorize.ts';

/**
 * The subject-rights contract. Every subgraph that holds personal data implements it, so the
 * privacy subgraph can fan a data-subject request out to all of them and verify the result.
 * A subgraph that stores personal data without implementing it is a bug.
 */
export interface SubjectRights {
  /** Everything this subgraph holds about the subject, as plain JSON-safe records by collection. */
  export(subjectId: string): Promise<SubjectExport>;
  /** Removes (or irreversibly anonymises) everything held about the subject. Idempotent. */
  erase(subjectId: string): Promise<ErasureReport>;
  /** Marks the subject restricted (Art. 18) or lifts it; processing code reads the mark. */
  restrict(subjectId: string, restricted: boolean, provenance: Provenance): Promise<RestrictionState>;
  /** What is held, without the values: collections, counts, categories of data and purposes. */
  inventory(subjectId: string): Promise<SubjectInventory>;
  /**
   * Which subjects this subgraph can still find by these identifying values (for verifying an
   * erasure by lookup, not only by id). Only subgraphs that index such values implement it.
   */
  locate?(probe: LocateProbe): Promise<string[]>;
  /**
   * Records an objection to a purpose (Art. 21) or the automated-decision opt-out (Art. 22) for
   * the subject. Only consent, which holds these choices, implements it.
   */
  recordChoice?(subjectId: string, choice: SubjectChoice, provenance: Provenance): Promise<{ recorded: boolean }>;
  /** Breach response (Art. 33/34): who had data written in a window, and which categories. */
  affected(window: BreachWindow): Promise<AffectedSubjects>;
}

/** A breach window: which subjects had data written in these collections (all, if none named) between from and to. */
export interface BreachWindow {
  from: Date;
  to: Date;
  collections?: string[];
}

export interface AffectedSubjects {
  subgraph: string;
  /** Pseudonymous subject ids only: no more personal data than a notification needs. */
  subjects: string[];
  categories: string[];
}

export type SubjectChoice = { kind: 'objection'; purpose: string } | { kind: 'automated-decisions' };

export interface LocateProbe {
  emails?: string[];
  phones?: string[];
  identifiers?: { source: string; id: string }[];
}

export interface SubjectExport {
  subgraph: string;
  subjectId: string;
  generatedAt: string;
  records: Record<string, unknown[]>;
}

export interface ErasureReport {
  subgraph: string;
  subjectId: string;
  erasedAt: string;
  /** Documents removed, by collection. */
  removed: Record<string, number>;
}

export interface RestrictionState {
  subgraph: string;
  subjectId: string;
  restricted: boolean;
  changedAt: string | null;
}

export interface InventoryEntry {
  collection: string;
  count: number;
  categories: string[];
  purposes: string[];
  /** How long it is kept, in plain words. */
  retention?: string;
}

export const DEFAULT_RETENTION = 'Kept while you are a customer; erased when you ask, or when the relationship ends.';

export interface SubjectInventory {
  subgraph: string;
  subjectId: string;
  holds: InventoryEntry[];
  /** Third parties this subgraph disclosed the subject's data to (webhook subscribers sent events about them). */
  recipients?: string[];
  /** Where the data it holds came from (the provenance sources beside it), where this subgraph records provenance. */
  sources?: string[];
  /** What its retention sweep erased or anonymised of the subject's data when a period ended (kit/src/retention.ts). */
  expired?: ExpiredData[];
}

export interface ExpiredData {
  category: string;
  description: string;
  collection: string;
  action: 'ERASED' | 'ANONYMISED';
  count: number;
  /** The period that ended, as written (e.g. 395d). */
  period: string;
  at: string;
}

export const SUBJECT_RIGHTS_OPERATIONS = ['export', 'erase', 'restrict', 'inventory', 'locate', 'recordChoice', 'affected'] as const;
export type SubjectRightsOperation = (typeof SUBJECT_RIGHTS_OPERATIONS)[number];

/**
 * How a subgraph describes one collection that holds personal data; `subjectRightsFor` derives the
 * whole contract from a list of these, so each subgraph states what it holds, not how to erase it.
 */
export interface PersonalDataCollection {
  model: Model<any>;
  /** The field holding the subject id (`_id` for one-document-per-subject collections). */
  subjectField: string;
  categories: string[];
  purposes: string[];
  retention?: string;
  /** The field holding when a document was last written (default `updatedAt`), for breach windows. */
  writtenAtField?: string;
}

interface RestrictionDoc {
  _id: string;
  restricted: boolean;
  changedAt: Date;
  changedBy: Provenance;
}

const restrictionSchema = new Schema<RestrictionDoc>(
  {
    _id: { type: String, required: true },
    restricted: { type: Boolean, required: true },
    changedAt: { type: Date, required: true },
    changedBy: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'subject_restrictions', versionKey: false },
);

export const restrictionModel = (connection: Connection): Model<RestrictionDoc> =>
  connection.modelNames().includes('SubjectRestriction')
    ? connection.model<RestrictionDoc>('SubjectRestriction')
    : connection.model<RestrictionDoc>('SubjectRestriction', restrictionSchema);

export function subjectRightsFor(subgraph: string, connection: Connection, collections: readonly PersonalDataCollection[]): SubjectRights {
  const restrictions = restrictionModel(connection);
  const all: PersonalDataCollection[] = [
    ...collections,
    {
      model: restrictions,
      subjectField: '_id',
      categories: ['processing restriction'],
      purposes: ['legal obligation'],
      writtenAtField: 'changedAt',
    },
  ];
  const now = () => new Date().toISOString();

  return {
    async export(subjectId) {
      const records: Record<string, unknown[]> = {};
      for (const { model, subjectField } of all) {
        const docs = await model.find({ [subjectField]: subjectId }).lean();
        records[model.collection.collectionName] = JSON.parse(JSON.stringify(docs));
      }
      return { subgraph, subjectId, generatedAt: now(), records };
    },
    async erase(subjectId) {
      const removed: Record<string, number> = {};
      for (const { model, subjectField } of all) {
        const { deletedCount } = await model.deleteMany({ [subjectField]: subjectId });
        removed[model.collection.collectionName] = deletedCount;
      }
      return { subgraph, subjectId, erasedAt: now(), removed };
    },
    async restrict(subjectId, restricted, provenance) {
      const changedAt = provenance.at;
      await restrictions.updateOne({ _id: subjectId }, { $set: { restricted, changedAt, changedBy: provenance } }, { upsert: true });
      return { subgraph, subjectId, restricted, changedAt: changedAt.toISOString() };
    },
    affected: (window) => affectedIn(subgraph, all, window),
    async inventory(subjectId) {
      const holds: InventoryEntry[] = [];
      for (const { model, subjectField, categories, purposes, retention = DEFAULT_RETENTION } of all) {
        const count = await model.countDocuments({ [subjectField]: subjectId });
        if (count > 0) holds.push({ collection: model.collection.collectionName, count, categories, purposes, retention });
      }
      return { subgraph, subjectId, holds };
    },
  };
}

/** Subjects with documents written in the window, in the named collections (or all), one query each. */
export async function affectedIn(
  subgraph: string,
  collections: readonly PersonalDataCollection[],
  { from, to, collections: named }: BreachWindow,
): Promise<AffectedSubjects> {
  const subjects = new Set<string>();
  const categories = new Set<string>();
  for (const { model, subjectField, categories: held, writtenAtField = 'updatedAt' } of collections) {
    if (named?.length && !named.includes(model.collection.collectionName)) continue;
    const docs = await model
      .find({ [writtenAtField]: { $gte: from, $lte: to } }, { [subjectField]: 1 })
      .lean<Record<string, unknown>[]>()
      .exec();
    for (const doc of docs) subjects.add(String(doc[subjectField]));
    if (docs.length) held.forEach((c) => categories.add(c));
  }
  return { subgraph, subjects: [...subjects].sort(), categories: [...categories].sort() };
}

// The contract over the wire (`POST /internal/subject-rights`): what each operation takes, and
// what it answers, checked on both sides. A subgraph of another version that answers another shape
// fails that step loudly instead of putting a wrong document in someone's export.

const subjectId = z.string().min(1);
const isoDate = z.string().refine((at) => !Number.isNaN(Date.parse(at)), 'an ISO date');

const subjectChoice: z.ZodType<SubjectChoice> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('objection'), purpose: z.string() }),
  z.object({ kind: z.literal('automated-decisions') }),
]);

const locateProbe: z.ZodType<LocateProbe> = z.object({
  emails: z.array(z.string()).optional(),
  phones: z.array(z.string()).optional(),
  identifiers: z.array(z.object({ source: z.string(), id: z.string() })).optional(),
});

const breachWindow = z
  .object({ from: isoDate, to: isoDate, collections: z.array(z.string()).optional() })
  .refine(({ from, to }) => Date.parse(from) <= Date.parse(to), 'from is before to');

/** What each operation takes. */
export const subjectRightsCall = z.discriminatedUnion('operation', [
  z.object({ operation: z.literal('export'), subjectId }),
  z.object({ operation: z.literal('erase'), subjectId }),
  z.object({ operation: z.literal('inventory'), subjectId }),
  z.object({ operation: z.literal('restrict'), subjectId, restricted: z.boolean() }),
  z.object({ operation: z.literal('recordChoice'), subjectId, choice: subjectChoice }),
  z.object({ operation: z.literal('locate'), probe: locateProbe.optional() }),
  z.object({ operation: z.literal('affected'), window: breachWindow }),
]);
export type SubjectRightsCall = z.infer<typeof subjectRightsCall>;

/** What a caller that sent an operation something else is told it needs. */
export const SUBJECT_RIGHTS_HINTS: Record<SubjectRightsOperation, string> = {
  export: '"subjectId": string',
  erase: '"subjectId": string',
  inventory: '"subjectId": string',
  restrict: '"subjectId", and "restricted": true or false',
  recordChoice: '"subjectId", and "choice": {kind: "objection", purpose} or {kind: "automated-decisions"}',
  locate: '"probe": {emails, phones, identifiers}',
  affected: '"window": {from, to} as ISO dates, from before to',
};

const inventoryEntry: z.ZodType<InventoryEntry> = z.object({
  collection: z.string(),
  count: z.number(),
  categories: z.array(z.string()),
  purposes: z.array(z.string()),
  retention: z.string().optional(),
});

/** What each operation answers. */
export const SUBJECT_RIGHTS_ANSWERS = {
  export: z.object({
    subgraph: z.string(),
    subjectId: z.string(),
    generatedAt: z.string(),
    records: z.record(z.string(), z.array(z.unknown())),
  }),
  erase: z.object({ subgraph: z.string(), subjectId: z.string(), erasedAt: z.string(), removed: z.record(z.string(), z.number()) }),
  inventory: z.object({
    subgraph: z.string(),
    subjectId: z.string(),
    holds: z.array(inventoryEntry),
    recipients: z.array(z.string()).optional(),
    sources: z.array(z.string()).optional(),
    expired: z
      .array(
        z.object({
          category: z.string(),
          description: z.string(),
          collection: z.string(),
          action: z.enum(['ERASED', 'ANONYMISED']),
          count: z.number(),
          period: z.string(),
          at: z.string(),
        }),
      )
      .optional(),
  }),
  restrict: z.object({ subgraph: z.string(), subjectId: z.string(), restricted: z.boolean(), changedAt: z.string().nullable() }),
  recordChoice: z.object({ recorded: z.boolean() }),
  locate: z.object({ subgraph: z.string(), subjects: z.array(z.string()) }),
  affected: z.object({ subgraph: z.string(), subjects: z.array(z.string()), categories: z.array(z.string()) }),
} satisfies {
  export: z.ZodType<SubjectExport>;
  erase: z.ZodType<ErasureReport>;
  inventory: z.ZodType<SubjectInventory>;
  restrict: z.ZodType<RestrictionState>;
  recordChoice: z.ZodType<{ recorded: boolean }>;
  locate: z.ZodType<{ subgraph: string; subjects: string[] }>;
  affected: z.ZodType<AffectedSubjects>;
};
