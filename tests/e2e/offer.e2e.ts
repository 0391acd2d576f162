// Offers through the gateway: identity, consent and preference change what a customer is offered,
// and every offer says why.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePurposes } from '../support/consent.ts';
import { restrictThroughPrivacy } from '../support/privacy.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack();

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const result = await lp.query(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const FEED = 'query($id: ID!) { profile(id: $id) { offerFeed(channel: WEB) { mode reason items { offer { id } explanation } } } }';
const feed = async (id: string) =>
  (await ok(FEED, { id })).profile.offerFeed as { mode: string; reason: string; items: { offer: { id: string }; explanation: string[] }[] };
const ids = (f: Awaited<ReturnType<typeof feed>>) => f.items.map((i) => i.offer.id);
const grant = (id: string, status: string) =>
  ok('mutation($i: RecordConsentInput!) { recordConsent(input: $i) { seq } }', {
    i: {
      profileId: id,
      purpose: 'personalised-offers',
      channel: 'WEB',
      status,
      proof: { noticeVersion: 1, collectionPoint: 'offers page', method: 'CHECKBOX' },
    },
  });

beforeAll(async () => {
  await ensurePurposes(lp, ['personalised-offers']);
  await ok('mutation { upsertTopic(input: { id: "running", name: "Running", description: "Shoes and races" }) { id } }');
  const offer = (input: Record<string, unknown>) =>
    ok('mutation($input: OfferInput!) { upsertOffer(input: $input) { id } }', {
      input: { description: 'd', channels: ['WEB'], validFrom: '2026-01-01T00:00:00.000Z', status: 'ACTIVE', ...input },
    });
  await offer({ id: 'trail-shoes', title: 'Trail shoes', topics: ['running'], rule: { interestedIn: 'running' } });
  await offer({ id: 'uk-lounge', title: 'Lounge access', topics: ['travel'], priority: 5, rule: { country: ['GB'] } });
  await offer({ id: 'welcome', title: 'Welcome gift', topics: ['general'] });
});

async function runner(): Promise<string> {
  const id = (
    await ok(
      'mutation { createProfile(input: { addresses: [{ lines: ["1 Track Lane"], city: "Leeds", country: "GB" }], locale: "en-GB" }) { id } }',
    )
  ).createProfile.id as string;
  await grant(id, 'GRANTED');
  await ok('mutation($id: ID!) { setInterest(profileId: $id, topic: "running", interested: true) { id } }', { id });
  return id;
}

describe('offers through the gateway', () => {
  it('ranks what the customer likes first and explains every offer', async () => {
    const f = await feed(await runner());
    expect(f.mode).toBe('PERSONALISED');
    expect(ids(f)).toEqual(['trail-shoes', 'uk-lounge', 'welcome']);
    expect(f.items[0]!.explanation).toEqual(['you said you like running']);
    expect(f.items[1]!.explanation).toEqual(['you live in GB']);
  });

  it('changes when consent to personalised offers is withdrawn', async () => {
    const id = await runner();
    await grant(id, 'WITHDRAWN');
    const f = await feed(id);
    expect(f.mode).toBe('NON_PERSONALISED');
    expect(ids(f)).toEqual(['uk-lounge', 'welcome']);
  });

  it('changes when the customer says they are not interested in a topic', async () => {
    const id = await runner();
    await ok('mutation($id: ID!) { setInterest(profileId: $id, topic: "running", interested: false) { id } }', { id });
    expect(ids(await feed(id))).toEqual(['uk-lounge', 'welcome']);
  });

  it('shows nothing, with the reason, after an objection or while processing is restricted', async () => {
    const objector = await runner();
    await ok('mutation($id: ID!) { setObjection(profileId: $id, purpose: "personalised-offers", objected: true) { id } }', {
      id: objector,
    });
    expect(await feed(objector)).toMatchObject({ mode: 'NONE', items: [], reason: 'You objected to offers, so we show none.' });

    const restricted = await runner();
    await restrictThroughPrivacy(lp, restricted);
    expect(await feed(restricted)).toMatchObject({ mode: 'NONE', items: [], reason: expect.stringContaining('restricted') });
  });

  it('applies an age rule from identity’s birth date, without identity sharing the date', async () => {
    await ok('mutation($input: OfferInput!) { upsertOffer(input: $input) { id } }', {
      input: {
        id: 'wine-tasting',
        title: 'Wine tasting',
        description: 'd',
        channels: ['WEB'],
        topics: ['wine'],
        validFrom: '2026-01-01T00:00:00.000Z',
        status: 'ACTIVE',
        rule: { minAge: 18 },
      },
    });
    const id = await runner();
    expect(ids(await feed(id))).not.toContain('wine-tasting');
    await ok('mutation($id: ID!) { rectifyProfile(id: $id, input: { birthDate: "1990-05-17" }, reason: "customer told us") { id } }', {
      id,
    });
    const f = await feed(id);
    expect(f.items.find((i) => i.offer.id === 'wine-tasting')?.explanation).toEqual(['you are over 17']);
  });

  it('keeps the decisions for the customer to read later', async () => {
    const id = await runner();
    await feed(id);
    const { profile } = await ok(
      'query($id: ID!) { profile(id: $id) { offerDecisions { mode inputs offers { offerId version explanation } } } }',
      { id },
    );
    expect(profile.offerDecisions[0]).toMatchObject({
      mode: 'PERSONALISED',
      inputs: expect.objectContaining({ country: 'GB', wantedTopics: ['running'], activeGrants: ['personalised-offers:WEB'] }),
      offers: expect.arrayContaining([{ offerId: 'trail-shoes', version: 1, explanation: ['you said you like running'] }]),
    });
  });

  it('lets a customer contest a decision: a person reviews it, and meanwhile nothing is chosen for them automatically', async () => {
    const id = await runner();
    const asCustomer = { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': id };
    const shown = (
      await lp.query('query($id: ID!) { profile(id: $id) { offerFeed(channel: WEB) { mode decisionId } } }', { id }, asCustomer)
    ).data!.profile.offerFeed;
    expect(shown.mode).toBe('PERSONALISED');
    const review = await lp.query(
      'mutation($id: ID!, $d: ID!) { openPrivacyRequest(input: { profileId: $id, type: HUMAN_REVIEW, decisionId: $d }) { id status decisionId dueAt } }',
      { id, d: shown.decisionId },
      asCustomer,
    );
    expect(review.errors).toBeUndefined();
    const request = review.data!.openPrivacyRequest;
    expect(request).toMatchObject({ status: 'RECEIVED', decisionId: shown.decisionId });

    // While the review is open: the same list as for everyone, saying why.
    const meanwhile = await feed(id);
    expect(meanwhile.mode).toBe('NON_PERSONALISED');
    expect(meanwhile.reason).toMatch(/a person is reviewing a decision you contested/);
    expect(ids(meanwhile)).not.toContain('trail-shoes');

    const agent = { 'x-dev-viewer-role': 'agent', 'x-dev-viewer-subject': 'agent-9' };
    const assigned = await lp.query('mutation($r: ID!) { assignPrivacyRequest(id: $r) { assignedTo } }', { r: request.id }, agent);
    expect(assigned.data?.assignPrivacyRequest.assignedTo).toBe('agent-9');
    const resolved = await lp.query(
      `mutation($r: ID!) { resolvePrivacyRequest(id: $r, outcome: COMPLETED, reviewOutcome: DECISION_UPHELD,
         note: "The shoes were ranked first because you said you like running") { status } }`,
      { r: request.id },
      agent,
    );
    expect(resolved.errors).toBeUndefined();
    const outcome = (
      await lp.query(
        'query($r: ID!) { privacyRequest(id: $r) { status assignedTo reviewOutcome resolution } }',
        { r: request.id },
        asCustomer,
      )
    ).data!.privacyRequest;
    expect(outcome).toEqual({
      status: 'COMPLETED',
      assignedTo: 'agent-9',
      reviewOutcome: 'DECISION_UPHELD',
      resolution: 'The shoes were ranked first because you said you like running',
    });
    expect((await feed(id)).mode).toBe('PERSONALISED');
  });
});
