import { startSubgraph } from '#kit/bootstrap.ts';
import { loadCryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { loadConfigOrExit, runService } from '#kit/lifecycle.ts';
import { createLogger } from '#kit/log.ts';
import { loadProfileDirectoryConfig, profileDirectory } from '#kit/profileDirectory.ts';
import { loadRelayConfig } from '#kit/events/delivery/config.ts';
import { loadConfig, SUBGRAPH_NAME } from './config.ts';
import { createConsentSubgraph } from './server.ts';

const log = createLogger(SUBGRAPH_NAME);
const config = loadConfigOrExit(log, loadConfig);
const crypto = loadConfigOrExit(log, () => loadCryptoConfig());
const relay = loadConfigOrExit(log, () => loadRelayConfig());
const directory = profileDirectory(
  loadConfigOrExit(log, () => loadProfileDirectoryConfig()),
  config.signingKeys[0]!,
  SUBGRAPH_NAME,
);
await runService(log, () => startSubgraph(config, log, createConsentSubgraph(crypto, relay, directory)), config.parentPid);
