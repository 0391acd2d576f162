// The scale bench's fast loader (scripts/lib/scaleLoader.ts) writes what the product writes: for a
// customer with one of everything, each document it writes has the shape of the one the public API
// wrote, and the product reads the loaded customer back as it reads one it made itself.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadCatalogue } from '../../scripts/lib/benchStack.ts';
import { LIVING_PROFILE } from '../../scripts/lib/livingProfile.ts';
import { loaderMatchesApi, loadThroughApi } from '../../scripts/lib/scaleBench.ts';
import { fastLoader, scaleCustomer, type FastLoader } from '../../scripts/lib/scaleLoader.ts';
import { testCryptoEnv, useStack } from '../support/stack.ts';

const crypto = testCryptoEnv();
const lp = useStack({ env: { ...crypto, OUTBOX_INTERVAL_MS: '100' } });
let loader: FastLoader | undefined;
afterAll(() => loader?.close());

describe("the scale bench's fast loader", () => {
  it('writes the documents the public API writes, which the product then reads like its own', async () => {
    await loadCatalogue(lp.stack.gatewayUrl);
    // Customer 0 through the API and customer 30 through the loader (both in Ireland): each has a profile, an
    // imported consent, an interest and a dismissed offer.
    const [viaApi] = await loadThroughApi(lp.stack.gatewayUrl, 0, 1);
    loader = await fastLoader({ mongoUri: inject('mongoUri'), databasePrefix: lp.databasePrefix, env: crypto });
    const loaded = await loaderMatchesApi(loader, viaApi!, 30);

    const read = async (id: string) => {
      const result = await lp.query(LIVING_PROFILE, { id });
      expect(result.errors).toBeUndefined();
      return result.data!.profile;
    };
    const [api, fast] = [await read(viaApi!), await read(loaded)];
    expect(fast).toMatchObject({
      email: scaleCustomer(30).email,
      displayName: 'Customer30 Scale',
      identifiers: [{ source: 'scale', id: 'S-30' }],
      consents: [{ purpose: 'personalised-offers', channel: 'WEB', status: 'GRANTED' }],
      interests: [{ topic: 'running', interested: true }],
    });
    // Both are offered the same, without the offer each dismissed.
    const offered = (p: { offerFeed: { items: { offer: { id: string } }[] } }) => p.offerFeed.items.map((i) => i.offer.id).sort();
    expect(offered(fast)).toEqual(offered(api));
    expect(offered(fast)).not.toContain('offer-0');
    const found = await lp.query('query($e: EmailAddress!) { profileByEmail(email: $e) { id } }', { e: scaleCustomer(30).email });
    expect(found.data?.profileByEmail?.id).toBe(loaded);
  }, 120_000);
});
