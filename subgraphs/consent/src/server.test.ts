import { describe, expect, it } from 'vitest';
import type { Viewer } from '#kit/viewer.ts';
import { testCrypto } from '../../../tests/support/crypto.ts';
import { dumpDatabase } from '../../../tests/support/dump.ts';
import { batchReadCost } from '../../../tests/support/database.ts';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { analystViewer, anonymousViewer, customerViewer } from '../../../tests/support/viewers.ts';
import { createConsentSubgraph } from './server.ts';

const consent = useSubgraph('consent', createConsentSubgraph(testCrypto()));
const agent: Viewer = { subject: 'agent-9', roles: ['agent'], scopes: [], clientId: 'call-centre', channel: 'phone' };
const esp: Viewer = { subject: null, roles: ['system'], scopes: [], clientId: 'esp', channel: 'batch' };
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const PURPOSE = 'mutation($input: PurposeInput!) { upsertPurpose(input: $input) { id currentNotice { version } } }';
const NOTICE =
  'mutation($p: ID!) { publishNotice(purpose: $p, input: { summary: "How we use your email", url: "https://example.com/privacy" }) { version } }';
const RECORD = 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { seq type content } }';
const record = (
  profileId: string,
  status: string,
  extra: Record<string, unknown> = {},
  viewer?: Viewer,
  purpose = 'marketing',
  channel = 'EMAIL',
) =>
  consent.run(
    RECORD,
    {
      input: {
        profileId,
        purpose,
        channel,
        status,
        proof: {
          noticeVersion: 1,
          collectionPoint: 'newsletter form',
          method: 'CHECKBOX',
          ipAddress: '203.0.113.7',
          userAgent: 'Firefox/140',
          ...extra,
        },
        ...(viewer === agent ? { reason: 'customer asked on the phone' } : {}),
      },
    },
    viewer,
  );
const profileState = async (id: string, selection: string, viewer?: Viewer) =>
  (await consent.ok(entitiesQuery(selection), { representations: representations([id]) }, viewer))._entities[0];
const may = async (id: string, purpose = 'marketing', channel = 'EMAIL') =>
  (await profileState(id, `mayProcess(purpose: "${purpose}", channel: ${channel}) { allowed code reason basedOnEntry needsRenewal }`))
    .mayProcess;

