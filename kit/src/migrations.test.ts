import { describe, expect, it } from 'vitest';
import { useReplicaPair } from '../../tests/support/database.ts';
import { runOnce } from './migrations.ts';

const pair = useReplicaPair('migrations');

describe('upgrade steps', () => {
  it('run once per database, in one replica, and again after one failed', async () => {
    let runs = 0;
    let release!: () => void;
    const step = async () => {
      runs += 1;
      await new Promise<void>((resolve) => (release = resolve));
    };
    const first = runOnce(pair.db.connection, 'step-1', step);
    await expect.poll(() => runs).toBe(1);
    // Another replica starting meanwhile carries on without it.
    expect(await runOnce(pair.other.connection, 'step-1', step)).toBe('elsewhere');
    release();
    expect(await first).toBe('ran');
    expect(await runOnce(pair.other.connection, 'step-1', step)).toBe('done');
    expect(runs).toBe(1);

    await expect(runOnce(pair.db.connection, 'step-2', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await runOnce(pair.db.connection, 'step-2', async () => undefined)).toBe('ran');
  });
});
