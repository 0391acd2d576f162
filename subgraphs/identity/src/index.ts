import { startSubgraph } from '#kit/bootstrap.ts';
import { loadCryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { loadConfigOrExit, runService } from '#kit/lifecycle.ts';
import { permissionClient } from '#kit/disclosure.ts';
import { createLogger } from '#kit/log.ts';
import { deliverySink, loadOutboxConfig } from '#kit/events/outbox.ts';
import { loadConfig, SUBGRAPH_NAME } from './config.ts';
import { createIdentitySubgraph } from './server.ts';

const log = createLogger(SUBGRAPH_NAME);
const config = loadConfigOrExit(log, loadConfig);
const crypto = loadConfigOrExit(log, () => loadCryptoConfig());
const outbox = loadConfigOrExit(log, () => loadOutboxConfig());
await runService(
  log,
  () =>
    startSubgraph(
      config,
      log,
      createIdentitySubgraph(
        crypto,
        deliverySink(outbox, config.signingKeys[0]!, SUBGRAPH_NAME),
        permissionClient(outbox.consentUrl, config.signingKeys[0]!, SUBGRAPH_NAME),
      ),
    ),
  config.parentPid,
);
