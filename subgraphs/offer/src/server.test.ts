import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '#kit/events/domainEvents.ts';
import { batchReadCost } from '../../../tests/support/database.ts';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { customerViewer } from '../../../tests/support/viewers.ts';
import { createOfferSubgraph } from './server.ts';

const offer = useSubgraph('offer', createOfferSubgraph());
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const UPSERT = 'mutation($input: OfferInput!) { upsertOffer(input: $input) { id status version } }';
const anOffer = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Offer ${id}`,
  description: 'Something good.',
  channels: ['EMAIL', 'WEB'],
  topics: ['general'],
  validFrom: '2026-01-01T00:00:00.000Z',
  validUntil: null,
  status: 'ACTIVE',
  ...extra,
});
/** A customer who allows personalised offers and likes running, in GB. */
const fan = (id: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Profile',
  id,
  processingRestricted: false,
  objections: [],
  automatedDecisionOptOut: false,
  activeGrants: ['personalised-offers:WEB'],
  country: 'GB',
  locale: 'en-GB',
  wantedTopics: ['running'],
  unwantedTopics: [],
  ...extra,
});
const feedOf = async (rep: Record<string, unknown>, channel = 'WEB') =>
  (
    await offer.ok(entitiesQuery(`offerFeed(channel: ${channel}) { mode reason decisionId items { offer { id } score explanation } }`), {
      representations: [rep],
    })
  )._entities[0].offerFeed;
const idsOf = (feed: { items: { offer: { id: string } }[] }) => feed.items.map((i) => i.offer.id);

describe('offer catalogue', () => {
  it('keeps live offers only, versions every change, and validates rules with their path', async () => {
    await offer.ok(UPSERT, { input: anOffer('general-deal', { priority: 1 }) });
    await offer.ok(UPSERT, {
      input: anOffer('shoes', { topics: ['running'], rule: { all: [{ country: ['GB', 'IE'] }, { interestedIn: 'running' }] } }),
    });
    await offer.ok(UPSERT, { input: anOffer('draft-one', { status: 'DRAFT' }) });
    await offer.ok(UPSERT, { input: anOffer('ended-one', { validUntil: '2026-02-01T00:00:00.000Z' }) });
    const again = await offer.ok(UPSERT, { input: anOffer('general-deal', { priority: 2 }) });
    expect(again.upsertOffer.version).toBe(2);
    const bad = await offer.run(UPSERT, { input: anOffer('broken', { rule: { all: [{ country: ['gb'] }] } }) });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rule.all[0].country' });
    expect(bad.errors?.[0]?.message).toMatch(/^rule \$\.all\[0\]\.country: /);
    expect(codeOf(await offer.run(UPSERT, { input: anOffer('Bad Id') }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await offer.run(UPSERT, { input: anOffer('by-customer') }, customerViewer('o-1')))).toBe('FORBIDDEN');
    expect((await offer.ok('query { offerCatalogue(status: DRAFT) { id } }')).offerCatalogue).toEqual([{ id: 'draft-one' }]);
  });
});

describe('offers for a customer', () => {
  it('ranks what the customer likes first and says why, when personalisation is allowed', async () => {
    const feed = await feedOf(fan('f-1'));
    expect(feed.mode).toBe('PERSONALISED');
    expect(idsOf(feed)).toEqual(['shoes', 'general-deal']);
    expect(feed.items[0].explanation).toEqual(['you live in GB', 'you said you like running']);
    expect(feed.decisionId).toEqual(expect.any(String));
  });

  it('gives the same list to everyone without personalisation, and nothing while restricted or objected', async () => {
    const plain = await feedOf(fan('f-2', { activeGrants: [] }));
    expect(plain).toMatchObject({ mode: 'NON_PERSONALISED' });
    expect(idsOf(plain)).toEqual(['general-deal']);
    expect(await feedOf(fan('f-3', { processingRestricted: true }))).toMatchObject({
      mode: 'NONE',
      items: [],
      reason: expect.stringContaining('restricted'),
    });
    expect(await feedOf(fan('f-4', { objections: ['personalised-offers'] }))).toMatchObject({ mode: 'NONE', items: [] });
    expect(idsOf(await feedOf(fan('f-5', { unwantedTopics: ['running'] })))).toEqual(['general-deal']);
  });

  it('takes no for an answer: dismiss, snooze, not this kind; each only for the customer themself', async () => {
    const me = customerViewer('n-1');
    await offer.ok('mutation { dismissOffer(profileId: "n-1", offerId: "general-deal") { id } }', {}, me);
    expect(idsOf(await feedOf(fan('n-1')))).toEqual(['shoes']);
    await offer.ok(
      'mutation($u: DateTime!) { snoozeOffer(profileId: "n-2", offerId: "shoes", until: $u) { id } }',
      { u: new Date(Date.now() + 86_400_000).toISOString() },
      customerViewer('n-2'),
    );
    expect(idsOf(await feedOf(fan('n-2')))).toEqual(['general-deal']);
    await offer.ok('mutation { notInterestedInOfferKind(profileId: "n-3", offerId: "shoes") { id } }', {}, customerViewer('n-3'));
    await offer.ok(UPSERT, { input: anOffer('more-running', { topics: ['running', 'outdoor'] }) });
    expect(idsOf(await feedOf(fan('n-3')))).toEqual(['general-deal']);
    expect(codeOf(await offer.run('mutation { dismissOffer(profileId: "n-4", offerId: "shoes") { id } }', {}, me))).toBe('FORBIDDEN');
    expect(codeOf(await offer.run('mutation { dismissOffer(profileId: "n-4", offerId: "nope") { id } }'))).toBe('NOT_FOUND');
  });

  it('writes one event per response with the change itself, and none for a response that changed nothing', async () => {
    const me = customerViewer('ev-1');
    await offer.ok('mutation { dismissOffer(profileId: "ev-1", offerId: "general-deal") { id } }', {}, me);
    await offer.ok('mutation { dismissOffer(profileId: "ev-1", offerId: "general-deal") { id } }', {}, me);
    await offer.ok('mutation { notInterestedInOfferKind(profileId: "ev-1", offerId: "shoes") { id } }', {}, me);
    await offer.ok('mutation { notInterestedInOfferKind(profileId: "ev-1", offerId: "shoes") { id } }', {}, me);
    await offer.ok('mutation { redeemOffer(profileId: "ev-1", offerId: "general-deal") { id } }', {}, me);
    const doc = await offer.database.connection
      .collection<{ _id: string; outbox: DomainEvent[] }>('offer_responses')
      .findOne({ _id: 'ev-1' });
    expect(doc!.outbox.map((e) => [e.type, e.source, e.subjectId, e.data])).toEqual([
      ['offer.dismissed', 'offer', 'ev-1', { offerId: 'general-deal', response: 'DISMISSED', origin: 'web' }],
      ['offer.dismissed', 'offer', 'ev-1', { offerId: 'shoes', response: 'NOT_THIS_KIND', topics: ['running'], origin: 'web' }],
      ['offer.redeemed', 'offer', 'ev-1', { offerId: 'general-deal', redemption: 1, origin: 'web' }],
    ]);
  });

  it('counts redemptions against the offer’s limit', async () => {
    await offer.ok(UPSERT, { input: anOffer('once-only', { maxRedemptionsPerCustomer: 1 }) });
    expect(idsOf(await feedOf(fan('r-1')))).toContain('once-only');
    await offer.ok('mutation { redeemOffer(profileId: "r-1", offerId: "once-only") { id } }', {}, customerViewer('r-1'));
    expect(
      codeOf(await offer.run('mutation { redeemOffer(profileId: "r-1", offerId: "once-only") { id } }', {}, customerViewer('r-1'))),
    ).toBe('CONFLICT');
    expect(idsOf(await feedOf(fan('r-1')))).not.toContain('once-only');
  });

  it('logs each decision with its inputs and rule versions, readable by the customer', async () => {
    await feedOf(fan('l-1'));
    const { offerDecisions } = (
      await offer.ok(
        entitiesQuery('offerDecisions { mode inputs offers { offerId version explanation } }'),
        { representations: representations(['l-1']) },
        customerViewer('l-1'),
      )
    )._entities[0];
    expect(offerDecisions[0]).toMatchObject({
      mode: 'PERSONALISED',
      inputs: expect.objectContaining({ country: 'GB', wantedTopics: ['running'] }),
      offers: expect.arrayContaining([{ offerId: 'shoes', version: 1, explanation: ['you live in GB', 'you said you like running'] }]),
    });
    const export_ = await offer.subjectRights.export('l-1');
    expect(export_.records.offer_decisions).toHaveLength(1);
  });

  it('costs one read of the catalogue, one batch read of responses and one log insert, for 50 profiles as for 1', async () => {
    const reps = Array.from({ length: 50 }, (_, i) => fan(`many-${i}`));
    // The decisions are written off the read path, by the decision journal: flushed here to count its one insert.
    const feeds = (some: Record<string, unknown>[]) => async () => {
      await offer.ok(entitiesQuery('offerFeed { mode }'), { representations: some });
      await offer.context().decisions.flush();
    };
    const one = await offer.commandsDuring(feeds(reps.slice(0, 1)));
    const fifty = await offer.commandsDuring(feeds(reps));
    expect(fifty).toEqual({ find: 1 + batchReadCost(offer.database, 50), insert: 1 });
    expect(one).toEqual({ find: 2, insert: 1 });
  });

  it('records one decision for a feed shown once, however many of its fields the request selects', async () => {
    const customer = customerViewer('once-1');
    const both = entitiesQuery(
      'offers { id } offerFeed { decisionId } sameFeed: offerFeed { decisionId } web: offerFeed(channel: WEB) { decisionId }',
    );
    const [entity] = (await offer.ok(both, { representations: [fan('once-1')] }, customer))._entities;
    expect(entity.sameFeed.decisionId).toBe(entity.offerFeed.decisionId);
    expect(entity.web.decisionId).not.toBe(entity.offerFeed.decisionId); // another channel is another feed
    const { offerDecisions } = (
      await offer.ok(entitiesQuery('offerDecisions { id channel }'), { representations: representations(['once-1']) }, customer)
    )._entities[0];
    expect(offerDecisions.map((d: { id: string }) => d.id).sort()).toEqual([entity.offerFeed.decisionId, entity.web.decisionId].sort());
  });

  it('erases responses and decisions through the contract', async () => {
    const report = await offer.subjectRights.erase('n-1');
    expect(report.removed).toMatchObject({ offer_responses: 1, offer_decisions: expect.any(Number) });
    expect((await offer.subjectRights.inventory('n-1')).holds).toEqual([]);
  });
});
