import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';

export interface SubgraphEntry {
  name: string;
  routingUrl: string;
  schemaFile: string;
}

/** Reads Apollo's supergraph config format: `subgraphs.<name>.{routing_url, schema.file}`. */
export function readSupergraphConfig(configPath: string): { federationVersion: string; subgraphs: SubgraphEntry[] } {
  const config = parseYaml(readFileSync(configPath, 'utf8')) as {
    federation_version?: string;
    subgraphs?: Record<string, { routing_url?: string; schema?: { file?: string } }>;
  };
  if (!config?.subgraphs) throw new Error(`${configPath}: no "subgraphs" section.`);
  const subgraphs = Object.entries(config.subgraphs).map(([name, entry]) => {
    if (!entry.routing_url || !entry.schema?.file) throw new Error(`${configPath}: subgraph "${name}" needs routing_url and schema.file.`);
    return { name, routingUrl: entry.routing_url, schemaFile: resolve(dirname(configPath), entry.schema.file) };
  });
  return { federationVersion: String(config.federation_version ?? ''), subgraphs };
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
