// Retention enforced: the catalogue of how long each data category is kept, and the sweep each
// subgraph runs (one replica at a time) that erases or anonymises what has expired, records it per
// subject, and tells the subject through their transparency view.
import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { ConfigError, readInteger, type Env } from './config.ts';
import type { Logger } from './log.ts';
import { insertManyNew, updateByKeys, deleteByKeys } from './mongo.ts';
import type { SubjectRights } from './subjectRights.ts';
import { takingTurns } from './turns.ts';

export type RetentionAction = 'ERASED' | 'ANONYMISED';

/**
 * Every data category with an end, the subgraph that holds it and what happens at its end. The
 * periods are defaults; RETENTION_PERIODS overrides them (the same value for every process).
 */
export const RETENTION_CATEGORIES = [
  'source-event-records',
  'webhook-delivery-records',
  'message-send-log',
  'offer-decision-log',
  'access-audit-records',
] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

export const RETENTION_CATALOGUE: Record<
  RetentionCategory,
  { subgraph: string; description: string; period: string; action: RetentionAction }
> = {
  'source-event-records': {
    subgraph: 'identity',
    description: 'Records of which source-system events were applied to your profile (each is applied once)',
    period: '400d',
    action: 'ERASED',
  },
  'webhook-delivery-records': {
    subgraph: 'consent',
    description: 'Records of events about you sent to the company’s engagement tools',
    period: '90d',
    action: 'ANONYMISED',
  },
  'message-send-log': {
    subgraph: 'preference',
    description: 'The log of messages sent to you (channel, topic, time), for how often you want to hear from us',
    period: '730d',
    action: 'ERASED',
  },
  'offer-decision-log': {
    subgraph: 'offer',
    description: 'Why each offer was chosen for you (the signals used and the explanations)',
    period: '395d',
    action: 'ERASED',
  },
  'access-audit-records': {
    subgraph: 'privacy',
    description: 'Records of who read your data, when and why',
    period: '730d',
    action: 'ERASED',
  },
};

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A period as written in the catalogue or RETENTION_PERIODS: a whole number and a unit (s, m, h, d), e.g. 395d. */
export function periodMs(period: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(period.trim());
  if (!match) throw new ConfigError(`"${period}" is not a retention period: a whole number and s, m, h or d (e.g. 395d).`);
  return Number(match[1]) * UNITS[match[2]!]!;
}

export interface RetentionConfig {
  /** A category's period as written (e.g. 395d), and in milliseconds. */
  periodOf(category: RetentionCategory): { period: string; ms: number };
  /** How often the sweep runs (in one replica at a time). */
  intervalMs: number;
}

