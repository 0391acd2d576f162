// Consent through the gateway, as customers, agents and other subgraphs meet it.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePurposes } from '../support/consent.ts';
import { restrictThroughPrivacy } from '../support/privacy.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack();

const as = (role: string, subject?: string, extra: Record<string, string> = {}) => ({
  'x-dev-viewer-role': role,
  ...(subject ? { 'x-dev-viewer-subject': subject } : {}),
  ...extra,
});
async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const newProfile = async () => (await ok('mutation { createProfile(input: {}) { id } }')).createProfile.id as string;
const RECORD = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { seq content } }';
const proof = {
  noticeVersion: 1,
  collectionPoint: 'account settings page',
  method: 'CHECKBOX',
  ipAddress: '198.51.100.23',
  userAgent: 'Mozilla/5.0 (e2e)',
};
const STATE = `query($id: ID!) { profile(id: $id) {
  consents { purpose channel status method needsRenewal lastChangedBy { source channel actor } }
  mayProcess(purpose: "marketing", channel: EMAIL) { allowed code reason }
  consentLedgerVerification { valid entries }
} }`;

beforeAll(async () => {
  await ensurePurposes(lp, ['marketing', 'personalised-offers']);
  await ok('mutation($input: PurposeInput!) { upsertPurpose(input: $input) { id } }', {
    input: {
      id: 'partner-sharing',
      name: 'Partners',
      description: 'Sharing with partners',
      legalBasis: 'CONSENT',
      refusable: true,
      channels: ['PARTNER'],
      saleOrSharing: true,
    },
  });
  await ok('mutation { publishNotice(purpose: "partner-sharing", input: { summary: "v1" }) { version } }');
  await ok(
    `mutation { upsertOffer(input: { id: "spring", title: "Spring", description: "d", channels: [WEB], topics: ["t"], validFrom: "2026-01-01T00:00:00.000Z", status: ACTIVE }) { id } }`,
  );
});

