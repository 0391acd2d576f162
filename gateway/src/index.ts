import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runService } from '#kit/lifecycle.ts';
import { createLogger } from '#kit/log.ts';
import { loadGatewayConfig } from './config.ts';
import { createGateway } from './server.ts';

const log = createLogger('gateway');
const config = loadGatewayConfig();

await runService(
  log,
  async () => {
    const gateway = createGateway(config, log);
    const server = createServer(gateway.runtime);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    log.info(`ready at http://${config.host}:${port}/graphql`);
    if (config.devViewerRole) log.warn(`development mode: every request acts as role "${config.devViewerRole}"`);
    return {
      url: `http://${config.host}:${port}/graphql`,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 5_000).unref();
        });
        await gateway.close();
      },
    };
  },
  config.parentPid,
);
