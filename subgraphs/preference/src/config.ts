import { loadSubgraphConfig } from '#kit/subgraphConfig.ts';

export const SUBGRAPH_NAME = 'preference';
export const DEFAULT_PORT = 4003;

export const loadConfig = (env = process.env) => loadSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT, env);