describe('consent through the gateway', () => {
  it('lets a customer grant and withdraw their own consent, with proof', async () => {
    const id = await newProfile();
    const customer = as('customer', id);
    await ok(RECORD, { input: { profileId: id, purpose: 'marketing', channel: 'EMAIL', status: 'GRANTED', proof } }, customer);
    expect((await ok(STATE, { id }, customer)).profile.mayProcess).toMatchObject({ allowed: true, code: 'ALLOWED_BY_CONSENT' });
    await ok(RECORD, { input: { profileId: id, purpose: 'marketing', channel: 'EMAIL', status: 'WITHDRAWN', proof } }, customer);
    const { profile } = await ok(STATE, { id }, customer);
    expect(profile).toEqual({
      consents: [
        {
          purpose: 'marketing',
          channel: 'EMAIL',
          status: 'WITHDRAWN',
          method: 'CHECKBOX',
          needsRenewal: false,
          lastChangedBy: { source: 'development-web', channel: 'web', actor: id },
        },
      ],
      mayProcess: { allowed: false, code: 'WITHDRAWN', reason: 'The customer withdrew consent.' },
      consentLedgerVerification: { valid: true, entries: 2 },
    });
    const other = await newProfile();
    const denied = await lp.query(
      RECORD,
      { input: { profileId: other, purpose: 'marketing', channel: 'EMAIL', status: 'GRANTED', proof } },
      customer,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an agent record verbal consent, with the reason kept as proof', async () => {
    const id = await newProfile();
    const agent = as('agent', 'agent-42');
    const verbal = { noticeVersion: 1, collectionPoint: 'call-centre script 7', method: 'VERBAL' };
    const missing = await lp.query(
      RECORD,
      { input: { profileId: id, purpose: 'marketing', channel: 'PHONE', status: 'GRANTED', proof: verbal } },
      agent,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await ok(
      RECORD,
      {
        input: {
          profileId: id,
          purpose: 'marketing',
          channel: 'PHONE',
          status: 'GRANTED',
          proof: verbal,
          reason: 'Caller asked for phone offers',
        },
      },
      agent,
    );
    const { profile } = await ok('query($id: ID!) { profile(id: $id) { consentHistory { content proof { reason collectionPoint } } } }', {
      id,
    });
    // The collection point is free text a caller sends: kept in the sealed proof, not the clear content.
    expect(profile.consentHistory).toEqual([
      {
        content: expect.objectContaining({ method: 'VERBAL', actor: 'agent-42' }),
        proof: { reason: 'Caller asked for phone offers', collectionPoint: 'call-centre script 7' },
      },
    ]);
    expect(profile.consentHistory[0].content).not.toHaveProperty('collectionPoint');
  });

  it('records the Global Privacy Control from the customer’s own request', async () => {
    const id = await newProfile();
    await ok(RECORD, { input: { profileId: id, purpose: 'partner-sharing', channel: 'PARTNER', status: 'GRANTED', proof } });
    const gpc = as('customer', id, { 'sec-gpc': '1' });
    const { profile } = await ok(
      'query($id: ID!) { profile(id: $id) { saleSharingOptOut { optedOut viaGlobalPrivacyControl } mayProcess(purpose: "partner-sharing", channel: PARTNER) { allowed code } } }',
      { id },
      gpc,
    );
    expect(profile.saleSharingOptOut).toEqual({ optedOut: true, viaGlobalPrivacyControl: true });
    expect(profile.mayProcess).toEqual({ allowed: false, code: 'SALE_SHARING_OPTED_OUT' });
  });

  it('records the signal once, as a write of its own: reading with it again adds nothing, reading without it never writes', async () => {
    const id = await newProfile();
    const history = async () =>
      (await ok('query($id: ID!) { profile(id: $id) { consentHistory { type } } }', { id })).profile.consentHistory.map(
        (e: { type: string }) => e.type,
      );
    await ok('query($id: ID!) { profile(id: $id) { id } }', { id }, as('customer', id));
    expect(await history()).toEqual([]);
    for (let i = 0; i < 3; i += 1) await ok('query($id: ID!) { profile(id: $id) { id } }', { id }, as('customer', id, { 'sec-gpc': '1' }));
    expect(await history()).toEqual(['SALE_SHARING']);

    // The mutation the gateway sends: the customer's own, on a request that carries the signal.
    const honour = 'mutation($id: ID!) { honourGlobalPrivacyControl(profileId: $id) }';
    const codeOf = async (headers: Record<string, string>) => (await lp.query(honour, { id }, headers)).errors?.[0]?.extensions?.code;
    expect(await codeOf(as('customer', id))).toBe('BAD_USER_INPUT');
    expect(await codeOf(as('customer', await newProfile(), { 'sec-gpc': '1' }))).toBe('FORBIDDEN');
    expect(await codeOf(as('agent', undefined, { 'sec-gpc': '1' }))).toBe('FORBIDDEN');
    expect((await ok(honour, { id }, as('customer', id, { 'sec-gpc': '1' }))).honourGlobalPrivacyControl).toBe(false);
    expect(await history()).toEqual(['SALE_SHARING']);
  });

  it('reports renewal after a notice version bump', async () => {
    const id = await newProfile();
    await ok(RECORD, { input: { profileId: id, purpose: 'personalised-offers', channel: 'EMAIL', status: 'GRANTED', proof } });
    const renewal = async () =>
      (
        await ok(
          'query($id: ID!) { profile(id: $id) { consents { needsRenewal } mayProcess(purpose: "personalised-offers", channel: EMAIL) { allowed needsRenewal } } }',
          { id },
        )
      ).profile;
    expect(await renewal()).toEqual({ consents: [{ needsRenewal: false }], mayProcess: { allowed: true, needsRenewal: false } });
    await ok(
      'mutation { publishNotice(purpose: "personalised-offers", input: { summary: "We now also use your purchase history" }) { version } }',
    );
    expect(await renewal()).toEqual({ consents: [{ needsRenewal: true }], mayProcess: { allowed: true, needsRenewal: true } });
  });

  it('exposes restriction and objection to other subgraphs, and offers honour them', async () => {
    const id = await newProfile();
    const customer = as('customer', id);
    const read = async () =>
      (
        await ok(
          'query($id: ID!) { profile(id: $id) { processingRestricted objections offers { id } preferences { language } } }',
          { id },
          customer,
        )
      ).profile;
    expect(await read()).toEqual({ processingRestricted: false, objections: [], offers: [{ id: 'spring' }], preferences: null });

    // The customer asks for restriction through the privacy subgraph, which reaches every subgraph.
    await restrictThroughPrivacy(lp, id, customer);
    expect(await read()).toMatchObject({ processingRestricted: true, offers: [] });
    const ADD_EMAIL = 'mutation($id: ID!) { addEmail(profileId: $id, input: { address: "restricted@example.com" }) { status } }';
    expect((await lp.query(ADD_EMAIL, { id })).errors?.[0]?.extensions?.code).toBe('RESTRICTED');

    const lifted = await ok(
      'mutation($id: ID!) { liftProcessingRestriction(profileId: $id, reason: "Address confirmed correct") { lifted failed } }',
      { id },
      as('agent', 'agent-1'),
    );
    expect(lifted.liftProcessingRestriction).toEqual({ lifted: true, failed: [] });
    expect((await ok(ADD_EMAIL, { id })).addEmail.status).toBe('ACTIVE');
    const objected = await ok(
      'mutation($id: ID!) { setObjection(profileId: $id, purpose: "personalised-offers", objected: true) { objections } }',
      { id },
      customer,
    );
    expect(objected.setObjection).toEqual({ objections: ['personalised-offers'] });
    expect(await read()).toMatchObject({ processingRestricted: false, objections: ['personalised-offers'], offers: [] });
  });

  it('lets anyone read the purposes and their notices', async () => {
    const result = await lp.query('{ purposes { id legalBasis currentNotice { version summary } } }', {}, as('customer', 'nobody'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.purposes.map((p: { id: string }) => p.id)).toEqual(['marketing', 'partner-sharing', 'personalised-offers']);
  });
});
