import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '#kit/log.ts';
import { commandsDuring, testDatabase } from '../../../../tests/support/database.ts';
import { offerDecisionModel, offerResponseModel, type OfferDecisionDoc } from '../models/OfferResponse.ts';
import { offerResponseStore, type OfferResponseStore } from '../store/offerResponseStore.ts';
import { DecisionJournal } from './decisionJournal.ts';

let database: Awaited<ReturnType<typeof testDatabase>>;
let store: OfferResponseStore;
beforeAll(async () => {
  database = await testDatabase('decisions');
  store = offerResponseStore(offerResponseModel(database.connection), offerDecisionModel(database.connection));
});
afterAll(async () => database?.drop());

const log = createLogger('test', { quiet: true });
const decision = (subjectId: string): Omit<OfferDecisionDoc, '_id'> => ({
  subjectId,
  at: new Date(),
  mode: 'PERSONALISED',
  reason: 'test',
  channel: 'WEB',
  inputs: {},
  offers: [],
});
const held = async (subjectId: string) => (await store.decisionsOf(subjectId, 100)).map((d) => d._id).sort();

describe('the offer decision journal', () => {
  it('answers with the id at once and writes the decisions of many feeds in one insert, shortly after', async () => {
    const journal = new DecisionJournal(store.logDecisions, log, { delayMs: 30 });
    const ids = ['j-1', 'j-2', 'j-3'].map((s) => journal.record(decision(s)));
    expect(await held('j-1')).toEqual([]);
    // The timer writes them; flushing after it waits for that write if it is still on its way
    // (a busy machine), and adds none of its own: one insert either way.
    const commands = await commandsDuring(database.commands, async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await journal.flush();
    });
    expect(commands).toEqual({ insert: 1 });
    expect([...(await held('j-1')), ...(await held('j-2')), ...(await held('j-3'))].sort()).toEqual([...ids].sort());
    expect(journal.metrics()).toContain('living_profile_offer_decisions_written_total 3');
    await journal.stop();
  });

  it('costs nothing to flush with nothing waiting, and writes what waits when stopped', async () => {
    const journal = new DecisionJournal(store.logDecisions, log, { delayMs: 60_000 });
    expect(await commandsDuring(database.commands, () => journal.flush())).toEqual({});
    const id = journal.record(decision('s-1'));
    await journal.stop();
    expect(await held('s-1')).toEqual([id]);
  });

  it('keeps a batch whose write failed and writes it on a later try, once', async () => {
    let failuresLeft = 4;
    const flaky = async (docs: readonly OfferDecisionDoc[]) => {
      if (failuresLeft-- > 0) throw new Error('the database is away');
      await store.logDecisions(docs);
    };
    const journal = new DecisionJournal(flaky, log, { delayMs: 60_000, attempts: 2 });
    const id = journal.record(decision('f-1'));
    await journal.flush(); // two attempts, both fail: it waits
    expect(await held('f-1')).toEqual([]);
    expect(journal.metrics()).toContain('living_profile_offer_decisions_pending 1');
    await journal.flush(); // two more fail, then the next flush writes
    await journal.flush();
    expect(await held('f-1')).toEqual([id]);
    expect(journal.metrics()).toContain('living_profile_offer_decision_write_failures_total 4');
    await journal.stop();
  });

  it('repeats an insert that partly landed without failing or writing twice', async () => {
    let first = true;
    const partly = async (docs: readonly OfferDecisionDoc[]) => {
      if (first) {
        first = false;
        await store.logDecisions(docs.slice(0, 1));
        throw new Error('connection reset');
      }
      await store.logDecisions(docs);
    };
    const journal = new DecisionJournal(partly, log, { delayMs: 60_000 });
    const ids = [journal.record(decision('p-1')), journal.record(decision('p-1'))];
    await journal.flush();
    expect(await held('p-1')).toEqual([...ids].sort());
    await journal.stop();
  });

  it('never writes what waits about a subject being erased', async () => {
    const journal = new DecisionJournal(store.logDecisions, log, { delayMs: 60_000 });
    const kept = journal.record(decision('e-1'));
    journal.record(decision('e-2'));
    journal.forget('e-2');
    await journal.stop();
    expect(await held('e-1')).toEqual([kept]);
    expect(await held('e-2')).toEqual([]);
  });

  it('keeps at most maxPending decisions while the database is away, dropping the oldest and counting them', async () => {
    const journal = new DecisionJournal(
      async () => {
        throw new Error('down');
      },
      log,
      { delayMs: 60_000, maxPending: 2, batchSize: 10 },
    );
    for (const s of ['m-1', 'm-2', 'm-3']) journal.record(decision(s));
    expect(journal.metrics()).toEqual(
      expect.arrayContaining(['living_profile_offer_decisions_pending 2', 'living_profile_offer_decisions_dropped_total 1']),
    );
  });
});
