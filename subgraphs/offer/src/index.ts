import { startSubgraph } from '#kit/bootstrap.ts';
import { loadConfigOrExit, runService } from '#kit/lifecycle.ts';
import { createLogger } from '#kit/log.ts';
import { deliverySink, loadOutboxConfig } from '#kit/events/outbox.ts';
import { loadProfileDirectoryConfig, profileDirectory } from '#kit/profileDirectory.ts';
import { loadConfig, SUBGRAPH_NAME } from './config.ts';
import { createOfferSubgraph } from './server.ts';

const log = createLogger(SUBGRAPH_NAME);
const config = loadConfigOrExit(log, loadConfig);
const outbox = loadConfigOrExit(log, () => loadOutboxConfig());
const directory = profileDirectory(
  loadConfigOrExit(log, () => loadProfileDirectoryConfig()),
  config.signingKeys[0]!,
  SUBGRAPH_NAME,
);
await runService(
  log,
  () => startSubgraph(config, log, createOfferSubgraph(deliverySink(outbox, config.signingKeys[0]!, SUBGRAPH_NAME), directory)),
  config.parentPid,
);
