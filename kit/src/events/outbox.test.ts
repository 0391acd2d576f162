import { Schema, type Model } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../tests/support/database.ts';
import { declareEvents, type EventDeclaration } from './catalogue.ts';
import type { DomainEvent } from './domainEvents.ts';
import { KeyedMutex } from '../keyedMutex.ts';
import { createLogger } from '../log.ts';
import { ensureIndexes } from '../mongo.ts';
import { domainEvent, loadOutboxConfig, outboxRelay, withOutbox, type OutboxDoc } from './outbox.ts';

interface Thing extends OutboxDoc {
  name: string;
}

let db: Awaited<ReturnType<typeof testDatabase>>;
let Things: Model<Thing>;
const writes = new KeyedMutex();
const log = createLogger('outbox-test', { quiet: true });

/** A change and its event in one single-document write, as the subgraphs do it. */
const change = (id: string, name: string) =>
  writes.run(id, () =>
    Things.updateOne(
      { _id: id },
      { $set: { name }, $push: { outbox: domainEvent('test', 'thing.renamed', id, new Date(), { name }) } },
      { upsert: true },
    ).exec(),
  );

const THING_EVENTS = declareEvents('test', [
  { type: 'thing.renamed', description: 'A thing got a new name.' },
  { type: 'thing.changed', description: 'A thing changed.' },
]);

const relay = (
  publish: (events: DomainEvent[]) => Promise<void>,
  batchSize?: number,
  declare: (declaration: EventDeclaration) => Promise<void> = async () => {},
) =>
  outboxRelay({
    name: 'test',
    model: Things,
    exclusive: (ids, task) => writes.runAll(ids, task),
    declaration: THING_EVENTS,
    declare,
    publish,
    intervalMs: 1000,
    log,
    ...(batchSize ? { batchSize } : {}),
  });

beforeAll(async () => {
  db = await testDatabase('outbox');
  Things = db.connection.model<Thing>('Thing', withOutbox(new Schema<Thing>({ _id: String, name: String }, { versionKey: false })));
  await ensureIndexes(db.connection);
});

afterAll(async () => {
  await db?.drop();
});

beforeEach(async () => {
  await Things.deleteMany({}).exec();
});

describe('the pending flag every event-adding write sets', () => {
  const event = (id: string) => domainEvent('test', 'thing.changed', id, new Date());
  const flagOf = async (id: string) => (await Things.findById(id).lean<OutboxDoc>().exec())?.outboxPending ?? false;

  it('is set by each kind of write that adds an event, and by none that does not', async () => {
    await Things.updateOne({ _id: 'u' }, { $push: { outbox: event('u') } }, { upsert: true }).exec();
    await Things.findOneAndUpdate(
      { _id: 'f' },
      { $set: { name: 'f' }, $push: { outbox: { $each: [event('f')] } } },
      { upsert: true },
    ).exec();
    await Things.replaceOne({ _id: 'r' }, { name: 'r', outbox: [event('r')] }, { upsert: true }).exec();
    await Things.create({ _id: 'c', name: 'c', outbox: [event('c')] });
    await Things.insertMany([{ _id: 'i', name: 'i', outbox: [event('i')] }]);
    await Things.bulkWrite([{ updateOne: { filter: { _id: 'b' }, update: { $push: { outbox: event('b') } }, upsert: true } }]);
    await Things.updateOne({ _id: 's' }, { $set: { name: 's', outbox: [event('s')] } }, { upsert: true }).exec();
    await Things.updateOne({ _id: 'n' }, { $set: { name: 'no event' } }, { upsert: true }).exec();
    await Things.create({ _id: 'e', name: 'empty', outbox: [] });
    const flags = Object.fromEntries(
      await Promise.all(['u', 'f', 'r', 'c', 'i', 'b', 's', 'n', 'e'].map(async (id) => [id, await flagOf(id)])),
    );
    expect(flags).toEqual({ u: true, f: true, r: true, c: true, i: true, b: true, s: true, n: false, e: false });
  });

  it('is cleared once the relay has handed everything over, and kept for an event pushed meanwhile', async () => {
    await change('p', 'one');
    let calls = 0;
    const published: DomainEvent[] = [];
    const outbox = relay(async (events) => {
      published.push(...events);
      // A write lands while the first hand-over is under way: its event waits for the next pass.
      if ((calls += 1) === 1) await Things.updateOne({ _id: 'p' }, { $push: { outbox: event('p') } }).exec();
    });
    expect(await outbox.flush()).toBe(1); // the first pass of a relay is a sweep
    expect(await flagOf('p')).toBe(true);
    expect(await outbox.flush()).toBe(1); // found by the flag
    expect(await flagOf('p')).toBe(false);
    expect(await outbox.flush()).toBe(0);
    expect(published.map((e) => e.type)).toEqual(['thing.renamed', 'thing.changed']);
  });

  it('still finds events a document got before the flag existed, on the regular sweep', async () => {
    await Things.collection.insertOne({ _id: 'legacy' as never, name: 'old', outbox: [event('legacy')] });
    const published: DomainEvent[] = [];
    const outbox = relay(async (events) => void published.push(...events));
    expect(await outbox.flush()).toBe(1); // the first pass of a relay is a sweep
    expect(published.map((e) => e.subjectId)).toEqual(['legacy']);
  });
});

