import { describe, expect, it } from 'vitest';
import type { Viewer } from '#kit/viewer.ts';
import { testCrypto } from '../../../../tests/support/crypto.ts';
import { useSubgraph } from '../../../../tests/support/subgraphHarness.ts';
import { adminViewer, customerViewer } from '../../../../tests/support/viewers.ts';
import { createIdentitySubgraph } from '../server.ts';

const identity = useSubgraph('identity_resolution', createIdentitySubgraph(testCrypto()));
const agent: Viewer = { subject: 'agent-1', roles: ['agent'], scopes: [], clientId: 'call-centre', channel: 'phone' };
const system = (clientId: string): Viewer => ({ subject: null, roles: ['system'], scopes: [], clientId, channel: 'api' });
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const DEFINE =
  'mutation($input: ResolutionRuleInput!) { defineResolutionRule(input: $input) { id evidence trustedSources active definedBy { actor } } }';
const define = (id: string, trustedSources: string[], evidence = ['VERIFIED_EMAIL']) =>
  identity.ok(DEFINE, { input: { id, evidence, trustedSources } }, adminViewer);

let event = 0;
/** One record from a source system, as itself, with a verified email (and the identifier it knows the customer by). */
async function fromSource(source: string, id: string, email: string, extra: Record<string, unknown> = {}) {
  event += 1;
  const result = await identity.ok(
    'mutation($source: String!, $records: [SourceRecordInput!]!) { upsertProfilesFromSource(source: $source, records: $records) { status profileId code } }',
    {
      source,
      records: [
        {
          eventId: `ev-${event}`,
          identifier: { source, id },
          emails: [{ address: email, verified: true, verificationMethod: 'SOURCE_SYSTEM' }],
          ...extra,
        },
      ],
    },
    system(source),
  );
  return result.upsertProfilesFromSource[0] as { status: string; profileId: string; code: string | null };
}
const stateOf = async (id: string) =>
  (
    await identity.ok(
      'query($id: ID!) { profile(id: $id) { id status identifiers { source id } merges { mergedProfileId reason rule mergedBy { source actor } undoneAt } } }',
      { id },
      agent,
    )
  ).profile;
const candidatesOf = async (id: string) =>
  (
    await identity.ok(
      'query($id: ID!) { duplicateCandidates(profileId: $id) { profile { id } reasons conflictingSources separatedBefore } }',
      { id },
      agent,
    )
  ).duplicateCandidates;

