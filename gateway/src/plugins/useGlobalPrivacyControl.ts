import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { ErrorCode, firstErrorIn } from '#kit/errors.ts';
import type { Logger } from '#kit/log.ts';
import { postSigned, type Viewer } from '#kit/viewer.ts';
import { carriesOwnPrivacySignal } from '../roles.ts';

export interface GlobalPrivacyControlOptions {
  /** The consent subgraph's GraphQL address (it records the signal). */
  consentUrl: () => string | undefined;
  signingKey: string;
  /** The request's one viewer. */
  viewerOf: (request: Request) => Viewer;
  log: Logger;
  /** Customers this replica has recorded the signal for, at most (the oldest are forgotten first). */
  remember?: number;
}

/**
 * The Global Privacy Control (`Sec-GPC: 1`): a customer's own request carrying it is their opt-out
 * of sale and sharing. Recorded as a write, in the consent subgraph's ledger
 * (`honourGlobalPrivacyControl`, idempotent: a second signal records nothing), before the request
 * runs, so the answer already shows it; reads in the subgraphs never write. Each replica
 * remembers whom it recorded the signal for and skips them; one that forgets, or another replica,
 * asks again and consent records nothing new. If consent cannot be reached the request still
 * runs and the next one with the signal tries again.
 */
export function useGlobalPrivacyControl({
  consentUrl,
  signingKey,
  viewerOf,
  log,
  remember = 100_000,
}: GlobalPrivacyControlOptions): GatewayPlugin {
  const recorded = new Set<string>();
  const honour = async (viewer: Viewer & { subject: string }) => {
    const url = consentUrl();
    if (!url) return;
    const response = await postSigned(url, new URL(url).pathname, viewer, signingKey, {
      query: 'mutation($id: ID!) { honourGlobalPrivacyControl(profileId: $id) }',
      variables: { id: viewer.subject },
    });
    const refused = firstErrorIn(await response.json().catch(() => null));
    // A profile that is gone or erased has nothing to record the signal on: not a failure.
    if (refused?.code === ErrorCode.NOT_FOUND) return;
    if (!response.ok || refused) throw new Error(refused?.message ?? `HTTP ${response.status}`);
  };
  return {
    async onRequest({ request, url }) {
      if (url.pathname !== '/graphql') return;
      const viewer = viewerOf(request);
      if (!carriesOwnPrivacySignal(viewer) || recorded.has(viewer.subject)) return;
      try {
        await honour(viewer);
        if (recorded.size >= remember) recorded.delete(recorded.values().next().value!);
        recorded.add(viewer.subject);
      } catch (error) {
        log.error('could not record a Global Privacy Control signal; the next request with it tries again', error);
      }
    },
  };
}
