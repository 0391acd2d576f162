// Security regression: a caller's mistake gets a coded answer, never an internal error, an
// endless retry or an internal address. An objection to a purpose that does not exist used to be
// retried forever, showing the customer `http://127.0.0.1:…` in lastError; an empty profile id
// and nested arrays in an import's original proof answered INTERNAL_SERVER_ERROR.
import { describe, expect, it } from 'vitest';
import { ensurePurposes, espUnsubscribe } from '../support/consent.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack();

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const result = await lp.query(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

describe('a caller’s mistakes', () => {
  it('reject an objection to a purpose that does not exist, once, saying why, with no internal address', async () => {
    const id = (await ok('mutation { createProfile(input: { name: { given: "Obi" } }) { id } }')).createProfile.id;
    const { openPrivacyRequest } = await ok(
      'mutation($p: ID!) { openPrivacyRequest(input: { profileId: $p, type: OBJECTION, purpose: "no-such-purpose" }) { id } }',
      { p: id },
    );
    let request: any;
    for (let i = 0; i < 100; i += 1) {
      request = (
        await ok('query($id: ID!) { privacyRequest(id: $id) { status resolution progress { subgraph status attempts lastError } } }', {
          id: openPrivacyRequest.id,
        })
      ).privacyRequest;
      if (request.status === 'REJECTED') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(request.status).toBe('REJECTED');
    expect(request.resolution).toMatch(
      /^This request cannot be carried out: the consent subgraph refused recordChoice: Unknown purpose "no-such-purpose"\.$/,
    );
    const consentStep = request.progress.find((s: { subgraph: string }) => s.subgraph === 'consent');
    expect(consentStep.attempts).toBe(1);
    expect(JSON.stringify(request)).not.toMatch(/https?:\/\/|127\.0\.0\.1|localhost/);
  });

  it('answer an empty or oversized profile id with BAD_USER_INPUT in every subgraph', async () => {
    await ensurePurposes(lp, ['marketing']);
    const cases = [
      [
        'mutation { recordConsent(input: { profileId: "", purpose: "marketing", channel: EMAIL, status: GRANTED, proof: { noticeVersion: 1, collectionPoint: "x", method: CHECKBOX } }) { seq } }',
      ],
      ['mutation { setPreferences(input: { profileId: "", language: "en" }) { id } }'],
      ['mutation { openPrivacyRequest(input: { profileId: "", type: ACCESS }) { id } }'],
      [`{ profile(id: "${'x'.repeat(201)}") { id } }`],
    ];
    for (const [query] of cases) {
      const result = await lp.query(query!);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('import an original proof with nested lists (kept sealed as it came)', async () => {
    await ensurePurposes(lp, ['marketing']);
    const id = (await ok('mutation { createProfile(input: { name: { given: "Nes" } }) { id } }')).createProfile.id;
    const { importConsents } = await ok(
      'mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { status code } }',
      {
        r: [espUnsubscribe(id, 'nested-1', 'esp', { matrix: [[[1, 2]], [[3]]] })],
      },
    );
    expect(importConsents).toEqual([{ status: 'IMPORTED', code: null }]);
    const history = await ok('query($p: ID!) { profile(id: $p) { consentHistory { proof { originalProof } } } }', { p: id });
    expect(history.profile.consentHistory[0].proof.originalProof).toEqual({ matrix: [[[1, 2]], [[3]]] });
  });
});