describe('identity resolution rules', () => {
  it('are defined by administrators, with evidence and the sources they trust', async () => {
    const input = { id: 'email-from-crm', evidence: ['VERIFIED_EMAIL'], trustedSources: ['crm'] };
    expect(codeOf(await identity.run(DEFINE, { input }, agent))).toBe('FORBIDDEN');
    expect(codeOf(await identity.run(DEFINE, { input: { ...input, trustedSources: [] } }, adminViewer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await identity.run(DEFINE, { input: { ...input, trustedSources: ['Not A Source'] } }, adminViewer))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await identity.run(DEFINE, { input: { ...input, evidence: [] } }, adminViewer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await identity.run(DEFINE, { input: { ...input, id: 'Bad Id' } }, adminViewer))).toBe('BAD_USER_INPUT');
    const { defineResolutionRule } = await identity.ok(DEFINE, { input: { ...input, trustedSources: ['crm', 'crm'] } }, adminViewer);
    expect(defineResolutionRule).toEqual({ ...input, active: true, definedBy: { actor: 'staff-1' } });
    const retired = await identity.ok(
      'mutation { retireResolutionRule(id: "email-from-crm") { active retiredBy { actor } } }',
      {},
      adminViewer,
    );
    expect(retired.retireResolutionRule).toEqual({ active: false, retiredBy: { actor: 'staff-1' } });
    const { resolutionRules } = await identity.ok('{ resolutionRules { id active } }', {}, agent);
    expect(resolutionRules).toContainEqual({ id: 'email-from-crm', active: false });
    expect(codeOf(await identity.run('{ resolutionRules { id } }', {}, customerViewer('c-1')))).toBe('FORBIDDEN');
  });

  it('merge two trusted sources’ profiles sharing a verified email, as the system’s decision, undone like any merge', async () => {
    await define('shared-email', ['crm', 'shop']);
    const crm = await fromSource('crm', 'C-100', 'mia@example.com');
    const shop = await fromSource('shop', 'S-100', 'MIA@example.com');
    // The shop's record joined the profile the CRM's made first: its result names the survivor.
    expect(shop).toMatchObject({ status: 'CREATED', profileId: crm.profileId });
    const survivor = await stateOf(crm.profileId);
    expect(survivor.identifiers).toEqual(
      expect.arrayContaining([
        { source: 'crm', id: 'C-100' },
        { source: 'shop', id: 'S-100' },
      ]),
    );
    expect(survivor.merges).toEqual([
      {
        mergedProfileId: expect.any(String),
        reason: 'automatic: rule shared-email (the same verified email from crm, shop)',
        rule: 'shared-email',
        mergedBy: { source: 'identity-resolution', actor: null },
        undoneAt: null,
      },
    ]);
    const mergedId = survivor.merges[0].mergedProfileId;

    // Staff undo it like a manual merge; the two are then never merged automatically again.
    await identity.ok(
      `mutation { unmergeProfiles(survivorId: "${crm.profileId}", mergedId: "${mergedId}", reason: "two people") { id } }`,
      {},
      agent,
    );
    expect((await stateOf(mergedId)).status).toBe('ACTIVE');
    const again = await fromSource('shop', 'S-100', 'mia@example.com', { locale: 'en-GB' });
    expect(again).toMatchObject({ status: 'UPDATED', profileId: mergedId });
    expect(await candidatesOf(mergedId)).toEqual([
      { profile: { id: crm.profileId }, reasons: ['SAME_VERIFIED_EMAIL'], conflictingSources: [], separatedBefore: true },
    ]);
  });

  it('leave weaker matches to staff: an untrusted source, two records of one source, a retired rule', async () => {
    await define('crm-and-web', ['crm', 'web']);
    // The ESP is not trusted by any rule: a suggestion only.
    const crm = await fromSource('crm', 'C-200', 'noor@example.com');
    const esp = await fromSource('esp', 'E-200', 'noor@example.com');
    expect(esp.profileId).not.toBe(crm.profileId);
    expect(await candidatesOf(esp.profileId)).toEqual([
      { profile: { id: crm.profileId }, reasons: ['SAME_VERIFIED_EMAIL'], conflictingSources: [], separatedBefore: false },
    ]);
    // Two CRM records are two people as far as the CRM knows, whatever they share.
    const other = await fromSource('crm', 'C-201', 'noor@example.com');
    expect(other.profileId).not.toBe(crm.profileId);
    expect(await candidatesOf(other.profileId)).toContainEqual({
      profile: { id: crm.profileId },
      reasons: ['SAME_VERIFIED_EMAIL'],
      conflictingSources: ['crm'],
      separatedBefore: false,
    });
    // Retired, the rule merges nothing more.
    await identity.ok('mutation { retireResolutionRule(id: "crm-and-web") { id } }', {}, adminViewer);
    await identity.ok('mutation { retireResolutionRule(id: "shared-email") { id } }', {}, adminViewer);
    const web = await fromSource('web', 'W-200', 'noor@example.com');
    expect((await stateOf(web.profileId)).status).toBe('ACTIVE');
    expect(web.profileId).not.toBe(crm.profileId);
  });

  it('never merges a restricted profile, and needs the evidence the rule names', async () => {
    await define('phone-only', ['crm', 'shop'], ['VERIFIED_PHONE']);
    const crm = await fromSource('crm', 'C-300', 'omar@example.com');
    // Same verified email, but the rule asks for a phone.
    const shop = await fromSource('shop', 'S-300', 'omar@example.com');
    expect(shop.profileId).not.toBe(crm.profileId);
    // The phone both prove, but the CRM's customer restricted processing (Art. 18): merging is processing.
    await identity.subjectRights.restrict(crm.profileId, true, { source: 'privacy', channel: 'internal', actor: null, at: new Date() });
    const phones = { phones: [{ number: '+447700900300', verified: true, verificationMethod: 'SOURCE_SYSTEM' }] };
    const restricted = await fromSource('shop', 'S-300', 'omar@example.com', phones);
    expect(restricted.profileId).toBe(shop.profileId);
    expect((await stateOf(crm.profileId)).status).toBe('RESTRICTED');
    await identity.subjectRights.restrict(crm.profileId, false, { source: 'privacy', channel: 'internal', actor: null, at: new Date() });
    // Lifted: the CRM's next record with the phone joins them.
    const lifted = await fromSource('crm', 'C-300', 'omar@example.com', phones);
    expect(lifted.profileId).toBe(crm.profileId);
    expect((await stateOf(shop.profileId)).id).toBe(crm.profileId);
    await identity.ok('mutation { retireResolutionRule(id: "phone-only") { id } }', {}, adminViewer);
  });
});
