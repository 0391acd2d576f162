import { startSubgraph } from '#kit/bootstrap.ts';
import { loadCryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { loadConfigOrExit, runService } from '#kit/lifecycle.ts';
import { createLogger } from '#kit/log.ts';
import { loadConfig, loadRelayConfig, SUBGRAPH_NAME } from './config.ts';
import { createConsentSubgraph } from './server.ts';

const log = createLogger(SUBGRAPH_NAME);
const config = loadConfigOrExit(log, loadConfig);
const crypto = loadConfigOrExit(log, () => loadCryptoConfig());
const relay = loadConfigOrExit(log, () => loadRelayConfig());
await runService(log, () => startSubgraph(config, log, createConsentSubgraph(crypto, relay)), config.parentPid);
