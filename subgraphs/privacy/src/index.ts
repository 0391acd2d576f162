import { startSubgraph } from '#kit/bootstrap.ts';
import { loadConfigOrExit, runService } from '#kit/lifecycle.ts';
import { createLogger } from '#kit/log.ts';
import { loadConfig, SUBGRAPH_NAME } from './config.ts';
import { createPrivacySubgraph } from './server.ts';

const log = createLogger(SUBGRAPH_NAME);
const config = loadConfigOrExit(log, loadConfig);
await runService(log, () => startSubgraph(config, log, createPrivacySubgraph), config.parentPid);
