import { describe, expect, it, vi } from 'vitest';
import { manyByKey, oneByKey } from './loaders.ts';

describe('per-request loaders', () => {
  it('fetches a batch in one call and answers in key order, null for the missing', async () => {
    const fetch = vi.fn(async (keys: readonly string[]) =>
      keys
        .filter((k) => k !== 'b')
        .reverse()
        .map((id) => ({ id })),
    );
    const loader = oneByKey(fetch, (doc) => doc.id);
    const results = await Promise.all(['a', 'b', 'c'].map((k) => loader.load(k)));
    expect(results).toEqual([{ id: 'a' }, null, { id: 'c' }]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('groups one-to-many results per key, empty for keys without any', async () => {
    const fetch = vi.fn(async () => [
      { id: 1, owner: 'a' },
      { id: 2, owner: 'c' },
      { id: 3, owner: 'a' },
    ]);
    const loader = manyByKey(fetch, (doc) => doc.owner);
    expect(await loader.loadMany(['a', 'b', 'c'])).toEqual([
      [
        { id: 1, owner: 'a' },
        { id: 3, owner: 'a' },
      ],
      [],
      [{ id: 2, owner: 'c' }],
    ]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
