import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface PersistedOperation {
  name: string;
  body: string;
}

/** Trusted documents by client id, then by operation id (the SHA-256 of the body). */
export type TrustedDocuments = Map<string, Map<string, PersistedOperation>>;

/** A persisted operation's id: the SHA-256 (hex) of its body, as Apollo's tooling computes it. */
export const operationId = (body: string) => createHash('sha256').update(body).digest('hex');

/**
 * Loads every `<client>.json` in `dir`: Apollo persisted query manifests (`npm run operations`
 * writes them). A manifest in another format, or an operation whose id is not the SHA-256 of its
 * body, stops the gateway with the file named: a partner must never run a document nobody reviewed.
 */
export function loadTrustedDocuments(dir: string): TrustedDocuments {
  const documents: TrustedDocuments = new Map();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return documents;
  }
  for (const file of files.sort()) {
    const path = join(dir, file);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      format?: unknown;
      version?: unknown;
      operations?: { id?: unknown; name?: unknown; body?: unknown }[];
    };
    if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
      throw new Error(`${path} is not an Apollo persisted query manifest (format "apollo-persisted-query-manifest", version 1).`);
    }
    const operations = new Map<string, PersistedOperation>();
    for (const operation of manifest.operations) {
      const { id, name, body } = operation;
      if (typeof id !== 'string' || typeof name !== 'string' || typeof body !== 'string' || operationId(body) !== id) {
        throw new Error(`${path}: operation ${String(name)} has no body or an id that is not its SHA-256; run \`npm run operations\`.`);
      }
      operations.set(id, { name, body });
    }
    documents.set(basename(file, '.json'), operations);
  }
  return documents;
}
