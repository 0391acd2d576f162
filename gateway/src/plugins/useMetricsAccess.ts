import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { IncomingMessage } from 'node:http';
import type { Environment } from '#kit/config.ts';
import { ErrorCode } from '#kit/errors.ts';
import { metricsAccess } from '#kit/metricsAccess.ts';

/** Guards the Prometheus endpoint (`/metrics`, served by the plugin after this one): see metricsAccess. */
export function useMetricsAccess({ token, environment }: { token: string | undefined; environment: Environment }): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (url.pathname !== '/metrics') return;
      const peer = (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket?.remoteAddress;
      const access = metricsAccess(token, environment, request.headers.get('authorization'), peer);
      if (access === 'allowed') return;
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              access === 'off'
                ? { message: 'Metrics are off: set METRICS_TOKEN and scrape with it.', extensions: { code: ErrorCode.NOT_FOUND } }
                : { message: 'Scrape with the METRICS_TOKEN bearer token.', extensions: { code: ErrorCode.UNAUTHENTICATED } },
            ],
          },
          { status: access === 'off' ? 404 : 401 },
        ),
      );
    },
  };
}
