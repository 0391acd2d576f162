import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { buildASTSchema, parse } from 'graphql';
import type { Logger } from '#kit/log.ts';

export interface SubgraphLocation {
  name: string;
  url: string;
}

/** Reads and checks a supergraph file; throws with a readable message if it is not one. */
export function loadSupergraph(path: string): { sdl: string; subgraphs: SubgraphLocation[] } {
  const sdl = readFileSync(path, 'utf8');
  const document = parse(sdl);
  buildASTSchema(document, { assumeValidSDL: false });
  const subgraphs: SubgraphLocation[] = [];
  for (const match of sdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)) {
    subgraphs.push({ name: match[1]!, url: match[2]! });
  }
  if (subgraphs.length === 0) throw new Error(`${path} declares no subgraphs (@join__graph): is it a supergraph?`);
  return { sdl, subgraphs };
}

/**
 * Calls `onChange` with each new valid version of the file. Watches the directory, not the file,
 * because editors and `npm run compose` replace files rather than write into them. A broken
 * version is logged and ignored: the gateway keeps serving the last good supergraph.
 */
export function watchSupergraph(path: string, log: Logger, onChange: (next: ReturnType<typeof loadSupergraph>) => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  let last = readFileSync(path, 'utf8');
  const watcher = watch(dirname(path), (_event, file) => {
    if (file !== basename(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        const next = loadSupergraph(path);
        if (next.sdl === last) return;
        last = next.sdl;
        log.info('supergraph changed; reloading', { subgraphs: next.subgraphs.map((s) => s.name) });
        onChange(next);
      } catch (error) {
        log.error(`supergraph ${path} changed but cannot be used; keeping the previous one`, error);
      }
    }, 100);
  });
  watcher.unref();
  return watcher;
}
