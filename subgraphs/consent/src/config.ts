import { loadSubgraphConfig } from '#kit/subgraphConfig.ts';

export const SUBGRAPH_NAME = 'consent';
export const DEFAULT_PORT = 4002;

export const loadConfig = (env = process.env) => loadSubgraphConfig(SUBGRAPH_NAME, DEFAULT_PORT, env);