describe('outbox relay', () => {
  it('hands pending events over in write order and removes them, once', async () => {
    await change('a', 'one');
    await change('a', 'two');
    await change('b', 'three');
    const published: DomainEvent[] = [];
    const outbox = relay(async (events) => void published.push(...events));
    expect(await outbox.drain()).toBe(3);
    expect(published.filter((e) => e.subjectId === 'a').map((e) => e.data.name)).toEqual(['one', 'two']);
    expect(published.every((e) => /^evt_test_[0-9a-f-]{36}$/.test(e.id) && e.type === 'thing.renamed')).toBe(true);
    expect(await Things.countDocuments({ 'outbox.id': { $exists: true } })).toBe(0);
    expect(await outbox.drain()).toBe(0);
    expect(published).toHaveLength(3);
  });

  it('keeps an event written while the others were being handed over', async () => {
    await change('a', 'one');
    const published: DomainEvent[] = [];
    const outbox = relay(async (events) => {
      published.push(...events);
      if (published.length === 1) await change('a', 'during');
    });
    expect(await outbox.flush()).toBe(1);
    const left = await Things.findById('a').lean<Thing>().exec();
    expect(left?.outbox?.map((e) => e.data.name)).toEqual(['during']);
    expect(left?.name).toBe('during');
    await outbox.flush();
    expect(published.map((e) => e.data.name)).toEqual(['one', 'during']);
  });

  it('keeps every event when consent refuses, and hands them over the next time', async () => {
    await change('a', 'one');
    let up = false;
    const published: DomainEvent[] = [];
    const outbox = relay(async (events) => {
      if (!up) throw new Error('consent refused 1 event(s): HTTP 503');
      published.push(...events);
    });
    await expect(outbox.flush()).rejects.toThrow('HTTP 503');
    expect((await Things.findById('a').lean<Thing>().exec())?.outbox).toHaveLength(1);
    up = true;
    expect(await outbox.flush()).toBe(1);
    expect(published.map((e) => e.data.name)).toEqual(['one']);
  });

  it('declares its event types before its first hand-over, once, and hands nothing over until the declaration is taken', async () => {
    await change('decl', 'one');
    const declared: EventDeclaration[] = [];
    let taken = false;
    const published: DomainEvent[] = [];
    const outbox = relay(
      async (events) => void published.push(...events),
      undefined,
      async (declaration) => {
        if (!taken) throw new Error('the event delivery engine refused the declaration: HTTP 503');
        declared.push(declaration);
      },
    );
    await expect(outbox.drain()).rejects.toThrow('HTTP 503');
    expect(published).toEqual([]);
    expect((await Things.findById('decl').lean<Thing>().exec())?.outbox).toHaveLength(1);
    taken = true;
    expect(await outbox.drain()).toBe(1);
    await change('decl', 'two');
    expect(await outbox.drain()).toBe(1);
    expect(declared).toEqual([THING_EVENTS]);
    expect(published.map((e) => e.data.name)).toEqual(['one', 'two']);
  });

  it('drains more documents than one batch in several passes, and at most 500 events per hand-over', async () => {
    for (let i = 0; i < 7; i += 1) await change(`d${i}`, `n${i}`);
    await Things.updateOne(
      { _id: 'd0' },
      {
        $push: { outbox: { $each: Array.from({ length: 600 }, (_, i) => domainEvent('test', 'thing.touched', 'd0', new Date(), { i })) } },
      },
    ).exec();
    const calls: number[] = [];
    const outbox = relay(async (events) => void calls.push(events.length), 3);
    expect(await outbox.drain()).toBe(607);
    expect(Math.max(...calls)).toBeLessThanOrEqual(500);
    expect(calls.reduce((a, b) => a + b, 0)).toBe(607);
    expect(await Things.countDocuments({ 'outbox.id': { $exists: true } })).toBe(0);
  });
});

describe('outbox config', () => {
  it('takes the consent origin from SUBGRAPH_CONSENT_URL and refuses a non-URL', () => {
    expect(loadOutboxConfig({ SUBGRAPH_CONSENT_URL: 'http://consent.internal:8080/graphql' })).toEqual({
      consentUrl: 'http://consent.internal:8080',
      intervalMs: 500,
    });
    expect(loadOutboxConfig({}).consentUrl).toBe('http://127.0.0.1:4002');
    expect(() => loadOutboxConfig({ SUBGRAPH_CONSENT_URL: 'consent' })).toThrow(/SUBGRAPH_CONSENT_URL/);
  });
});