/** RETENTION_PERIODS (`offer-decision-log=30d,message-send-log=365d`) over the catalogue's defaults; RETENTION_SWEEP_INTERVAL_MS (1 h). */
export function loadRetentionConfig(env: Env = process.env): RetentionConfig {
  const periods = new Map<RetentionCategory, { period: string; ms: number }>();
  for (const category of RETENTION_CATEGORIES) {
    const { period } = RETENTION_CATALOGUE[category];
    periods.set(category, { period, ms: periodMs(period) });
  }
  for (const entry of (env.RETENTION_PERIODS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [category, period] = entry.split('=').map((part) => part.trim());
    const known = RETENTION_CATEGORIES.find((c) => c === category);
    if (!known || !period)
      throw new ConfigError(
        `RETENTION_PERIODS: "${entry}" is not <category>=<period>; the categories are ${RETENTION_CATEGORIES.join(', ')}.`,
      );
    periods.set(known, { period, ms: periodMs(period) });
  }
  const fallback = (category: RetentionCategory) => ({
    period: RETENTION_CATALOGUE[category].period,
    ms: periodMs(RETENTION_CATALOGUE[category].period),
  });
  return {
    periodOf: (category) => periods.get(category) ?? fallback(category),
    intervalMs: readInteger(env, 'RETENTION_SWEEP_INTERVAL_MS', 3_600_000, { min: 50 }),
  };
}

/** One subject's data a sweep erased or anonymised: what the subject's transparency view says. */
export interface RetentionLogDoc {
  _id: string;
  subjectId: string;
  category: RetentionCategory;
  /** The collection it was in (`collection` is a name mongoose keeps for itself). */
  collectionName: string;
  action: RetentionAction;
  count: number;
  /** The period that ended (as written, e.g. 395d). */
  period: string;
  at: Date;
}

const retentionLogSchema = new Schema<RetentionLogDoc>(
  {
    _id: { type: String, required: true },
    subjectId: { type: String, required: true },
    category: { type: String, required: true },
    collectionName: { type: String, required: true },
    action: { type: String, required: true },
    count: { type: Number, required: true },
    period: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'retention_log', versionKey: false },
);
retentionLogSchema.index({ subjectId: 1, at: -1 });

export const retentionLogModel = (connection: Connection): Model<RetentionLogDoc> =>
  connection.modelNames().includes('RetentionLog')
    ? connection.model<RetentionLogDoc>('RetentionLog')
    : connection.model<RetentionLogDoc>('RetentionLog', retentionLogSchema);

/** Where one category lives in a subgraph: its collection, whose it is, when it was written, and how to anonymise it. */
export interface RetentionRule {
  category: RetentionCategory;
  model: Model<any>;
  subjectField: string;
  /** When a document was written: it expires a period after. */
  dateField: string;
  /** Only documents that also match this (e.g. deliveries no longer pending). */
  where?: Record<string, unknown>;
  /** For ANONYMISED categories: the update that leaves nothing about the subject (and no longer matches `where`). */
  anonymise?: Record<string, unknown>;
}

/** Expired documents handled per database call. */
const SWEEP_BATCH = 500;
/** Batches per category per pass; what is left waits for the next pass. */
const BATCHES_PER_PASS = 100;

export interface RetentionSweeper {
  /** One pass over every rule now (tests, and each tick in the replica holding the lease). */
  sweep(now?: Date): Promise<Record<string, number>>;
  start(): void;
  stop(): Promise<void>;
  /** What the sweeps did to this subject's data, newest first. */
  logOf(subjectId: string): Promise<RetentionLogDoc[]>;
  /** The subject's log as part of the subgraph's subject-rights contract (export, erase, inventory). */
  contract(rights: SubjectRights): SubjectRights;
}

/**
 * The sweep of one subgraph. Each pass finds expired documents batch by batch, records per subject
 * what goes (first, so nothing goes unrecorded: a crash in between records a batch twice, never
 * not at all), then erases or anonymises exactly those documents. It runs in one replica at a time
 * (a lease, kit/src/turns.ts).
 */
export function retentionSweeper({
  subgraph,
  connection,
  rules,
  config,
  log,
}: {
  subgraph: string;
  connection: Connection;
  rules: readonly RetentionRule[];
  config: RetentionConfig;
  log: Logger;
}): RetentionSweeper {
  const journal = retentionLogModel(connection);
  for (const rule of rules) {
    if (RETENTION_CATALOGUE[rule.category].action === 'ANONYMISED' && !rule.anonymise)
      throw new Error(`${rule.category} is anonymised: its rule needs the update that does it`);
  }

  async function sweepRule(rule: RetentionRule, now: Date): Promise<number> {
    const { period, ms } = config.periodOf(rule.category);
    const { action } = RETENTION_CATALOGUE[rule.category];
    const cutoff = new Date(now.getTime() - ms);
    const collection = rule.model.collection.collectionName;
    let total = 0;
    for (let batch = 0; batch < BATCHES_PER_PASS; batch += 1) {
      const expired = await rule.model
        .find({ ...rule.where, [rule.dateField]: { $lt: cutoff } }, { _id: 1, [rule.subjectField]: 1 })
        .limit(SWEEP_BATCH)
        .lean<Record<string, unknown>[]>()
        .exec();
      if (!expired.length) return total;
      const bySubject = new Map<string, number>();
      for (const doc of expired) {
        const subject = String(doc[rule.subjectField]);
        bySubject.set(subject, (bySubject.get(subject) ?? 0) + 1);
      }
      await insertManyNew(
        journal,
        [...bySubject].map(([subjectId, count]) => ({
          _id: `${rule.category}:${subjectId}:${randomUUID()}`,
          subjectId,
          category: rule.category,
          collectionName: collection,
          action,
          count,
          period,
          at: now,
        })),
      );
      const ids = expired.map((doc) => String(doc._id));
      const done =
        action === 'ERASED' ? await deleteByKeys(rule.model, '_id', ids) : await updateByKeys(rule.model, '_id', ids, rule.anonymise ?? {});
      total += done;
      // Fewer than a batch: nothing more has expired. None done: they went meanwhile (another writer).
      if (expired.length < SWEEP_BATCH || done === 0) return total;
    }
    return total;
  }

  const sweeper: RetentionSweeper = {
    async sweep(now = new Date()) {
      const done: Record<string, number> = {};
      for (const rule of rules) {
        done[rule.category] = await sweepRule(rule, now);
        if (done[rule.category]) log.info('retention period ended', { subgraph, category: rule.category, count: done[rule.category] });
      }
      return done;
    },
    start() {
      turns.start({ immediately: false });
    },
    stop: () => turns.stop(),
    logOf: (subjectId) => journal.find({ subjectId }).sort({ at: -1, _id: 1 }).lean<RetentionLogDoc[]>().exec(),
    contract(rights) {
      return {
        ...rights,
        async export(subjectId) {
          const [exported, entries] = await Promise.all([rights.export(subjectId), sweeper.logOf(subjectId)]);
          return { ...exported, records: { ...exported.records, retention_log: JSON.parse(JSON.stringify(entries)) } };
        },
        async erase(subjectId) {
          const report = await rights.erase(subjectId);
          const { deletedCount } = await journal.deleteMany({ subjectId }).exec();
          return { ...report, removed: { ...report.removed, retention_log: deletedCount } };
        },
        async inventory(subjectId) {
          const [inventory, entries] = await Promise.all([rights.inventory(subjectId), sweeper.logOf(subjectId)]);
          return {
            ...inventory,
            holds: [
              ...inventory.holds,
              ...(entries.length
                ? [
                    {
                      collection: 'retention_log',
                      count: entries.length,
                      categories: ['what was erased or anonymised when its retention period ended'],
                      purposes: ['accountability (GDPR Art. 5(2)), transparency (Art. 13-15)'],
                      retention: 'Kept while you are a customer, so you can see what was deleted; erased when you ask.',
                    },
                  ]
                : []),
            ],
            expired: entries.map((e) => ({
              category: e.category,
              description: RETENTION_CATALOGUE[e.category].description,
              collection: e.collectionName,
              action: e.action,
              count: e.count,
              period: e.period,
              at: e.at.toISOString(),
            })),
          };
        },
      };
    },
  };
  const turns = takingTurns({
    connection,
    name: `retention:${subgraph}`,
    intervalMs: config.intervalMs,
    turn: () => sweeper.sweep(),
    onError: (error) => log.error('retention sweep failed; the next tick tries again', error),
  });
  return sweeper;
}

/**
 * A subgraph's parts with its retention sweep: the subject's log joins its subject-rights
 * contract, and the sweep starts and stops with it. The periods come from this process's
 * environment (loadRetentionConfig), the same for every process of a deployment.
 */
export function withRetention<T extends { subjectRights: SubjectRights; start?(): Promise<void>; stop?(): Promise<void> }>(
  parts: T,
  sweep: { subgraph: string; connection: Connection; rules: readonly RetentionRule[]; log: Logger; config?: RetentionConfig },
): T & { retention: RetentionSweeper } {
  const sweeper = retentionSweeper({ ...sweep, config: sweep.config ?? loadRetentionConfig() });
  return {
    ...parts,
    retention: sweeper,
    subjectRights: sweeper.contract(parts.subjectRights),
    start: async () => {
      await parts.start?.();
      sweeper.start();
    },
    stop: async () => {
      await sweeper.stop();
      await parts.stop?.();
    },
  };
}
