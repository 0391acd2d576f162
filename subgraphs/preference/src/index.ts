import { startSubgraph } from '#kit/bootstrap.ts';
import { runService } from '#kit/lifecycle.ts';
import { createLogger } from '#kit/log.ts';
import { loadConfig, SUBGRAPH_NAME } from './config.ts';
import { createPreferenceSubgraph } from './server.ts';

const log = createLogger(SUBGRAPH_NAME);
const config = loadConfig();
await runService(log, () => startSubgraph(config, log, createPreferenceSubgraph), config.parentPid);
