import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { operationId } from '../../gateway/src/persistedOperations.ts';
import { buildASTSchema, Kind, parse, print, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { messageOf } from '#kit/guards.ts';

/** Apollo's persisted query manifest, as Apollo Router (`persisted_queries.local_manifests`) and Hive read it. */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: 'query' | 'mutation' | 'subscription'; body: string }[];
}

/** A client's id: the folder name under schema/operations/, the API key's or token's client id. */
const CLIENT_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** The schema clients see (no join directives, no @inaccessible), to validate their operations against. */
export function publicSchema(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)), { assumeValidSDL: true });
}

/**
 * Builds one manifest per client from `<operationsDir>/<client>/*.graphql`: every operation named,
 * names unique per client, each valid against the public schema. Bodies are printed by graphql-js
 * (one canonical text), and each id is the SHA-256 of its body, as Apollo's tooling computes it.
 * Throws with every problem found, naming file and operation.
 */
export function buildManifests(operationsDir: string, schema: GraphQLSchema): Map<string, PersistedQueryManifest> {
  const manifests = new Map<string, PersistedQueryManifest>();
  const problems: string[] = [];
  if (!existsSync(operationsDir)) return manifests;
  for (const client of readdirSync(operationsDir).sort()) {
    const clientDir = join(operationsDir, client);
    if (!statSync(clientDir).isDirectory()) continue;
    if (!CLIENT_ID.test(client)) {
      problems.push(`${client}/: a client folder is named like a client id (lower case letters, digits, dashes).`);
      continue;
    }
    const operations: PersistedQueryManifest['operations'] = [];
    const files = readdirSync(clientDir)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
    for (const file of files) {
      const where = `${client}/${file}`;
      let document;
      try {
        document = parse(readFileSync(join(clientDir, file), 'utf8'));
      } catch (error) {
        problems.push(`${where}: ${messageOf(error)}`);
        continue;
      }
      const definitions = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (definitions.length !== 1) {
        problems.push(`${where}: holds ${definitions.length} operations; keep exactly one per file (with the fragments it uses).`);
        continue;
      }
      const operation = definitions[0]!;
      const name = operation.name?.value;
      if (!name) {
        problems.push(`${where}: the operation needs a name; partners and logs refer to it by name.`);
        continue;
      }
      for (const error of validate(schema, document)) problems.push(`${where} (${name}): ${error.message}`);
      if (operations.some((o) => o.name === name)) problems.push(`${where}: another operation of ${client} is already named ${name}.`);
      const body = print(document);
      operations.push({ id: operationId(body), name, type: operation.operation, body });
    }
    if (operations.length) manifests.set(client, { format: 'apollo-persisted-query-manifest', version: 1, operations });
  }
  if (problems.length)
    throw new Error(`Persisted operations have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return manifests;
}

export const manifestText = (manifest: PersistedQueryManifest) => `${JSON.stringify(manifest, null, 2)}\n`;