describe('consent: catalogue', () => {
  it('lets administrators define purposes and versioned notices, and anyone read them', async () => {
    for (const input of [
      {
        id: 'marketing',
        name: 'Marketing',
        description: 'News and offers',
        legalBasis: 'CONSENT',
        dpvCategory: 'dpv:DirectMarketing',
        refusable: true,
        channels: ['EMAIL', 'SMS'],
      },
      { id: 'analytics', name: 'Analytics', description: 'Improving the service', legalBasis: 'LEGITIMATE_INTEREST', refusable: true },
      {
        id: 'profiling',
        name: 'Automated offers',
        description: 'Automated decisions on offers',
        legalBasis: 'CONSENT',
        refusable: true,
        automatedDecision: true,
      },
      {
        id: 'partners',
        name: 'Partners',
        description: 'Sharing with partners',
        legalBasis: 'CONSENT',
        refusable: true,
        saleOrSharing: true,
      },
      { id: 'invoicing', name: 'Invoicing', description: 'Tax law', legalBasis: 'LEGAL_OBLIGATION', refusable: false },
    ]) {
      await consent.ok(PURPOSE, { input });
      await consent.ok(NOTICE, { p: input.id });
    }
    const read = await consent.ok(
      'query { purposes { id legalBasis dpvCategory refusable channels currentNotice { version summary } } }',
      {},
      anonymousViewer,
    );
    expect(read.purposes).toHaveLength(5);
    expect(read.purposes.find((p: { id: string }) => p.id === 'marketing')).toEqual({
      id: 'marketing',
      legalBasis: 'CONSENT',
      dpvCategory: 'dpv:DirectMarketing',
      refusable: true,
      channels: ['EMAIL', 'SMS'],
      currentNotice: { version: 1, summary: 'How we use your email' },
    });
    expect(
      codeOf(
        await consent.run(PURPOSE, { input: { id: 'x-y', name: 'n', description: 'd', legalBasis: 'CONSENT', refusable: true } }, agent),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await consent.run(PURPOSE, { input: { id: 'forced', name: 'n', description: 'd', legalBasis: 'CONSENT', refusable: false } })),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('consent: decisions with proof', () => {
  it('records a customer’s grant and withdrawal with proof; the latest decides', async () => {
    expect((await record('c-1', 'GRANTED', {}, customerViewer('c-1'))).errors).toBeUndefined();
    expect(await may('c-1')).toMatchObject({ allowed: true, code: 'ALLOWED_BY_CONSENT', needsRenewal: false });
    await record('c-1', 'WITHDRAWN', {}, customerViewer('c-1'));
    expect(await may('c-1')).toMatchObject({ allowed: false, code: 'WITHDRAWN' });
    const { consents, consentHistory } = await profileState(
      'c-1',
      'consents { status method collectionPoint lastChangedBy { source actor } } consentHistory { seq proof { ipHash userAgent } }',
    );
    expect(consents).toEqual([
      { status: 'WITHDRAWN', method: 'CHECKBOX', collectionPoint: 'newsletter form', lastChangedBy: { source: 'web', actor: 'c-1' } },
    ]);
    expect(consentHistory.map((e: { seq: number }) => e.seq)).toEqual([1, 2]);
    expect(consentHistory[0].proof.userAgent).toBe('Firefox/140');
    expect(consentHistory[0].proof.ipHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('asks agents for a reason, keeps verbal consent to agents, and refuses others’ and analysts’ writes', async () => {
    const noReason = await consent.run(
      RECORD,
      {
        input: {
          profileId: 'c-2',
          purpose: 'marketing',
          channel: 'SMS',
          status: 'GRANTED',
          proof: { noticeVersion: 1, collectionPoint: 'script 4', method: 'VERBAL' },
        },
      },
      agent,
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(
      (await record('c-2', 'GRANTED', { method: 'VERBAL', collectionPoint: 'call-centre script 4' }, agent, 'marketing', 'SMS')).errors,
    ).toBeUndefined();
    expect(codeOf(await record('c-2', 'GRANTED', { method: 'VERBAL' }, customerViewer('c-2')))).toBe('FORBIDDEN');
    expect(codeOf(await record('c-3', 'GRANTED', {}, customerViewer('c-2')))).toBe('FORBIDDEN');
    expect(codeOf(await record('c-2', 'DENIED', {}, analystViewer))).toBe('FORBIDDEN');
  });

  it('validates purpose, channel, notice version and method against the catalogue', async () => {
    expect(codeOf(await record('c-4', 'GRANTED', {}, undefined, 'unknown'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record('c-4', 'GRANTED', {}, undefined, 'marketing', 'POST'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record('c-4', 'GRANTED', { noticeVersion: 7 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record('c-4', 'GRANTED', { method: 'IMPORT' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record('c-4', 'GRANTED', {}, undefined, 'analytics', 'WEB'))).toBe('BAD_USER_INPUT');
  });

  it('reports renewal after a notice version bump, and expiry as absence', async () => {
    await record('c-5', 'GRANTED');
    await record('c-5', 'GRANTED', { expiresAt: new Date(Date.now() + 60_000).toISOString() }, undefined, 'marketing', 'SMS');
    await consent.ok(NOTICE, { p: 'marketing' });
    expect(await may('c-5')).toMatchObject({ allowed: true, needsRenewal: true });
    expect((await profileState('c-5', 'activeGrants')).activeGrants).toEqual(['marketing:EMAIL', 'marketing:SMS']);
    expect((await profileState('c-5', 'consents { channel needsRenewal expired }')).consents).toEqual([
      { channel: 'EMAIL', needsRenewal: true, expired: false },
      { channel: 'SMS', needsRenewal: true, expired: false },
    ]);
  });
});

describe('consent: double opt-in', () => {
  const request = (profileId: string, hours = 72) =>
    consent.ok(
      'mutation($input: RequestConsentConfirmationInput!) { requestConsentConfirmation(input: $input) { token tokenExpiresAt entry { type } } }',
      {
        input: {
          profileId,
          purpose: 'marketing',
          channel: 'EMAIL',
          noticeVersion: 1,
          collectionPoint: 'newsletter form',
          tokenValidHours: hours,
        },
      },
      esp,
    );
  const confirm = (token: string) =>
    consent.run('mutation($t: String!) { confirmConsent(token: $t) { type } }', { t: token }, anonymousViewer);

  it('grants only when the token comes back, and never twice', async () => {
    const { requestConsentConfirmation: pending } = await request('d-1');
    expect(await may('d-1')).toMatchObject({ allowed: false, code: 'PENDING_CONFIRMATION' });
    expect((await confirm(pending.token)).data?.confirmConsent).toEqual({ type: 'CONFIRMATION' });
    expect(await may('d-1')).toMatchObject({ allowed: true, code: 'ALLOWED_BY_CONSENT' });
    expect(codeOf(await confirm(pending.token))).toBe('CONFLICT');
    expect(codeOf(await confirm('not-a-token'))).toBe('NOT_FOUND');
  });

  it('refuses an expired token', async () => {
    const { requestConsentConfirmation: pending } = await request('d-2', 1);
    await consent.database.connection
      .collection('consent_ledger')
      .updateOne({ subjectId: 'd-2', type: 'PENDING' }, { $set: { 'content.tokenExpiresAt': new Date(Date.now() - 1000) } });
    expect(codeOf(await confirm(pending.token))).toBe('BAD_USER_INPUT');
  });

  it('issues tokens only to the system that sends them', async () => {
    const asCustomer = await consent.run(
      'mutation($input: RequestConsentConfirmationInput!) { requestConsentConfirmation(input: $input) { token } }',
      { input: { profileId: 'd-3', purpose: 'marketing', channel: 'EMAIL', noticeVersion: 1, collectionPoint: 'form' } },
      customerViewer('d-3'),
    );
    expect(codeOf(asCustomer)).toBe('FORBIDDEN');
  });
});

describe('consent: unsubscribe links', () => {
  const tokenFor = (profileId: string, viewer: Viewer = esp, purpose = 'marketing', channel = 'EMAIL') =>
    consent.run(
      'query($id: ID!, $p: ID!, $c: ConsentChannel!) { unsubscribeToken(profileId: $id, purpose: $p, channel: $c) }',
      { id: profileId, p: purpose, c: channel },
      viewer,
    );
  const unsubscribe = (token: string) =>
    consent.run('mutation($t: String!) { unsubscribe(token: $t) { purpose { id } channel at } }', { t: token }, anonymousViewer);

  it('withdraw what they name, with the link as proof, from whoever holds them', async () => {
    expect((await record('u-1', 'GRANTED')).errors).toBeUndefined();
    expect(await may('u-1')).toMatchObject({ allowed: true });
    const { unsubscribeToken } = (await tokenFor('u-1')).data as { unsubscribeToken: string };
    const done = await unsubscribe(unsubscribeToken);
    expect(done.data?.unsubscribe).toMatchObject({ purpose: { id: 'marketing' }, channel: 'EMAIL' });
    expect(await may('u-1')).toMatchObject({ allowed: false, code: 'WITHDRAWN' });
    const history = await profileState('u-1', 'consentHistory { type content }');
    expect(history.consentHistory.at(-1)).toMatchObject({
      type: 'DECISION',
      content: { purpose: 'marketing', channel: 'EMAIL', status: 'WITHDRAWN', method: 'UNSUBSCRIBE_LINK' },
    });
    // Asking again withdraws again; it never grants.
    expect((await unsubscribe(unsubscribeToken)).errors).toBeUndefined();
    expect(await may('u-1')).toMatchObject({ allowed: false });
  });

  it('are made only for the systems that send messages, only for consent purposes, and cannot be forged', async () => {
    expect(codeOf(await tokenFor('u-2', customerViewer('u-2')))).toBe('FORBIDDEN');
    expect(codeOf(await tokenFor('u-2', esp, 'marketing', 'PARTNER'))).toBe('BAD_USER_INPUT');
    const { unsubscribeToken } = (await tokenFor('u-2')).data as { unsubscribeToken: string };
    const [version, , signature] = unsubscribeToken.split('.');
    const someoneElse = Buffer.from(JSON.stringify(['u-1', 'marketing', 'EMAIL'])).toString('base64url');
    expect(codeOf(await unsubscribe(`${version}.${someoneElse}.${signature}`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await unsubscribe('not-a-token'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record('u-2', 'WITHDRAWN', { method: 'UNSUBSCRIBE_LINK' }, customerViewer('u-2')))).toBe('BAD_USER_INPUT');
  });
});

describe('consent: restriction, objection, opt-outs and GPC', () => {
  it('exposes the flags other subgraphs read, and lets them override a grant', async () => {
    await record('f-1', 'GRANTED');
    const set = (mutation: string) => consent.ok(`mutation { ${mutation} { id } }`, {}, customerViewer('f-1'));
    const orchestrator = { source: 'privacy-orchestrator', channel: 'internal', actor: null, at: new Date() };
    await consent.subjectRights.restrict('f-1', true, orchestrator);
    await set('setObjection(profileId: "f-1", purpose: "analytics", objected: true)');
    await set('setAutomatedDecisionOptOut(profileId: "f-1", optedOut: true)');
    expect(await profileState('f-1', 'processingRestricted objections automatedDecisionOptOut')).toEqual({
      id: 'f-1',
      processingRestricted: true,
      objections: ['analytics'],
      automatedDecisionOptOut: true,
    });
    expect(await may('f-1')).toMatchObject({ allowed: false, code: 'RESTRICTED' });
    expect((await may('f-1', 'invoicing', 'EMAIL')).code).toBe('ALLOWED_BY_LEGAL_BASIS');
    await consent.subjectRights.restrict('f-1', false, { ...orchestrator, at: new Date() });
    expect((await may('f-1', 'analytics', 'WEB')).code).toBe('OBJECTED');
    expect((await may('f-1', 'profiling', 'WEB')).code).toBe('AUTOMATED_DECISIONS_OPTED_OUT');
    expect(codeOf(await consent.run('mutation { setObjection(profileId: "f-1", purpose: "invoicing", objected: true) { id } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('records the Global Privacy Control once, from the customer’s own request, with proof', async () => {
    await record('g-1', 'GRANTED', {}, undefined, 'partners', 'PARTNER');
    const gpc = { ...customerViewer('g-1'), gpc: true };
    const honour = (profileId: string, viewer: Viewer) =>
      consent.run(`mutation { honourGlobalPrivacyControl(profileId: "${profileId}") }`, {}, viewer);
    // A read with the signal only reads: the gateway records it as a write of its own.
    await profileState('g-1', 'saleSharingOptOut { optedOut }', gpc);
    expect((await profileState('g-1', 'saleSharingOptOut { optedOut }')).saleSharingOptOut).toBeNull();
    expect((await honour('g-1', gpc)).data).toEqual({ honourGlobalPrivacyControl: true });
    expect((await honour('g-1', gpc)).data).toEqual({ honourGlobalPrivacyControl: false });
    const state = await profileState('g-1', 'saleSharingOptOut { optedOut viaGlobalPrivacyControl } consentHistory { type content }');
    expect(state.saleSharingOptOut).toEqual({ optedOut: true, viaGlobalPrivacyControl: true });
    expect(state.consentHistory.filter((e: { type: string }) => e.type === 'SALE_SHARING')).toEqual([
      { type: 'SALE_SHARING', content: expect.objectContaining({ method: 'GLOBAL_PRIVACY_CONTROL', signal: 'Sec-GPC: 1', actor: 'g-1' }) },
    ]);
    expect((await may('g-1', 'partners', 'PARTNER')).code).toBe('SALE_SHARING_OPTED_OUT');
    // Only the customer, for themselves, and only with the signal.
    expect(codeOf(await honour('g-2', { ...customerViewer('g-1'), gpc: true, roles: ['admin'] }))).toBe('FORBIDDEN');
    expect(codeOf(await honour('g-2', gpc))).toBe('FORBIDDEN');
    expect(codeOf(await honour('g-2', customerViewer('g-2')))).toBe('BAD_USER_INPUT');
    expect((await profileState('g-2', 'saleSharingOptOut { optedOut }')).saleSharingOptOut).toBeNull();
  });
});

describe('consent: import', () => {
  it('imports with the original proof, per record, idempotently', async () => {
    const IMPORT = 'mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { recordId status entrySeq code } }';
    const records = [
      {
        recordId: 'L-1',
        profileId: 'i-1',
        purpose: 'marketing',
        channel: 'EMAIL',
        status: 'GRANTED',
        givenAt: '2024-03-01T10:00:00Z',
        noticeVersion: 1,
        collectionPoint: 'legacy signup',
        originalProof: { form: 'v3', ip: 'x' },
      },
      {
        recordId: 'L-2',
        profileId: 'i-1',
        purpose: 'nope',
        channel: 'EMAIL',
        status: 'GRANTED',
        givenAt: '2024-03-01T10:00:00Z',
        noticeVersion: 1,
        collectionPoint: 'legacy',
      },
    ];
    const first = (await consent.ok(IMPORT, { r: records }, esp)).importConsents;
    expect(first.map((r: { status: string }) => r.status)).toEqual(['IMPORTED', 'REJECTED']);
    expect(first[1].code).toBe('BAD_USER_INPUT');
    const again = (await consent.ok(IMPORT, { r: [records[0]] }, esp)).importConsents;
    expect(again).toEqual([{ recordId: 'L-1', status: 'ALREADY_IMPORTED', entrySeq: null, code: null }]);
    const { consentHistory } = await profileState('i-1', 'consentHistory { content proof { originalProof collectionPoint } }');
    expect(consentHistory).toHaveLength(1);
    expect(consentHistory[0].content).toMatchObject({ method: 'IMPORT', importedFrom: { source: 'esp', recordId: 'L-1' } });
    // What the source sent as it came is sealed with the customer's key (erasure shreds it).
    expect(consentHistory[0].proof).toEqual({ originalProof: { form: 'v3', ip: 'x' }, collectionPoint: 'legacy signup' });
    expect(codeOf(await consent.run(IMPORT, { r: [records[0]] }, { ...esp, clientId: 'crm' }))).toBe('FORBIDDEN');
  });

  it("reads once for a whole import, then writes each record holding its subject's lock: its entry, its ledger head, its marker", async () => {
    const IMPORT = 'mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { status } }';
    const imported = (i: number, subject: string) => ({
      recordId: `B-${i}`,
      profileId: subject,
      purpose: 'marketing',
      channel: 'EMAIL',
      status: 'GRANTED',
      givenAt: `2024-03-01T10:${String(i).padStart(2, '0')}:00Z`,
      noticeVersion: 1,
      collectionPoint: 'legacy signup',
    });
    // 20 subjects with a key already, one of them twice (the second chains on the first).
    for (let i = 0; i < 20; i += 1)
      expect((await record(`bulk-${i}`, 'GRANTED', {}, undefined, 'marketing', 'SMS')).errors).toBeUndefined();
    const records = [...Array.from({ length: 20 }, (_, i) => imported(i, `bulk-${i}`)), imported(20, 'bulk-0')];
    let result: Record<string, any> = {};
    const commands = await consent.commandsDuring(async () => {
      result = await consent.ok(IMPORT, { r: records }, esp);
    });
    expect(result.importConsents.map((r: { status: string }) => r.status)).toEqual(Array(21).fill('IMPORTED'));
    // find: one batch read each of markers (21 records), ledgers and keys (20 subjects), and the catalogue.
    const reads = batchReadCost(consent.database, 21) + 2 * batchReadCost(consent.database, 20) + 1;
    // insert: entry, marker and the lock document per record; delete: the lock given back.
    expect(commands).toEqual({ find: reads, insert: 63, update: 21, delete: 21 });
    const { consentHistory } = await profileState('bulk-0', 'consentHistory { seq content }');
    expect(consentHistory.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
    // The chain the batch wrote holds: each entry on the one before, the head on the last.
    expect((await profileState('bulk-0', 'consentLedgerVerification { valid entries }')).consentLedgerVerification).toEqual({
      valid: true,
      entries: 3,
    });
  });

  it('never lets an older decision overwrite a newer one, except a withdrawal, which always applies', async () => {
    const IMPORT = 'mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { recordId status reason } }';
    const record = (recordId: string, status: string, givenAt: string) => ({
      recordId,
      profileId: 'i-2',
      purpose: 'marketing',
      channel: 'EMAIL',
      status,
      givenAt,
      noticeVersion: 1,
      collectionPoint: 'esp',
    });
    const run = async (r: ReturnType<typeof record>) => (await consent.ok(IMPORT, { r: [r] }, esp)).importConsents[0];
    const status = async () => (await profileState('i-2', 'consents { status }')).consents[0].status;

    expect((await run(record('W-1', 'WITHDRAWN', '2026-05-01T00:00:00Z'))).status).toBe('IMPORTED');
    const older = await run(record('G-1', 'GRANTED', '2026-04-01T00:00:00Z'));
    expect(older).toMatchObject({ status: 'SUPERSEDED', reason: expect.stringMatching(/newer decision \(WITHDRAWN, 2026-05-01/) });
    expect((await run(record('G-1', 'GRANTED', '2026-04-01T00:00:00Z'))).status).toBe('SUPERSEDED');
    expect(await status()).toBe('WITHDRAWN');
    expect((await run(record('G-2', 'GRANTED', '2026-06-01T00:00:00Z'))).status).toBe('IMPORTED');
    expect(await status()).toBe('GRANTED');
    // An unsubscribe the ESP reports late still withdraws.
    expect((await run(record('W-0', 'WITHDRAWN', '2026-01-01T00:00:00Z'))).status).toBe('IMPORTED');
    expect(await status()).toBe('WITHDRAWN');
    expect((await profileState('i-2', 'consentHistory { seq }')).consentHistory).toHaveLength(3);
  });
});

describe('consent: ledger as evidence', () => {
  it('verifies an intact ledger and reports the first tampered entry', async () => {
    for (const status of ['GRANTED', 'WITHDRAWN', 'GRANTED']) await record('l-1', status);
    expect((await profileState('l-1', 'consentLedgerVerification { valid entries firstBrokenSeq }')).consentLedgerVerification).toEqual({
      valid: true,
      entries: 3,
      firstBrokenSeq: null,
    });
    await consent.database.connection
      .collection('consent_ledger')
      .updateOne({ subjectId: 'l-1', seq: 2 }, { $set: { 'content.status': 'GRANTED' } });
    expect((await profileState('l-1', 'consentLedgerVerification { valid firstBrokenSeq }')).consentLedgerVerification).toEqual({
      valid: false,
      firstBrokenSeq: 2,
    });
  });

  it('catches an entry removed from the end', async () => {
    for (const status of ['GRANTED', 'WITHDRAWN']) await record('l-2', status);
    await consent.database.connection.collection('consent_ledger').deleteOne({ subjectId: 'l-2', seq: 2 });
    expect((await profileState('l-2', 'consentLedgerVerification { valid firstBrokenSeq }')).consentLedgerVerification).toEqual({
      valid: false,
      firstBrokenSeq: 2,
    });
  });

  it('keeps every entry when decisions arrive at once', async () => {
    await Promise.all(['GRANTED', 'DENIED', 'WITHDRAWN', 'GRANTED', 'DENIED'].map((status) => record('l-3', status)));
    const { consentLedgerVerification } = await profileState('l-3', 'consentLedgerVerification { valid entries }');
    expect(consentLedgerVerification).toEqual({ valid: true, entries: 5 });
  });

  it('combines decisions of merged profiles, most restrictive first', async () => {
    await record('m-survivor', 'GRANTED');
    await record('m-absorbed', 'WITHDRAWN');
    const data = await consent.ok(entitiesQuery('consents { status } mayProcess(purpose: "marketing", channel: EMAIL) { code }'), {
      representations: [{ __typename: 'Profile', id: 'm-survivor', mergedProfileIds: ['m-absorbed'] }],
    });
    expect(data._entities[0]).toMatchObject({ consents: [{ status: 'WITHDRAWN' }], mayProcess: { code: 'WITHDRAWN' } });
  });

  it('resolves the consents of 50 profiles with one batch read of their ledgers, and the catalogue', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `batch-${i}`);
    const commands = await consent.commandsDuring(() =>
      consent.ok(entitiesQuery('consents { status }'), { representations: representations(ids) }),
    );
    expect(commands).toEqual({ find: 1 + batchReadCost(consent.database, 50) });
  });
});

describe('consent: subject rights', () => {
  it('exports with proof; erasure shreds the personal parts and keeps a verifiable record', async () => {
    await record('e-1', 'GRANTED', { userAgent: 'UniqueAgent/42' });
    expect(JSON.stringify((await consent.subjectRights.export('e-1')).records)).toContain('UniqueAgent/42');
    expect(await dumpDatabase(consent.database.connection)).not.toContain('uniqueagent/42');

    await consent.subjectRights.erase('e-1');
    const state = await profileState(
      'e-1',
      'consentHistory { type proof { userAgent } } consentLedgerVerification { valid entries } mayProcess(purpose: "marketing", channel: EMAIL) { code }',
    );
    expect(state.consentHistory).toEqual([
      { type: 'DECISION', proof: null },
      { type: 'ERASURE', proof: null },
    ]);
    expect(state.consentLedgerVerification).toEqual({ valid: true, entries: 2 });
    expect(state.mayProcess.code).toBe('ERASED');
    expect((await consent.subjectRights.inventory('e-1')).holds).toEqual([]);
  });

  it('exports the events other subgraphs handed over about the subject, and erases them but the erasure announcement', async () => {
    const { webhooks } = consent.context();
    await webhooks.declare({
      source: 'identity',
      types: [
        { type: 'profile.updated', description: 'Attributes changed.' },
        { type: 'profile.erased', description: 'Erased.', stopping: true, erasure: true },
      ],
    });
    const handed = (type: string, n: number) => ({
      id: `evt_identity_x-${type}-${n}`,
      type,
      subjectId: 'h-1',
      occurredAt: new Date().toISOString(),
      source: 'identity',
      data: { fields: ['name'] },
    });
    await webhooks.receiveEvents([handed('profile.updated', 1), handed('profile.erased', 2)]);
    const exported = (await consent.subjectRights.export('h-1')).records.external_events as { type: string }[];
    expect(exported.map((e) => e.type)).toEqual(['profile.updated', 'profile.erased']);
    const report = await consent.subjectRights.erase('h-1');
    expect(report.removed.external_events).toBe(1);
    const left = (await consent.subjectRights.export('h-1')).records.external_events as { type: string }[];
    expect(left.map((e) => e.type)).toEqual(['profile.erased']);
  });

  it('restricts through the contract, the only way restriction is set', async () => {
    await consent.subjectRights.restrict('r-1', true, { source: 'privacy', channel: 'internal', actor: null, at: new Date() });
    expect((await profileState('r-1', 'processingRestricted')).processingRestricted).toBe(true);
  });
});

describe('consent: the webhook relay on a quiet ledger', () => {
  it('moves its mark to the time of a poll that found everything, so the next poll reads a few buckets, not an hour of them', async () => {
    const { relay } = consent.context();
    const state = consent.database.connection.collection<{ _id: string; watermark: Date }>('webhook_relay_state');
    await relay.fanOut(); // the upgrade step, once
    // Nothing came for an hour.
    const quietSince = new Date(Date.now() - 3_600_000);
    for (const mark of ['ledger', 'external']) await state.updateOne({ _id: mark }, { $set: { watermark: quietSince } }, { upsert: true });
    const startedAt = Date.now();
    const first = await consent.commandsDuring(() => relay.fanOut());
    expect(first.find).toBeGreaterThan(2 * 360); // every 10 s bucket of that hour, once
    for (const mark of ['ledger', 'external'])
      expect((await state.findOne({ _id: mark }))!.watermark.getTime()).toBeGreaterThanOrEqual(startedAt);
    const mark = (await state.findOne({ _id: 'ledger' }))!.watermark.getTime();
    const next = await consent.commandsDuring(() => relay.fanOut());
    // From the mark less a minute to one bucket past now, for each of the two feeds, and the two
    // marks: however long the first poll took on a busy machine, a few lookups, not an hour's 360.
    const buckets = Math.floor(Date.now() / 10_000) + 1 - Math.floor((mark - 60_000) / 10_000) + 1;
    expect(buckets).toBeLessThan(20);
    expect(next.find).toBeLessThanOrEqual(2 * buckets + 2);
  }, 60_000);
});
