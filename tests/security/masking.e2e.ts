// Security regression: analysts see the shape of the data, never the people in it, in every
// subgraph. They used to read every personal value of a completed export in clear, and the user
// agents (and a source's original proof, with the customer's email) in the consent history.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePurposes, espUnsubscribe } from '../support/consent.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack({ env: { OUTBOX_INTERVAL_MS: '50' } });
const ANALYST = { 'x-dev-viewer-role': 'analyst', 'x-dev-viewer-subject': 'analyst-1' };
const USER_AGENT = 'Mozilla/5.0 (Linux; Android 14; Pixel 8 of Ivy Quinn)';
const EMAIL = 'ivy.quinn@example.com';

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

let ivy: string;
let requestId: string;
beforeAll(async () => {
  await ensurePurposes(lp, ['marketing']);
  ivy = (
    await ok(
      `mutation { createProfile(input: { name: { given: "Ivy", family: "Quinn" }, emails: [{ address: "${EMAIL}", verified: true }] }) { id } }`,
    )
  ).createProfile.id;
  await ok('mutation($i: RecordConsentInput!) { recordConsent(input: $i) { seq } }', {
    i: {
      profileId: ivy,
      purpose: 'marketing',
      channel: 'EMAIL',
      status: 'GRANTED',
      proof: {
        noticeVersion: 1,
        collectionPoint: 'signup form of Ivy Quinn',
        method: 'CHECKBOX',
        ipAddress: '203.0.113.7',
        userAgent: USER_AGENT,
      },
    },
  });
  await ok('mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { status } }', {
    r: [espUnsubscribe(ivy, 'esp-unsub-1', 'esp unsubscribe link', { email: EMAIL, clicked: 'unsubscribe' })],
  });
  requestId = (await ok('mutation($p: ID!) { openPrivacyRequest(input: { profileId: $p, type: ACCESS }) { id } }', { p: ivy }))
    .openPrivacyRequest.id;
  for (let i = 0; i < 200; i += 1) {
    const state = await ok('query($id: ID!) { privacyRequest(id: $id) { status } }', { id: requestId });
    if (state.privacyRequest.status === 'COMPLETED') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the access request did not complete');
});

describe('analysts', () => {
  it('read consent decisions and their history without user agents, collection points or a source’s original proof', async () => {
    const result = await ok(
      'query($p: ID!) { profile(id: $p) { consents { purpose status collectionPoint } consentHistory { type content proof { ipHash userAgent reason } } } }',
      { p: ivy },
      ANALYST,
    );
    const text = JSON.stringify(result);
    expect(result.profile.consents).toEqual([{ purpose: 'marketing', status: 'WITHDRAWN', collectionPoint: '***' }]);
    expect(text).not.toContain('Pixel 8');
    expect(text).not.toContain('Ivy Quinn');
    expect(text).not.toContain(EMAIL);
    expect(result.profile.consentHistory.some((e: { type: string }) => e.type === 'DECISION')).toBe(true);
    // Staff see the proof whole.
    const staff = JSON.stringify(
      await ok('query($p: ID!) { profile(id: $p) { consentHistory { content proof { userAgent } } } }', { p: ivy }),
    );
    expect(staff).toContain(USER_AGENT);
  });

  it('get no export at all, and no personal value anywhere in the request', async () => {
    const result = await lp.query(
      'query($id: ID!) { privacyRequest(id: $id) { type status export { text document } } }',
      { id: requestId },
      ANALYST,
    );
    expect(result.data?.privacyRequest).toEqual({ type: 'ACCESS', status: 'COMPLETED', export: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(result)).not.toContain('Ivy');
    const viaProfile = await lp.query('query($p: ID!) { profile(id: $p) { privacyRequests { export { text } } } }', { p: ivy }, ANALYST);
    expect(JSON.stringify(viaProfile.data)).not.toContain('Ivy');
  });
});
