import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkRegisteredPurposes, type RegisteredPurpose } from '#kit/disclosure.ts';
import { fieldOf } from '#kit/guards.ts';

export interface PersistedOperation {
  name: string;
  body: string;
}

/** Trusted documents by client id, then by operation id (the SHA-256 of the body). */
export type TrustedDocuments = Map<string, Map<string, PersistedOperation>>;

/** Next to each `<client>.json` manifest: `<client>.purposes.json`, what the client's reads of customers are for. */
export const PURPOSES_SUFFIX = '.purposes.json';

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
    files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith(PURPOSES_SUFFIX));
  } catch {
    return documents;
  }
  for (const file of files.sort()) {
    const path = join(dir, file);
    const manifest: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const listed = fieldOf(manifest, 'operations');
    if (fieldOf(manifest, 'format') !== 'apollo-persisted-query-manifest' || fieldOf(manifest, 'version') !== 1 || !Array.isArray(listed)) {
      throw new Error(`${path} is not an Apollo persisted query manifest (format "apollo-persisted-query-manifest", version 1).`);
    }
    const operations = new Map<string, PersistedOperation>();
    for (const operation of listed) {
      const [id, name, body] = [fieldOf(operation, 'id'), fieldOf(operation, 'name'), fieldOf(operation, 'body')];
      if (typeof id !== 'string' || typeof name !== 'string' || typeof body !== 'string' || operationId(body) !== id) {
        throw new Error(`${path}: operation ${String(name)} has no body or an id that is not its SHA-256; run \`npm run operations\`.`);
      }
      operations.set(id, { name, body });
    }
    documents.set(basename(file, '.json'), operations);
  }
  return documents;
}

/**
 * The purposes each client with a manifest is registered for, from `<client>.purposes.json`
 * (`{ "purposes": [{ "purpose": "partner-sharing", "channel": "PARTNER" }] }`). Every read of a
 * customer by that client needs the customer's permission for one of them (consent's mayProcess).
 * A manifest without its purposes stops the gateway: a partner must never read for no stated reason.
 */
export function loadRegisteredPurposes(dir: string, clients: Iterable<string>): Map<string, RegisteredPurpose[]> {
  const registered = new Map<string, RegisteredPurpose[]>();
  for (const client of clients) {
    const path = join(dir, `${client}${PURPOSES_SUFFIX}`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new Error(
        `${join(dir, `${client}.json`)} has no ${client}${PURPOSES_SUFFIX} beside it: declare what ${client} reads customers' data for, e.g. { "purposes": [{ "purpose": "partner-sharing", "channel": "PARTNER" }] }.`,
      );
    }
    let purposes: RegisteredPurpose[] | string;
    try {
      purposes = checkRegisteredPurposes(fieldOf(JSON.parse(text), 'purposes'));
    } catch {
      purposes = 'it is not JSON';
    }
    if (typeof purposes === 'string') throw new Error(`${path}: ${purposes}.`);
    registered.set(client, purposes);
  }
  return registered;
}
