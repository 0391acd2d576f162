import { Schema, type Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../tests/support/database.ts';
import { ConfigError } from './config.ts';
import { createLogger } from './log.ts';
import { loadRetentionConfig, periodMs, retentionSweeper } from './retention.ts';
import { subjectRightsFor } from './subjectRights.ts';

interface Row {
  _id: string;
  subjectId: string;
  at: Date;
  body: string;
  status: string;
}

let db: Awaited<ReturnType<typeof testDatabase>>;
let Decisions: Model<Row>;
let Deliveries: Model<Row>;
const log = createLogger('retention-test', { quiet: true });
const rowSchema = () => new Schema<Row>({ _id: String, subjectId: String, at: Date, body: String, status: String }, { versionKey: false });

beforeAll(async () => {
  db = await testDatabase('retention');
  Decisions = db.connection.model<Row>('Decision', rowSchema(), 'decisions');
  Deliveries = db.connection.model<Row>('Delivery', rowSchema(), 'deliveries');
});
afterAll(async () => {
  await db?.drop();
});

const DAY = 86_400_000;
const now = new Date('2026-12-04T12:00:00.000Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('retention periods', () => {
  it('are a whole number and a unit, the catalogue’s unless RETENTION_PERIODS says otherwise', () => {
    expect(periodMs('395d')).toBe(395 * DAY);
    expect(periodMs('2s')).toBe(2000);
    expect(() => periodMs('13 months')).toThrow(ConfigError);
    const config = loadRetentionConfig({ RETENTION_PERIODS: 'offer-decision-log=30d, message-send-log=12h' });
    expect(config.periodOf('offer-decision-log')).toEqual({ period: '30d', ms: 30 * DAY });
    expect(config.periodOf('message-send-log').ms).toBe(12 * 3_600_000);
    expect(config.periodOf('access-audit-records').period).toBe('730d');
    expect(() => loadRetentionConfig({ RETENTION_PERIODS: 'offer-decisions=30d' })).toThrow(/the categories are/);
    expect(() => loadRetentionConfig({ RETENTION_PERIODS: 'offer-decision-log=soon' })).toThrow(ConfigError);
  });
});

describe('the retention sweep', () => {
  const config = loadRetentionConfig({ RETENTION_PERIODS: 'offer-decision-log=30d,webhook-delivery-records=90d' });

  it('erases what has expired and nothing younger, records it per subject, and says so in the contract', async () => {
    await Decisions.insertMany([
      { _id: 'd1', subjectId: 's1', at: ago(31), body: 'x', status: 'x' },
      { _id: 'd2', subjectId: 's1', at: ago(45), body: 'x', status: 'x' },
      { _id: 'd3', subjectId: 's2', at: ago(40), body: 'x', status: 'x' },
      { _id: 'd4', subjectId: 's1', at: ago(29), body: 'x', status: 'x' },
    ]);
    const sweeper = retentionSweeper({
      subgraph: 'offer',
      connection: db.connection,
      config,
      log,
      rules: [{ category: 'offer-decision-log', model: Decisions, subjectField: 'subjectId', dateField: 'at' }],
    });
    expect(await sweeper.sweep(now)).toEqual({ 'offer-decision-log': 3 });
    expect((await Decisions.find().lean()).map((d) => d._id)).toEqual(['d4']);
    expect(
      (await sweeper.logOf('s1')).map(({ category, collectionName, action, count, period }) => ({
        category,
        collectionName,
        action,
        count,
        period,
      })),
    ).toEqual([{ category: 'offer-decision-log', collectionName: 'decisions', action: 'ERASED', count: 2, period: '30d' }]);
    // Nothing more has expired: a second pass does and records nothing.
    expect(await sweeper.sweep(now)).toEqual({ 'offer-decision-log': 0 });
    expect(await sweeper.logOf('s1')).toHaveLength(1);

    const rights = sweeper.contract(
      subjectRightsFor('offer', db.connection, [
        { model: Decisions, subjectField: 'subjectId', categories: ['decisions'], purposes: ['offers'] },
      ]),
    );
    const inventory = await rights.inventory('s1');
    expect(inventory.expired).toEqual([
      expect.objectContaining({ category: 'offer-decision-log', action: 'ERASED', count: 2, period: '30d', at: now.toISOString() }),
    ]);
    expect(inventory.holds.map((h) => h.collection)).toContain('retention_log');
    expect((await rights.export('s1')).records.retention_log).toHaveLength(1);
    expect((await rights.erase('s1')).removed.retention_log).toBe(1);
    expect(await sweeper.logOf('s1')).toEqual([]);
    expect(await sweeper.logOf('s2')).toHaveLength(1);
  });

  it('anonymises in place what it keeps, once, and leaves what is still needed', async () => {
    await Deliveries.insertMany([
      { _id: 'w1', subjectId: 's3', at: ago(100), body: '{"email":"x"}', status: 'DELIVERED' },
      { _id: 'w2', subjectId: 's3', at: ago(100), body: '{"email":"x"}', status: 'PENDING' },
      { _id: 'w3', subjectId: 's3', at: ago(10), body: '{"email":"x"}', status: 'DELIVERED' },
    ]);
    const sweeper = retentionSweeper({
      subgraph: 'consent',
      connection: db.connection,
      config,
      log,
      rules: [
        {
          category: 'webhook-delivery-records',
          model: Deliveries,
          subjectField: 'subjectId',
          dateField: 'at',
          where: { status: { $nin: ['PENDING', 'DEAD'] }, subjectId: { $ne: 'anonymised' } },
          anonymise: { $set: { subjectId: 'anonymised', body: '' } },
        },
      ],
    });
    expect(await sweeper.sweep(now)).toEqual({ 'webhook-delivery-records': 1 });
    const rows = await Deliveries.find().sort({ _id: 1 }).lean();
    expect(rows.map((r) => [r._id, r.subjectId, r.body])).toEqual([
      ['w1', 'anonymised', ''],
      ['w2', 's3', '{"email":"x"}'],
      ['w3', 's3', '{"email":"x"}'],
    ]);
    expect(await sweeper.sweep(now)).toEqual({ 'webhook-delivery-records': 0 });
    expect((await sweeper.logOf('s3')).map((e) => [e.action, e.count])).toEqual([['ANONYMISED', 1]]);
  });

  it('refuses an anonymising category without the update that anonymises', () => {
    expect(() =>
      retentionSweeper({
        subgraph: 'consent',
        connection: db.connection,
        config,
        log,
        rules: [{ category: 'webhook-delivery-records', model: Deliveries, subjectField: 'subjectId', dateField: 'at' }],
      }),
    ).toThrow(/needs the update/);
  });
});
