import { createServer } from 'node:http';
import { closeGracefully, listen } from '#kit/http.ts';
import { loadConfigOrExit, runService } from '#kit/lifecycle.ts';
import { createLogger } from '#kit/log.ts';
import { loadGatewayConfig } from './config.ts';
import { createGateway } from './server.ts';

const log = createLogger('gateway');
const config = loadConfigOrExit(log, () => loadGatewayConfig());

await runService(
  log,
  async () => {
    const gateway = createGateway(config, log);
    const server = createServer(gateway.runtime);
    const port = await listen(server, config.port, config.host);
    log.info(`ready at http://${config.host}:${port}/graphql`);
    if (config.devViewerRole) log.warn(`development mode: every request acts as role "${config.devViewerRole}"`);
    return {
      url: `http://${config.host}:${port}/graphql`,
      async close() {
        await closeGracefully(server);
        await gateway.close();
      },
    };
  },
  config.parentPid,
);
