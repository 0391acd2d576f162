import { describe, expect, it } from 'vitest';
import { eachInChains } from './chains.ts';

describe('eachInChains', () => {
  it('runs items sharing a key in order and the others side by side, answering in the order given', async () => {
    const running = new Set<string>();
    let most = 0;
    const seen: string[] = [];
    const items = ['a1', 'b1', 'a2', 'c1', 'b2', 'a3', 'd1', 'e1'];
    const results = await eachInChains(
      items,
      (item) => [item[0]!],
      3,
      async (item, index) => {
        // No two items of one chain at once.
        expect([...running].some((r) => r[0] === item[0])).toBe(false);
        running.add(item);
        most = Math.max(most, running.size);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running.delete(item);
        seen.push(item);
        return `${item}@${index}`;
      },
    );
    expect(results).toEqual(items.map((item, i) => `${item}@${i}`));
    for (const chain of ['a', 'b']) expect(seen.filter((s) => s[0] === chain)).toEqual(items.filter((s) => s[0] === chain));
    expect(most).toBe(3);
  });

  it('joins chains through a shared second key', async () => {
    const order: string[] = [];
    await eachInChains(
      [
        { id: 'x', keys: ['k1'] },
        { id: 'y', keys: ['k2'] },
        { id: 'z', keys: ['k1', 'k2'] },
      ],
      (item) => item.keys,
      8,
      async (item) => {
        await new Promise((resolve) => setTimeout(resolve, item.id === 'x' ? 20 : 1));
        order.push(item.id);
      },
    );
    // z waits for both x and y, and y (joined to x's chain) waits for x.
    expect(order).toEqual(['x', 'y', 'z']);
  });
});
