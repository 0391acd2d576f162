import { describe, expect, it } from 'vitest';
import { KeyedMutex } from './keyedMutex.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('KeyedMutex', () => {
  it('runs tasks of one key one at a time, in order, and other keys alongside', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task = (key: string, n: number) =>
      mutex.run(key, async () => {
        running += 1;
        most = Math.max(most, running);
        log.push(`${key}${n}:start`);
        await tick();
        log.push(`${key}${n}:end`);
        running -= 1;
        return n;
      });
    const results = await Promise.all([task('a', 1), task('a', 2), task('b', 1), task('a', 3)]);
    expect(results).toEqual([1, 2, 1, 3]);
    const a = log.filter((l) => l.startsWith('a'));
    expect(a).toEqual(['a1:start', 'a1:end', 'a2:start', 'a2:end', 'a3:start', 'a3:end']);
    expect(most).toBe(2);
    expect(mutex.size).toBe(0);
  });

  it('releases the key when a task fails', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await mutex.run('k', async () => 'next')).toBe('next');
    expect(mutex.size).toBe(0);
  });

  it('runAll holds several keys at once; two callers taking them in different orders do not deadlock', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const both = (name: string, keys: string[]) =>
      mutex.runAll(keys, async () => {
        log.push(`${name}:start`);
        await tick();
        log.push(`${name}:end`);
      });
    await Promise.all([both('x', ['a', 'b']), both('y', ['b', 'a']), mutex.run('a', async () => void log.push('a-alone'))]);
    expect(log).toEqual(['x:start', 'x:end', 'y:start', 'y:end', 'a-alone']);
    expect(mutex.size).toBe(0);
  });
});
