import { describe, expect, it } from 'vitest';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { customerViewer } from '../../../tests/support/viewers.ts';
import { createOfferSubgraph } from './server.ts';

const offer = useSubgraph('offer', createOfferSubgraph);

const UPSERT = 'mutation($input: OfferInput!) { upsertOffer(input: $input) { id status } }';
const anOffer = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Offer ${id}`,
  description: 'Something good.',
  channels: ['EMAIL'],
  topics: ['running'],
  validFrom: '2026-01-01T00:00:00.000Z',
  validUntil: null,
  status: 'ACTIVE',
  ...extra,
});
const offersOf = async (profileId: string) =>
  (await offer.ok(entitiesQuery('offers { id }'), { representations: representations([profileId]) }))._entities[0].offers.map(
    (o: { id: string }) => o.id,
  );

describe('offer subgraph', () => {
  it('shows live offers only: active, started and not ended', async () => {
    await offer.ok(UPSERT, { input: anOffer('live-one') });
    await offer.ok(UPSERT, { input: anOffer('draft-one', { status: 'DRAFT' }) });
    await offer.ok(UPSERT, { input: anOffer('ended-one', { validUntil: '2026-02-01T00:00:00.000Z' }) });
    await offer.ok(UPSERT, { input: anOffer('future-one', { validFrom: '2099-01-01T00:00:00.000Z' }) });
    expect(await offersOf('o-1')).toEqual(['live-one']);
  });

  it('never shows a dismissed offer again; dismissing twice is harmless', async () => {
    await offer.ok(UPSERT, { input: anOffer('second-live', { validFrom: '2026-02-01T00:00:00.000Z' }) });
    expect(await offersOf('o-2')).toEqual(['second-live', 'live-one']);
    await offer.ok('mutation { dismissOffer(profileId: "o-2", offerId: "live-one") { id } }', {}, customerViewer('o-2'));
    await offer.ok('mutation { dismissOffer(profileId: "o-2", offerId: "live-one") { offers { id } } }', {}, customerViewer('o-2'));
    expect(await offersOf('o-2')).toEqual(['second-live']);
    const exported = await offer.subjectRights.export('o-2');
    expect(exported.records.offer_responses?.[0]).toMatchObject({ dismissals: [expect.objectContaining({ offerId: 'live-one' })] });
  });

  it('rejects dismissing an unknown offer, or for someone else', async () => {
    expect((await offer.run('mutation { dismissOffer(profileId: "o-3", offerId: "nope") { id } }')).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const other = await offer.run('mutation { dismissOffer(profileId: "o-3", offerId: "live-one") { id } }', {}, customerViewer('o-4'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates catalogue writes and keeps them to administrators', async () => {
    expect((await offer.run(UPSERT, { input: anOffer('Bad Id') })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    const backwards = await offer.run(UPSERT, { input: anOffer('backwards', { validUntil: '2025-01-01T00:00:00.000Z' }) });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
    expect((await offer.run(UPSERT, { input: anOffer('by-customer') }, customerViewer('o-1'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('shows nothing while processing is restricted or after an objection to personalised offers', async () => {
    const offersWith = async (state: Record<string, unknown>) =>
      (await offer.ok(entitiesQuery('offers { id }'), { representations: [{ __typename: 'Profile', id: 'o-9', ...state }] }))._entities[0]
        .offers;
    expect(await offersWith({ processingRestricted: false, objections: [] })).not.toEqual([]);
    expect(await offersWith({ processingRestricted: true, objections: [] })).toEqual([]);
    expect(await offersWith({ processingRestricted: false, objections: ['personalised-offers'] })).toEqual([]);
  });

  it('costs two queries for offers of any number of profiles', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `many-${i}`);
    const commands = await offer.commandsDuring(() => offer.ok(entitiesQuery('offers { id }'), { representations: representations(ids) }));
    expect(commands).toEqual({ find: 2 });
  });

  it('lists the catalogue, filtered by status', async () => {
    const drafts = await offer.ok('query { offerCatalogue(status: DRAFT) { id } }');
    expect(drafts.offerCatalogue).toEqual([{ id: 'draft-one' }]);
  });
});
