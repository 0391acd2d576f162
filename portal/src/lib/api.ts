import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

/**
 * The portal's only way in: the public GraphQL API, as a first-party client. Operations go as
 * automatic persisted queries (a hash first, the text once if the gateway has not seen it), with
 * the customer's bearer token and the gateway's CSRF header. After a change the document cache
 * refetches every query that showed the changed types, so each screen shows what was stored.
 */
export function createApiClient(url: string, token: () => string | null): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, persistedExchange({ preferGetForPersistedQueries: false }), fetchExchange],
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const bearer = token();
      return {
        headers: { 'x-living-profile-csrf': '1', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      };
    },
  });
}
