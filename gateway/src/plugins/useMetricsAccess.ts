import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Environment } from '#kit/config.ts';
import { metricsAccess, metricsRefusal } from '#kit/metricsAccess.ts';
import { peerAddress } from '../clientAddress.ts';
import { errorResponse } from '../errorResponse.ts';

/** Guards the Prometheus endpoint (`/metrics`, served by the plugin after this one): see metricsAccess. */
export function useMetricsAccess({ token, environment }: { token: string | undefined; environment: Environment }): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (url.pathname !== '/metrics') return;
      const access = metricsAccess(token, environment, request.headers.get('authorization'), peerAddress(serverContext));
      if (access === 'allowed') return;
      const { status, message, code } = metricsRefusal(access);
      endResponse(errorResponse(fetchAPI.Response, status, message, { code }));
    },
  };
}
