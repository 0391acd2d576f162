import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { fieldOf, isRecord } from '#kit/guards.ts';

export interface SubgraphEntry {
  name: string;
  routingUrl: string;
  schemaFile: string;
}

/** Reads Apollo's supergraph config format: `subgraphs.<name>.{routing_url, schema.file}`. */
export function readSupergraphConfig(configPath: string): { federationVersion: string; subgraphs: SubgraphEntry[] } {
  const config: unknown = parseYaml(readFileSync(configPath, 'utf8'));
  const listed = fieldOf(config, 'subgraphs');
  if (!isRecord(listed)) throw new Error(`${configPath}: no "subgraphs" section.`);
  const subgraphs = Object.entries(listed).map(([name, entry]) => {
    const routingUrl = fieldOf(entry, 'routing_url');
    const file = fieldOf(fieldOf(entry, 'schema'), 'file');
    if (typeof routingUrl !== 'string' || !routingUrl || typeof file !== 'string' || !file)
      throw new Error(`${configPath}: subgraph "${name}" needs routing_url and schema.file.`);
    return { name, routingUrl, schemaFile: resolve(dirname(configPath), file) };
  });
  return { federationVersion: String(fieldOf(config, 'federation_version') ?? ''), subgraphs };
}

export type Composition = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes the subgraphs named in the config into a supergraph SDL, or returns every error. */
export function composeSupergraph(configPath: string): Composition {
  const { subgraphs } = readSupergraphConfig(configPath);
  const result = composeServices(
    subgraphs.map(({ name, routingUrl, schemaFile }) => ({
      name,
      url: routingUrl,
      typeDefs: parse(readFileSync(schemaFile, 'utf8')),
    })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trim()}\n` };
}
