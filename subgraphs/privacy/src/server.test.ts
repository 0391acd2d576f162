import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '#kit/events/domainEvents.ts';
import type { Viewer } from '#kit/viewer.ts';
import { testCrypto } from '../../../tests/support/crypto.ts';
import { batchReadCost } from '../../../tests/support/database.ts';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { receivingController, type ReceivingController } from '../../../tests/support/controller.ts';
import { adminViewer, customerViewer } from '../../../tests/support/viewers.ts';
import { SubjectRightsError } from '#kit/subjectRightsClient.ts';
import { transferDestinationModel } from './models/TransferDestination.ts';
import { destinationStore } from './store/destinationStore.ts';
import { TransferService } from './services/transfers.ts';
import type { PrivacyConfig } from './config.ts';
import { buildExport } from './services/exportDocument.ts';
import { exportPdf } from './services/exportPdf.ts';
import { exportHtml, exportText, readableExport, readerOf } from './services/exportReadable.ts';
import { signReceipt, verifyReceipt } from './services/receipts.ts';
import { createPrivacySubgraph } from './server.ts';

const { privateKey } = generateKeyPairSync('ed25519');
const config: PrivacyConfig = {
  // Not reached in these tests: the orchestrator is exercised end to end in tests/e2e/privacy.e2e.ts.
  subgraphs: {
    identity: 'http://127.0.0.1:9',
    consent: 'http://127.0.0.1:9',
    preference: 'http://127.0.0.1:9',
    offer: 'http://127.0.0.1:9',
  },
  receiptKey: privateKey,
  receiptPublicKey: createPublicKey(privateKey),
  workerIntervalMs: 1000,
  retryBaseMs: 1000,
  retryMaxMs: 1000,
  nearDeadlineDays: 7,
};
const privacy = useSubgraph('privacy', createPrivacySubgraph(config, testCrypto(), 'k'.repeat(32)));
const agent: Viewer = { subject: 'agent-1', roles: ['agent'], scopes: [], clientId: 'call-centre', channel: 'phone' };
/** Events waiting in a request's outbox (no relay runs in these tests). */
const outboxOf = async (id: string) =>
  ((await privacy.database.connection.collection<{ _id: string; outbox?: DomainEvent[] }>('privacy_requests').findOne({ _id: id }))
    ?.outbox ?? []) as DomainEvent[];
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const OPEN =
  'mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id type status receivedAt dueAt daysLeft progress { subgraph operation phase status } identityCheck { method checkedBy { actor } } } }';

