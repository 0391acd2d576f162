/**
 * Runs `task` for every item, `atOnce` side by side, and returns the results in the items' order.
 * Items sharing a key (any of `keysOf`, transitively) form a chain that runs one after another in
 * the order given, so a later item sees what an earlier one did; separate chains run in parallel.
 * For batch imports: records about different customers are independent, records about one are not.
 */
export async function eachInChains<T, R>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  atOnce: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstWith = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      const seen = firstWith.get(key);
      if (seen === undefined) firstWith.set(key, i);
      else {
        const [a, b] = [root(i), root(seen)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const chains = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    chains.set(r, [...(chains.get(r) ?? []), i]);
  });
  const ordered = [...chains.values()];
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(atOnce, ordered.length) }, async () => {
      while (next < ordered.length) for (const index of ordered[next++]!) results[index] = await task(items[index]!, index);
    }),
  );
  return results;
}
