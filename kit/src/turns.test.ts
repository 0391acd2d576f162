import { describe, expect, it } from 'vitest';
import { useReplicaPair } from '../../tests/support/database.ts';
import { takingTurns } from './turns.ts';

const pair = useReplicaPair('turns');

describe('a worker taking turns', () => {
  it('runs one turn at a time across replicas, and tries again at the next tick', async () => {
    let running = 0;
    let most = 0;
    let turns = 0;
    const turn = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running -= 1;
      turns += 1;
    };
    const errors: unknown[] = [];
    const replicas = [pair.db, pair.other].map((d) =>
      takingTurns({ connection: d.connection, name: 'test', intervalMs: 1_000, turn, onError: (e) => errors.push(e) }),
    );
    await Promise.all(replicas.map((r) => r.tick()));
    expect([most, turns]).toEqual([1, 1]); // the second replica found the turn taken and skipped it
    await Promise.all(replicas.map((r) => r.tick()));
    expect(turns).toBe(2);
    expect(errors).toEqual([]);
  });

  it('reports a failed turn and gives the lease back, so the next tick runs', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const worker = takingTurns({
      connection: pair.db.connection,
      name: 'failing',
      intervalMs: 1_000,
      turn: async () => {
        if (fail) throw new Error('consent is down');
      },
      onError: (e) => errors.push(e),
    });
    await worker.tick();
    fail = false;
    await worker.tick();
    expect(errors.map((e) => (e as Error).message)).toEqual(['consent is down']);
    expect(await pair.db.connection.collection('locks').countDocuments({})).toBe(0);
  });

  it('waits on stop for the turn in flight', async () => {
    let release: (() => void) | undefined;
    let finished = false;
    const worker = takingTurns({
      connection: pair.db.connection,
      name: 'slow',
      intervalMs: 60_000,
      turn: async () => {
        await new Promise<void>((resolve) => (release = resolve));
        finished = true;
      },
      onError: () => undefined,
    });
    worker.start();
    await expect.poll(() => release).toBeTypeOf('function'); // the turn runs
    expect(await pair.db.connection.collection('locks').countDocuments({ _id: 'worker:slow' as never })).toBe(1);
    const stopped = worker.stop();
    expect(finished).toBe(false);
    release!();
    await stopped;
    expect(finished).toBe(true);
    expect(await pair.db.connection.collection('locks').countDocuments({})).toBe(0);
  });
});
