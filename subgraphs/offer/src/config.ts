import { loadSubgraphConfig } from '#kit/subgraphConfig.ts';

export const SUBGRAPH_NAME = 'offer';
export const DEFAULT_PORT = 4004;

export const loadConfig = (env = process.env) => loadSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT, env);