describe('privacy requests', () => {
  it('opens a request due one month later, planned across every subgraph', async () => {
    const { openPrivacyRequest: request } = await privacy.ok(OPEN, { input: { profileId: 'r-1', type: 'ERASURE' } }, customerViewer('r-1'));
    expect(request.status).toBe('RECEIVED');
    expect(new Date(request.dueAt).getUTCMonth()).toBe((new Date(request.receivedAt).getUTCMonth() + 1) % 12);
    expect(request.daysLeft).toBeGreaterThanOrEqual(27);
    expect(
      request.progress.map((s: { subgraph: string; operation: string; phase: number }) => `${s.phase}:${s.subgraph}.${s.operation}`),
    ).toEqual([
      '1:identity.export',
      '2:identity.erase',
      '2:consent.erase',
      '2:preference.erase',
      '2:offer.erase',
      '3:identity.inventory',
      '3:consent.inventory',
      '3:preference.inventory',
      '3:offer.inventory',
      '3:identity.locate',
    ]);
  });

  it('merges a duplicate open request of the same type, also under concurrency', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => privacy.ok(OPEN, { input: { profileId: 'r-2', type: 'ACCESS' } })));
    expect(new Set(results.map((r) => r.openPrivacyRequest.id)).size).toBe(1);
    const other = await privacy.ok(OPEN, { input: { profileId: 'r-2', type: 'RESTRICTION' } });
    expect(other.openPrivacyRequest.id).not.toBe(results[0]!.openPrivacyRequest.id);
  });

  it('asks agents how they checked the customer’s identity, and records it', async () => {
    expect(codeOf(await privacy.run(OPEN, { input: { profileId: 'r-3', type: 'ACCESS' } }, agent))).toBe('BAD_USER_INPUT');
    const { openPrivacyRequest } = await privacy.ok(
      OPEN,
      { input: { profileId: 'r-3', type: 'ACCESS', identityCheck: { method: 'security questions', reference: 'call 991' } } },
      agent,
    );
    expect(openPrivacyRequest.identityCheck).toEqual({ method: 'security questions', checkedBy: { actor: 'agent-1' } });
    expect(codeOf(await privacy.run(OPEN, { input: { profileId: 'r-9', type: 'ACCESS' } }, customerViewer('r-3')))).toBe('FORBIDDEN');
  });

  it('extends a deadline by two months at most in all, with a reason', async () => {
    const { openPrivacyRequest: request } = await privacy.ok(OPEN, { input: { profileId: 'r-4', type: 'RECTIFICATION' } });
    const extend = (months: number, reason = 'complex request') =>
      privacy.run(
        'mutation($id: ID!, $m: Int!, $r: String!) { extendPrivacyRequest(id: $id, months: $m, reason: $r) { dueAt extension { months reason } } }',
        { id: request.id, m: months, r: reason },
        agent,
      );
    const once = (await extend(1)).data!.extendPrivacyRequest;
    expect(once.extension).toEqual({ months: 1, reason: 'complex request' });
    expect(new Date(once.dueAt).getUTCMonth()).toBe((new Date(request.receivedAt).getUTCMonth() + 2) % 12);
    expect(codeOf(await extend(2))).toBe('BAD_USER_INPUT');
    expect(codeOf(await extend(1, ' '))).toBe('BAD_USER_INPUT');
    expect((await extend(1)).data!.extendPrivacyRequest.extension.months).toBe(2);
    expect(
      codeOf(
        await privacy.run(
          'mutation($id: ID!) { extendPrivacyRequest(id: $id, months: 1, reason: "x") { id } }',
          { id: request.id },
          customerViewer('r-4'),
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets staff resolve what they carry out themselves, but not automated requests', async () => {
    const manual = (await privacy.ok(OPEN, { input: { profileId: 'r-5', type: 'RECTIFICATION' } })).openPrivacyRequest;
    const resolved = await privacy.ok(
      'mutation($id: ID!) { resolvePrivacyRequest(id: $id, outcome: COMPLETED, note: "Address corrected with the customer") { status resolution } }',
      { id: manual.id },
      agent,
    );
    expect(resolved.resolvePrivacyRequest).toEqual({ status: 'COMPLETED', resolution: 'Address corrected with the customer' });
    // Completed by staff: the event for subscribers is written with the completion (the outbox).
    expect((await outboxOf(manual.id)).map((e) => [e.type, e.subjectId, e.data])).toEqual([
      ['privacy_request.completed', 'r-5', { requestId: manual.id, requestType: 'RECTIFICATION' }],
    ]);
    const second = (await privacy.ok(OPEN, { input: { profileId: 'r-5', type: 'RECTIFICATION' } })).openPrivacyRequest;
    expect(second.id).not.toBe(manual.id);
    await privacy.ok(
      'mutation($id: ID!) { resolvePrivacyRequest(id: $id, outcome: REJECTED, note: "Duplicate of the first") { status } }',
      { id: second.id },
      agent,
    );
    expect(await outboxOf(second.id)).toEqual([]);
    const automated = (await privacy.ok(OPEN, { input: { profileId: 'r-5', type: 'ACCESS' } })).openPrivacyRequest;
    expect(
      codeOf(
        await privacy.run(
          'mutation($id: ID!) { resolvePrivacyRequest(id: $id, outcome: COMPLETED, note: "x") { id } }',
          { id: automated.id },
          agent,
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('plans objections and automated-decision opt-outs as a choice recorded in consent; an objection names its purpose', async () => {
    expect(codeOf(await privacy.run(OPEN, { input: { profileId: 'r-7', type: 'OBJECTION' } }))).toBe('BAD_USER_INPUT');
    const objection = (await privacy.ok(OPEN, { input: { profileId: 'r-7', type: 'OBJECTION', purpose: 'analytics' } })).openPrivacyRequest;
    expect(objection.progress).toEqual([{ subgraph: 'consent', operation: 'recordChoice', phase: 1, status: 'PENDING' }]);
    const another = (await privacy.ok(OPEN, { input: { profileId: 'r-7', type: 'OBJECTION', purpose: 'marketing' } })).openPrivacyRequest;
    expect(another.id).not.toBe(objection.id);
  });

  it('lets the customer withdraw an open request, once, and only their own', async () => {
    const WITHDRAW =
      'mutation($id: ID!, $reason: String) { withdrawPrivacyRequest(id: $id, reason: $reason) { status withdrawable resolution completedAt events { type } } }';
    const request = (await privacy.ok(OPEN, { input: { profileId: 'r-10', type: 'RECTIFICATION' } }, customerViewer('r-10')))
      .openPrivacyRequest;
    expect(codeOf(await privacy.run(WITHDRAW, { id: request.id }, customerViewer('r-11')))).toBe('FORBIDDEN');
    const { withdrawPrivacyRequest: withdrawn } = await privacy.ok(
      WITHDRAW,
      { id: request.id, reason: '  Sorted it out myself  ' },
      customerViewer('r-10'),
    );
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawable: false, resolution: 'Sorted it out myself' });
    expect(withdrawn.completedAt).toBeTruthy();
    expect(withdrawn.events.map((e: { type: string }) => e.type)).toEqual(['REQUEST_RECEIVED', 'REQUEST_WITHDRAWN']);
    expect((await outboxOf(request.id)).map((e) => [e.type, e.subjectId, e.data])).toEqual([
      ['privacy_request.withdrawn', 'r-10', { requestId: request.id, requestType: 'RECTIFICATION' }],
    ]);
    expect(codeOf(await privacy.run(WITHDRAW, { id: request.id }, customerViewer('r-10')))).toBe('CONFLICT');
    expect(codeOf(await privacy.run(WITHDRAW, { id: 'no-such-request' }, customerViewer('r-10')))).toBe('NOT_FOUND');
    // Closed: staff can no longer resolve it, and asking again opens a new request.
    expect(
      codeOf(
        await privacy.run(
          'mutation($id: ID!) { resolvePrivacyRequest(id: $id, outcome: COMPLETED, note: "x") { id } }',
          { id: request.id },
          agent,
        ),
      ),
    ).toBe('CONFLICT');
    const again = (await privacy.ok(OPEN, { input: { profileId: 'r-10', type: 'RECTIFICATION' } }, customerViewer('r-10')))
      .openPrivacyRequest;
    expect(again.id).not.toBe(request.id);
  });

  it('has staff decide a customer’s request to lift their restriction', async () => {
    const DECIDE =
      'mutation($id: ID!, $outcome: RequestOutcome!, $note: String!) { resolvePrivacyRequest(id: $id, outcome: $outcome, note: $note) { status resolution withdrawable events { type } progress { subgraph operation status } } }';
    // While the restriction itself is still being carried out, the customer withdraws that instead.
    await privacy.ok(OPEN, { input: { profileId: 'r-12', type: 'RESTRICTION' } }, customerViewer('r-12'));
    expect(codeOf(await privacy.run(OPEN, { input: { profileId: 'r-12', type: 'RESTRICTION_LIFT' } }, customerViewer('r-12')))).toBe(
      'CONFLICT',
    );

    const first = (await privacy.ok(OPEN, { input: { profileId: 'r-13', type: 'RESTRICTION_LIFT' } }, customerViewer('r-13')))
      .openPrivacyRequest;
    expect(first).toMatchObject({ status: 'RECEIVED', progress: [] });
    const asCustomer = await privacy.run(DECIDE, { id: first.id, outcome: 'COMPLETED', note: 'x' }, customerViewer('r-13'));
    expect(codeOf(asCustomer)).toBe('FORBIDDEN');
    const rejected = (
      await privacy.ok(DECIDE, { id: first.id, outcome: 'REJECTED', note: 'Your accuracy claim is still being checked' }, agent)
    ).resolvePrivacyRequest;
    expect(rejected).toMatchObject({ status: 'REJECTED', resolution: 'Your accuracy claim is still being checked', progress: [] });

    const second = (await privacy.ok(OPEN, { input: { profileId: 'r-13', type: 'RESTRICTION_LIFT' } }, customerViewer('r-13')))
      .openPrivacyRequest;
    const approved = (await privacy.ok(DECIDE, { id: second.id, outcome: 'COMPLETED', note: 'We will lift it on 4 December' }, agent))
      .resolvePrivacyRequest;
    expect(approved).toMatchObject({ status: 'IN_PROGRESS', resolution: 'We will lift it on 4 December' });
    expect(approved.events.map((e: { type: string }) => e.type)).toEqual(['REQUEST_RECEIVED', 'REQUEST_APPROVED']);
    expect(approved.progress.map((s: { subgraph: string; operation: string }) => `${s.subgraph}.${s.operation}`)).toEqual([
      'identity.lift',
      'consent.lift',
      'preference.lift',
      'offer.lift',
    ]);
    // Approved once: a second decision is refused while the lift is carried out.
    expect(codeOf(await privacy.run(DECIDE, { id: second.id, outcome: 'REJECTED', note: 'changed my mind' }, agent))).toBe('CONFLICT');
  });

  it('has a person review a contested automated decision, assigned to staff, with an outcome the customer reads', async () => {
    const REVIEW = 'id type status decisionId assignedTo reviewOutcome resolution events { type }';
    const underReview = async () =>
      (await privacy.ok(entitiesQuery('automatedDecisionsUnderReview'), { representations: representations(['r-14']) }))._entities[0]
        .automatedDecisionsUnderReview;
    const customer = customerViewer('r-14');
    expect(codeOf(await privacy.run(OPEN, { input: { profileId: 'r-14', type: 'HUMAN_REVIEW' } }, customer))).toBe('BAD_USER_INPUT');
    expect(await underReview()).toBe(false);
    const { openPrivacyRequest: opened } = await privacy.ok(
      `mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { ${REVIEW} } }`,
      { input: { profileId: 'r-14', type: 'HUMAN_REVIEW', decisionId: 'decision-1' } },
      customer,
    );
    expect(opened).toMatchObject({ status: 'RECEIVED', decisionId: 'decision-1', assignedTo: null });
    expect(await underReview()).toBe(true);

    const ASSIGN = `mutation($id: ID!, $to: ID) { assignPrivacyRequest(id: $id, assignee: $to) { ${REVIEW} } }`;
    expect(codeOf(await privacy.run(ASSIGN, { id: opened.id }, customer))).toBe('FORBIDDEN');
    expect((await privacy.ok(ASSIGN, { id: opened.id }, agent)).assignPrivacyRequest.assignedTo).toBe('agent-1');
    expect((await privacy.ok(ASSIGN, { id: opened.id, to: 'agent-2' }, agent)).assignPrivacyRequest.assignedTo).toBe('agent-2');

    const RESOLVE = `mutation($id: ID!, $r: ReviewOutcome) { resolvePrivacyRequest(id: $id, outcome: COMPLETED, note: "The offers follow your stated interests", reviewOutcome: $r) { ${REVIEW} } }`;
    expect(codeOf(await privacy.run(RESOLVE, { id: opened.id }, agent))).toBe('BAD_USER_INPUT');
    const { resolvePrivacyRequest: reviewed } = await privacy.ok(RESOLVE, { id: opened.id, r: 'DECISION_UPHELD' }, agent);
    expect(reviewed).toMatchObject({
      status: 'COMPLETED',
      reviewOutcome: 'DECISION_UPHELD',
      resolution: 'The offers follow your stated interests',
    });
    expect(reviewed.events.map((e: { type: string }) => e.type)).toEqual([
      'REQUEST_RECEIVED',
      'REQUEST_ASSIGNED',
      'REQUEST_ASSIGNED',
      'REQUEST_COMPLETED',
    ]);
    expect(await underReview()).toBe(false);
    // The customer reads the outcome; a review outcome belongs to reviews only.
    expect(
      (await privacy.ok(`query($id: ID!) { privacyRequest(id: $id) { ${REVIEW} } }`, { id: opened.id }, customer)).privacyRequest
        .reviewOutcome,
    ).toBe('DECISION_UPHELD');
    const rectification = (await privacy.ok(OPEN, { input: { profileId: 'r-14', type: 'RECTIFICATION' } }, customer)).openPrivacyRequest;
    expect(codeOf(await privacy.run(RESOLVE, { id: rectification.id, r: 'DECISION_CHANGED' }, agent))).toBe('BAD_USER_INPUT');
  });

  it('raises an event when an open request nears its deadline, once', async () => {
    const { openPrivacyRequest: request } = await privacy.ok(OPEN, { input: { profileId: 'r-8', type: 'RECTIFICATION' } });
    await privacy.database.connection
      .collection('privacy_requests')
      .updateOne({ _id: request.id }, { $set: { dueAt: new Date(Date.now() + 2 * 86_400_000) } });
    await privacy.context().orchestrator.tick();
    await privacy.context().orchestrator.tick();
    const { privacyRequest } = await privacy.ok('query($id: ID!) { privacyRequest(id: $id) { events { type } } }', { id: request.id });
    expect(privacyRequest.events.map((e: { type: string }) => e.type)).toEqual(['REQUEST_RECEIVED', 'REQUEST_NEAR_DEADLINE']);
    expect((await outboxOf(request.id)).map((e) => [e.type, e.data.requestType])).toEqual([
      ['privacy_request.near_deadline', 'RECTIFICATION'],
    ]);
  });

  it('lists open requests by deadline for staff, nearest first', async () => {
    const list = (await privacy.ok('query { privacyRequestsByDeadline { dueAt status } }', {}, agent)).privacyRequestsByDeadline as {
      dueAt: string;
    }[];
    expect(list.length).toBeGreaterThan(2);
    const times = list.map((r) => new Date(r.dueAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(codeOf(await privacy.run('query { privacyRequestsByDeadline { id } }', {}, customerViewer('r-1')))).toBe('FORBIDDEN');
  });

  it('resolves a batch of profiles’ requests with one batch read', async () => {
    const commands = await privacy.commandsDuring(() =>
      privacy.ok(entitiesQuery('privacyRequests { type }'), { representations: representations(['r-1', 'r-2', 'none']) }),
    );
    expect(commands).toEqual({ find: batchReadCost(privacy.database, 3) });
  });
});

describe('transfers to another controller', () => {
  const REGISTER =
    'mutation($input: RegisterTransferDestinationInput!) { registerTransferDestination(input: $input) { id name url active registeredBy { actor } } }';
  const LIST = '{ transferDestinations { id name } }';
  let controller: ReceivingController;
  let url = '';
  beforeAll(async () => {
    controller = await receivingController({ reference: 'their-ref-1' });
    url = controller.url;
  });
  afterAll(() => controller.close());

  it('are registered by administrators only, to an https address without credentials', async () => {
    const input = { id: 'acme-bank', name: 'Acme Bank', url: 'https://imports.acme.example/living-profile' };
    expect(codeOf(await privacy.run(REGISTER, { input }, agent))).toBe('FORBIDDEN');
    expect(codeOf(await privacy.run(REGISTER, { input }, customerViewer('t-1')))).toBe('FORBIDDEN');
    for (const bad of ['http://imports.acme.example/', 'https://user:pw@acme.example/', 'not a url'])
      expect(codeOf(await privacy.run(REGISTER, { input: { ...input, url: bad } }, adminViewer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await privacy.run(REGISTER, { input: { ...input, id: 'Acme Bank' } }, adminViewer))).toBe('BAD_USER_INPUT');
    const { registerTransferDestination } = await privacy.ok(REGISTER, { input }, adminViewer);
    expect(registerTransferDestination).toMatchObject({ id: 'acme-bank', active: true, registeredBy: { actor: 'staff-1' } });
    expect(codeOf(await privacy.run(REGISTER, { input }, adminViewer))).toBe('CONFLICT');
    expect((await privacy.ok(LIST, {}, customerViewer('t-1'))).transferDestinations).toContainEqual({ id: 'acme-bank', name: 'Acme Bank' });
  });

  it('are chosen on a portability request only, each its own request, and planned after the export is gathered', async () => {
    await privacy.ok(REGISTER, { input: { id: 'beta-energy', name: 'Beta Energy', url } }, adminViewer);
    const me = customerViewer('t-2');
    const ask = (input: Record<string, unknown>) =>
      privacy.run(
        'mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id progress { phase subgraph operation } transfer { destination { name } status attempts } } }',
        { input: { profileId: 't-2', ...input } },
        me,
      );
    expect(codeOf(await ask({ type: 'ACCESS', transferTo: 'beta-energy' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask({ type: 'PORTABILITY', transferTo: 'no-such-company' }))).toBe('BAD_USER_INPUT');
    const sent = (await ask({ type: 'PORTABILITY', transferTo: 'beta-energy' })).data!.openPrivacyRequest;
    expect(sent.transfer).toEqual({ destination: { name: 'Beta Energy' }, status: 'PENDING', attempts: 0 });
    expect(sent.progress.at(-1)).toEqual({ phase: 3, subgraph: 'privacy', operation: 'transfer' });
    const download = (await ask({ type: 'PORTABILITY' })).data!.openPrivacyRequest;
    expect(download.id).not.toBe(sent.id);
    expect(download.transfer).toBeNull();
    expect((await ask({ type: 'PORTABILITY', transferTo: 'beta-energy' })).data!.openPrivacyRequest.id).toBe(sent.id);
    // Retired: no longer offered, nor accepted on a new request.
    await privacy.ok('mutation { retireTransferDestination(id: "beta-energy") { active } }', {}, adminViewer);
    expect((await privacy.ok(LIST, {}, me)).transferDestinations).not.toContainEqual({ id: 'beta-energy', name: 'Beta Energy' });
    expect(codeOf(await ask({ type: 'PORTABILITY', transferTo: 'beta-energy' }))).toBe('BAD_USER_INPUT');
  });

  it('deliver a signed export the receiver can check with the public key; refusals are final, outages retried', async () => {
    const store = destinationStore(transferDestinationModel(privacy.database.connection));
    await store.insert({
      _id: 'gamma-telecom',
      name: 'Gamma Telecom',
      url,
      active: true,
      registeredBy: { source: 't', channel: 't', actor: null, at: new Date() },
    });
    const transfers = new TransferService(store, config.receiptKey, config.receiptPublicKey);
    const document = { format: 'living-profile-export/1', subjectId: 't-3' };

    const delivery = await transfers.deliver('gamma-telecom', 'req-1', document);
    expect(delivery).toMatchObject({ destination: 'gamma-telecom', status: 200, reference: 'their-ref-1' });
    const { headers, body } = controller.received.at(-1)!;
    expect(JSON.parse(body)).toEqual(document);
    expect(headers['webhook-id']).toBe('req-1');
    const [version, signature] = String(headers['webhook-signature']).split(',');
    expect(version).toBe('v1a');
    const signed = Buffer.from(`req-1.${headers['webhook-timestamp']}.${body}`);
    expect(verify(null, signed, config.receiptPublicKey, Buffer.from(signature!, 'base64'))).toBe(true);
    expect(
      verify(
        null,
        Buffer.from(`req-2.${headers['webhook-timestamp']}.${body}`),
        config.receiptPublicKey,
        Buffer.from(signature!, 'base64'),
      ),
    ).toBe(false);

    const failure = async () =>
      transfers.deliver('gamma-telecom', 'req-1', document).then(
        () => null,
        (error: unknown) => error,
      );
    controller.answers.push(503);
    expect(await failure()).toMatchObject({ permanent: false });
    controller.answers.push(429);
    expect(await failure()).toMatchObject({ permanent: false });
    controller.answers.push(422);
    expect(await failure()).toMatchObject({ permanent: true, code: 'TRANSFER_REFUSED' });
    await store.retire('gamma-telecom', { source: 't', channel: 't', actor: null, at: new Date() });
    const before = controller.received.length;
    const retired = await failure();
    expect(retired).toBeInstanceOf(SubjectRightsError);
    expect(retired).toMatchObject({ permanent: true, code: 'DESTINATION_RETIRED' });
    expect(controller.received.length).toBe(before);
  });
});

describe('the breach register', () => {
  const dpo: Viewer = { subject: 'dpo-1', roles: ['dpo'], scopes: [], clientId: 'privacy-office', channel: 'web' };
  const BREACH = `id status authorityDueAt authorityOverdue notifiedCount subjectsNotifiedAt
    assessment { risk assessedBy { actor } } scope { subjects count categories } decision { notifyAuthority notifySubjects }
    authorityNotification { authority reference } steps { type by { actor } note }`;
  const openInput = (awareAt: Date) => ({
    title: 'Export file left on a shared drive',
    description: 'A nightly export of requests was readable by every employee.',
    awareAt: awareAt.toISOString(),
    window: {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 60_000).toISOString(),
      subgraphs: ['privacy'],
    },
  });
  const OPEN_BREACH = `mutation($input: OpenBreachInput!) { openBreach(input: $input) { ${BREACH} } }`;

  it('is for the data protection officer and administrators, with every field checked', async () => {
    const input = openInput(new Date());
    expect(codeOf(await privacy.run(OPEN_BREACH, { input }, agent))).toBe('FORBIDDEN');
    expect(codeOf(await privacy.run(OPEN_BREACH, { input }, customerViewer('b-9')))).toBe('FORBIDDEN');
    expect(codeOf(await privacy.run('{ breaches { id } }', {}, agent))).toBe('FORBIDDEN');
    expect(codeOf(await privacy.run(OPEN_BREACH, { input: { ...input, title: ' ' } }, dpo))).toBe('BAD_USER_INPUT');
    expect(codeOf(await privacy.run(OPEN_BREACH, { input: { ...input, window: { ...input.window, subgraphs: ['billing'] } } }, dpo))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await privacy.run(
          OPEN_BREACH,
          { input: { ...input, window: { ...input.window, from: input.window.to, to: input.window.from } } },
          dpo,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const future = new Date(Date.now() + 3_600_000);
    expect(codeOf(await privacy.run(OPEN_BREACH, { input: { ...input, awareAt: future.toISOString() } }, adminViewer))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await privacy.ok(OPEN_BREACH, { input }, adminViewer)).openBreach.status).toBe('OPEN');
  });

  it('runs from awareness to the authority and the customers, every step on the record, and forgets an erased customer', async () => {
    // A customer whose request was written in the window: the breach reaches them.
    await privacy.ok(OPEN, { input: { profileId: 'b-1', type: 'RECTIFICATION' } }, customerViewer('b-1'));
    const awareAt = new Date(Date.now() - 73 * 3_600_000);
    const { openBreach: opened } = await privacy.ok(OPEN_BREACH, { input: openInput(awareAt) }, dpo);
    const id = opened.id;
    expect(new Date(opened.authorityDueAt).getTime()).toBe(awareAt.getTime() + 72 * 3_600_000);
    expect(opened.authorityOverdue).toBe(true);
    expect((await privacy.ok('{ breaches(overdue: true) { id } }', {}, dpo)).breaches).toContainEqual({ id });

    const decide = (notifySubjects: boolean) =>
      privacy.run(
        `mutation($id: ID!, $input: BreachDecisionInput!) { decideBreachNotification(id: $id, input: $input) { ${BREACH} } }`,
        { id, input: { notifyAuthority: true, notifySubjects, reason: 'Request history of many customers, readable for weeks' } },
        dpo,
      );
    expect(codeOf(await decide(true))).toBe('CONFLICT');
    await privacy.ok(
      `mutation($id: ID!) { assessBreach(id: $id, risk: HIGH_RISK, note: "Names and requests exposed") { id } }`,
      { id },
      dpo,
    );
    const notify = (messages: Record<string, string>[]) =>
      privacy.run(
        `mutation($id: ID!, $messages: [BreachMessageInput!]!) { notifyBreachSubjects(id: $id, messages: $messages) { ${BREACH} } }`,
        { id, messages },
        dpo,
      );
    const messages = [
      { language: 'en', title: 'About your data', text: 'A file with your request history was exposed.' },
      { language: 'th', title: 'เกี่ยวกับข้อมูลของคุณ', text: 'ไฟล์ประวัติคำขอของคุณถูกเปิดเผย' },
    ];
    expect(codeOf(await notify(messages))).toBe('CONFLICT');
    const scoped = (await privacy.ok(`mutation($id: ID!) { scopeBreach(id: $id) { ${BREACH} } }`, { id }, dpo)).scopeBreach;
    expect(scoped.scope.subjects).toContain('b-1');
    expect(scoped.scope.categories).toEqual(['data-subject requests and their outcome']);
    expect((await decide(true)).data!.decideBreachNotification.decision).toEqual({ notifyAuthority: true, notifySubjects: true });
    expect(codeOf(await notify([]))).toBe('BAD_USER_INPUT');
    const told = (await notify(messages)).data!.notifyBreachSubjects;
    expect(told.notifiedCount).toBe(scoped.scope.count);
    // Told again (after a failure part-way, say): nobody hears twice.
    expect((await notify(messages)).data!.notifyBreachSubjects.notifiedCount).toBe(scoped.scope.count);

    // The customer reads it in their profile; their channels hear it once, through the outbox.
    const { _entities } = await privacy.ok(
      entitiesQuery('breachNotices { breachId language title text }'),
      { representations: representations(['b-1']) },
      customerViewer('b-1'),
    );
    expect(_entities[0].breachNotices).toEqual([{ breachId: id, language: 'en', title: 'About your data', text: messages[0]!.text }]);
    const notice = await privacy.database.connection
      .collection<{ _id: string; outbox?: DomainEvent[] }>('breach_notices')
      .findOne({ _id: `${id}:b-1` });
    expect(notice?.outbox?.map((e) => [e.type, e.subjectId, e.data])).toEqual([
      ['breach.notified', 'b-1', { breachId: id, language: 'en', title: 'About your data', text: messages[0]!.text }],
    ]);

    expect(codeOf(await privacy.run(`mutation($id: ID!) { closeBreach(id: $id, note: "done") { id } }`, { id }, dpo))).toBe('CONFLICT');
    const recorded = await privacy.ok(
      `mutation($id: ID!, $input: AuthorityNotificationInput!) { recordAuthorityNotification(id: $id, input: $input) { ${BREACH} } }`,
      { id, input: { authority: 'ICO', reference: 'IC-123', notifiedAt: new Date().toISOString() } },
      dpo,
    );
    expect(recorded.recordAuthorityNotification).toMatchObject({
      authorityOverdue: false,
      authorityNotification: { authority: 'ICO', reference: 'IC-123' },
    });
    expect((await privacy.ok('{ breaches(overdue: true) { id } }', {}, dpo)).breaches).not.toContainEqual({ id });
    const closed = (await privacy.ok(`mutation($id: ID!) { closeBreach(id: $id, note: "Drive locked down") { ${BREACH} } }`, { id }, dpo))
      .closeBreach;
    expect(closed.status).toBe('CLOSED');
    expect(closed.steps.map((s: { type: string; by: { actor: string } }) => `${s.type}:${s.by.actor}`)).toEqual([
      'OPENED:dpo-1',
      'ASSESSED:dpo-1',
      'SCOPED:dpo-1',
      'DECIDED:dpo-1',
      'SUBJECTS_NOTIFIED:dpo-1',
      'SUBJECTS_NOTIFIED:dpo-1',
      'AUTHORITY_NOTIFIED:dpo-1',
      'CLOSED:dpo-1',
    ]);
    expect(codeOf(await privacy.run(`mutation($id: ID!) { scopeBreach(id: $id) { id } }`, { id }, dpo))).toBe('CONFLICT');

    // Erased: their notice goes, and their id leaves the breach's scope; the count stays.
    await privacy.subjectRights.erase('b-1');
    const after = (await privacy.ok(`query($id: ID!) { breach(id: $id) { ${BREACH} } }`, { id }, dpo)).breach;
    expect(after.scope.subjects).not.toContain('b-1');
    expect(after.scope.count).toBe(scoped.scope.count);
    expect(await privacy.database.connection.collection('breach_notices').countDocuments({ subjectId: 'b-1' })).toBe(0);
  });
});

describe('erasure receipts', () => {
  const body = {
    requestId: 'q-1',
    type: 'ERASURE' as const,
    subgraphs: ['consent', 'identity'],
    completedAt: '2026-11-29T10:00:00.000Z',
    verificationSha256: 'a'.repeat(64),
  };

  it('verify when untouched, and fail when changed or signed by another key', async () => {
    const receipt = signReceipt(body, config.receiptKey, config.receiptPublicKey);
    expect(verifyReceipt(receipt, config.receiptPublicKey).valid).toBe(true);
    expect(verifyReceipt({ ...receipt, subgraphs: ['identity'] }, config.receiptPublicKey).valid).toBe(false);
    const other = generateKeyPairSync('ed25519');
    expect(verifyReceipt(signReceipt(body, other.privateKey, other.publicKey), config.receiptPublicKey).valid).toBe(false);
    const checked = await privacy.ok(
      'query($r: JSON!) { verifyErasureReceipt(receipt: $r) { valid } }',
      { r: receipt },
      customerViewer('x'),
    );
    expect(checked.verifyErasureReceipt.valid).toBe(true);
  });

  it('of a transfer verify the same way', () => {
    const transfer = {
      requestId: 'q-2',
      type: 'TRANSFER' as const,
      destination: 'acme-bank',
      url: 'https://imports.acme.example/',
      deliveredAt: '2026-11-29T10:00:00.000Z',
      documentSha256: 'b'.repeat(64),
      reference: null,
    };
    const receipt = signReceipt(transfer, config.receiptKey, config.receiptPublicKey);
    expect(verifyReceipt(receipt, config.receiptPublicKey)).toEqual({ valid: true, reason: expect.any(String) });
    expect(verifyReceipt({ ...receipt, destination: 'elsewhere' }, config.receiptPublicKey).valid).toBe(false);
    expect(verifyReceipt({ ...receipt, type: 'OTHER' }, config.receiptPublicKey).valid).toBe(false);
  });
});

describe('export document', () => {
  const at = '2026-11-29T10:00:00.000Z';
  const by = { source: 'crm', channel: 'batch', actor: null, at };
  const document = buildExport(
    'q-2',
    's-1',
    {
      identity: {
        export: {
          subgraph: 'identity',
          subjectId: 's-1',
          generatedAt: at,
          records: {
            profiles: [
              {
                id: 's-1',
                status: 'ACTIVE',
                name: { given: 'Ada', family: 'Lovelace', provenance: by },
                birthDate: { value: '1985-12-10', provenance: by },
                locale: { value: 'de-DE', provenance: by },
                timeZone: { value: 'Europe/Berlin', provenance: by },
                emails: [{ id: 'e-1', value: 'ada@example.com', verified: true, primary: true, provenance: by }],
                identifiers: [{ source: 'crm', id: 'C-1815', provenance: by }],
              },
            ],
          },
        },
        inventory: {
          subgraph: 'identity',
          subjectId: 's-1',
          holds: [{ collection: 'profiles', count: 1, categories: ['name'], purposes: ['contract'], retention: 'while a customer' }],
        },
      },
      consent: {
        export: {
          subgraph: 'consent',
          subjectId: 's-1',
          generatedAt: at,
          records: {
            consent_ledger: [
              {
                _id: 's-1#1',
                seq: 1,
                type: 'DECISION',
                at,
                hash: 'f'.repeat(64),
                content: {
                  purpose: 'marketing',
                  channel: 'EMAIL',
                  status: 'GRANTED',
                  noticeVersion: 2,
                  method: 'CHECKBOX',
                  source: 'web-app',
                  via: 'web',
                },
              },
            ],
          },
        },
        inventory: { subgraph: 'consent', subjectId: 's-1', holds: [], recipients: ['esp'] },
      },
    },
    new Date(at),
  );

  it('lists sources found in provenance and every recipient', () => {
    expect(document).toMatchObject({
      format: 'living-profile-export/1',
      sources: ['crm'],
      recipients: { tracked: true, list: ['esp (webhook subscriber)'] },
    });
  });

  it('renders for people: sections in plain words, sources named, dates in their locale, no ids or hashes', () => {
    const reader = readerOf(document);
    expect(reader).toEqual({ locale: 'de-DE', timeZone: 'Europe/Berlin' });
    const text = exportText(readableExport(document, reader));
    for (const title of [
      'Who you are',
      'What you allowed',
      'Who we shared it with',
      'Where it came from',
      'Why we hold it, and for how long',
    ])
      expect(text).toContain(title);
    expect(text).toContain('Name: Ada Lovelace');
    expect(text).toContain('from crm (batch), 29. November 2026 um 11:00');
    expect(text).toContain('Date of birth: 10. Dezember 1985');
    expect(text).toContain('Marketing by email: allowed');
    expect(text).toContain('privacy notice version 2');
    expect(text).toContain('esp (webhook subscriber)');
    expect(text).not.toContain('f'.repeat(64));
    expect(text).not.toContain('s-1#1');
    // Another language when asked: Thai dates in the Buddhist calendar.
    expect(exportText(readableExport(document, readerOf(document, 'th-TH')))).toContain('29 พฤศจิกายน 2569');
  });

  it('renders a self-contained page and a PDF to keep', async () => {
    const readable = readableExport(document, readerOf(document));
    const html = exportHtml(readable);
    expect(html).toMatch(/^<!doctype html>\n<html lang="de-DE">/);
    expect(html).toContain('<h2 id="section-1">Who you are</h2>');
    expect(html).not.toMatch(/<script|src=|href="http/);
    const hostile = exportHtml({ ...readable, title: '<img src=x onerror=alert(1)>' });
    expect(hostile).not.toContain('<img');
    const pdf = await exportPdf(readable, new Date(at));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Lang (de-DE)');
    expect(pdf.length).toBeGreaterThan(2000);
    // A Thai date prints in a Thai face (embedded), not as boxes.
    const thai = await exportPdf(readableExport(document, readerOf(document, 'th-TH')), new Date(at));
    expect(thai.toString('latin1')).toMatch(/FontName \/[A-Z]{6}\+NotoSansThai/);
    expect(pdf.toString('latin1')).not.toContain('NotoSansThai');
    // The page carries the Thai face only when it has Thai to show.
    expect(exportHtml(readableExport(document, readerOf(document, 'th-TH')))).toContain('src:url(data:font/woff;base64,');
    expect(html).not.toContain('@font-face');
  });
});
