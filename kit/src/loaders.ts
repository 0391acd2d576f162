import DataLoader from 'dataloader';

/**
 * A per-request loader that fetches many keys with one `$in` query and hands each key its own
 * document (or null), in key order and of the same length, as DataLoader requires.
 */
export function oneByKey<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (doc: T) => string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((doc) => [keyOf(doc), doc]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Like `oneByKey` for one-to-many: each key gets every document that belongs to it (maybe none). */
export function manyByKey<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (doc: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const byKey = new Map<string, T[]>();
    for (const doc of await fetch(keys)) {
      const key = keyOf(doc);
      byKey.set(key, [...(byKey.get(key) ?? []), doc]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
