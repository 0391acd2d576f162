// Data-subject rights end to end: the privacy subgraph fans requests out through every subgraph's
// subject-rights contract, survives failures and its own crash, and proves an erasure.
import { createHash, createPublicKey, verify } from 'node:crypto';
import mongoose from 'mongoose';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalJson } from '#kit/canonicalJson.ts';
import { fieldOf } from '#kit/guards.ts';
import { seedDemoData } from '../../scripts/lib/seed.ts';
import { SUBGRAPH_NAMES } from '../../scripts/lib/stack.ts';
import { startWebhookReceiver } from '../../scripts/lib/webhookReceiver.ts';
import { espUnsubscribe, recordConsent } from '../support/consent.ts';
import { dumpDatabase } from '../support/dump.ts';
import { receivingController } from '../support/controller.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack();

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const REQUEST = `query($id: ID!) { privacyRequest(id: $id) { id status progress { subgraph operation status attempts lastError } receipt export { format document text } } }`;
const open = async (profileId: string, type: string) =>
  (
    await ok('mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id status } }', {
      input: { profileId, type },
    })
  ).openPrivacyRequest.id as string;
async function waitFor(id: string, accept: (r: Record<string, any>) => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let request: Record<string, any> = {};
  while (Date.now() < deadline) {
    request = (await ok(REQUEST, { id })).privacyRequest;
    if (accept(request)) return request;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`request ${id} did not get there: ${JSON.stringify(request.progress)}`);
}
const completed = (id: string) => waitFor(id, (r) => r.status === 'COMPLETED');

/** A customer with data in every subgraph. */
async function richCustomer(tag: string): Promise<{ id: string; values: string[] }> {
  const values = [`Given${tag}`, `${tag.toLowerCase()}@example.com`, `+4477009${String(tag.length).padStart(5, '0')}`, `EXT-${tag}`];
  const id = (
    await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: {
        name: { given: values[0] },
        emails: [{ address: values[1] }],
        phones: [{ number: values[2] }],
        identifiers: [{ source: 'crm', id: values[3] }],
      },
    })
  ).createProfile.id as string;
  await recordConsent(lp, id, 'marketing', 'GRANTED', { collectionPoint: 'e2e', userAgent: `Agent-${tag}` });
  await ok(
    'mutation($id: ID!) { setPreferences(input: { profileId: $id, language: "en-GB", channels: [{ channel: EMAIL, enabled: true }] }) { id } }',
    { id },
  );
  await ok('mutation($id: ID!) { dismissOffer(profileId: $id, offerId: "weekly-recipes") { id } }', { id });
  return { id, values };
}

beforeAll(async () => {
  await seedDemoData(lp.stack.gatewayUrl);
});

describe('data-subject rights across every subgraph', () => {
  it('exports everything held about a seeded customer, for machines and for people', async () => {
    const ada = (await ok('{ profileByEmail(email: "ada@example.com") { id } }')).profileByEmail.id;
    // Someone other than Ada reads her data: the export must name them as a recipient.
    await ok(
      'query($id: ID!) { profile(id: $id) { email } }',
      { id: ada },
      { 'x-dev-viewer-role': 'agent', 'x-dev-viewer-subject': 'agent-5' },
    );
    const request = await completed(await open(ada, 'ACCESS'));
    expect(request.progress.every((s: { status: string }) => s.status === 'DONE')).toBe(true);
    const { format, document, text } = request.export;
    expect(format).toBe('living-profile-export/1');
    expect(Object.keys(document.subgraphs)).toEqual(['consent', 'identity', 'offer', 'preference', 'privacy']);
    const identity = document.subgraphs.identity.records.profiles[0];
    expect(identity).toMatchObject({
      id: ada,
      name: { given: 'Ada', family: 'Lovelace' },
      emails: [expect.objectContaining({ value: 'ada@example.com' })],
    });
    expect(document.subgraphs.consent.records.consent_ledger.length).toBeGreaterThan(0);
    expect(document.subgraphs.preference.records.preference_sets[0]).toMatchObject({ language: 'en-GB' });
    expect(document.subgraphs.identity.holds[0]).toMatchObject({
      collection: 'profiles',
      purposes: expect.any(Array),
      retention: expect.any(String),
    });
    expect(document.sources).toContain('development');
    expect(document.recipients).toEqual({ tracked: true, note: expect.any(String), list: expect.arrayContaining(['development (agent)']) });
    expect(document.subgraphs.privacy.records.access_audit).toContainEqual(
      expect.objectContaining({ actor: 'agent-5', fields: ['email'] }),
    );
    expect(text).toContain('Your data at Living Profile');
    expect(text).toContain('Email address (main): ada@example.com');
    expect(text).toMatch(/Who saw your data\n.*\n  - development \(agent\): read your email/);
    expect(text).not.toContain(ada);
    // The same for people as a page and a PDF to keep, in the customer's language or another one asked for.
    const kept = await ok('query($id: ID!) { privacyRequest(id: $id) { export { html pdf(locale: "de-DE") } } }', { id: request.id });
    expect(kept.privacyRequest.export.html).toMatch(/^<!doctype html>\n<html lang="en-GB">[\s\S]*ada@example\.com/);
    const pdf = Buffer.from(kept.privacyRequest.export.pdf, 'base64');
    expect([pdf.subarray(0, 5).toString(), pdf.toString('latin1').includes('/Lang (de-DE)')]).toEqual(['%PDF-', true]);
  });

  it('tells a customer in plain terms what is held, why, from where and for how long', async () => {
    const ada = (await ok('{ profileByEmail(email: "ada@example.com") { id } }')).profileByEmail.id;
    const { profile } = await ok(
      'query($id: ID!) { profile(id: $id) { dataTransparency { holdings { subgraph collection categories purposes retention } sources recipientsTracked summary } } }',
      { id: ada },
      { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': ada },
    );
    const { holdings, sources, recipientsTracked, summary } = profile.dataTransparency;
    expect(new Set(holdings.map((h: { subgraph: string }) => h.subgraph))).toEqual(
      new Set(['identity', 'consent', 'preference', 'privacy']),
    );
    expect(holdings.find((h: { collection: string }) => h.collection === 'profiles')).toMatchObject({
      categories: expect.arrayContaining(['contact details']),
      retention: expect.stringContaining('erased'),
    });
    expect(sources).toEqual(['development']);
    expect(recipientsTracked).toBe(true);
    expect(summary).toMatch(/^We hold .*contact details.*We use it for: .*It came from: development\./);
  });

  it('erases a customer everywhere and proves nobody can find them, with a signed receipt', async () => {
    const { id, values } = await richCustomer('Erasmus');
    const request = await completed(await open(id, 'ERASURE'));
    expect(request.progress.map((s: { subgraph: string; operation: string }) => `${s.subgraph}.${s.operation}`)).toContain(
      'identity.locate',
    );

    const lookups = await ok(
      'query($e: EmailAddress!, $p: PhoneNumber!, $x: String!) { byEmail: profilesByContact(email: $e) { id } byPhone: profilesByContact(phone: $p) { id } byId: profileByIdentifier(source: "crm", id: $x) { id } }',
      { e: values[1], p: values[2], x: values[3] },
    );
    expect(lookups).toEqual({ byEmail: [], byPhone: [], byId: null });

    const verified = await ok('query($r: JSON!) { verifyErasureReceipt(receipt: $r) { valid } }', { r: request.receipt });
    expect(verified.verifyErasureReceipt.valid).toBe(true);
    expect(request.receipt).toMatchObject({
      requestId: request.id,
      type: 'ERASURE',
      subgraphs: ['consent', 'identity', 'offer', 'preference'],
    });
    const forged = await ok('query($r: JSON!) { verifyErasureReceipt(receipt: $r) { valid } }', {
      r: { ...request.receipt, subgraphs: ['identity'] },
    });
    expect(forged.verifyErasureReceipt.valid).toBe(false);

    const connection = await mongoose.createConnection(inject('mongoUri')).asPromise();
    try {
      for (const name of SUBGRAPH_NAMES) {
        const raw = await dumpDatabase(connection.useDb(`${lp.databasePrefix}_${name}`));
        for (const value of [...values, `Agent-Erasmus`]) expect(raw, `${name} holds ${value}`).not.toContain(value.toLowerCase());
      }
    } finally {
      await connection.close();
    }
  });

  it('gives a customer a copy that includes what is held under the profiles merged into theirs', async () => {
    const { id } = await richCustomer('Survivor');
    const duplicate = (await ok('mutation { createProfile(input: { name: { given: "Dupont" } }) { id } }')).createProfile.id as string;
    await ok('mutation($id: ID!) { setPreferences(input: { profileId: $id, language: "fr-FR" }) { id } }', { id: duplicate });
    await ok('mutation($s: ID!, $m: ID!) { mergeProfiles(survivorId: $s, mergedId: $m, reason: "same person") { id } }', {
      s: id,
      m: duplicate,
    });
    const request = await completed(await open(id, 'ACCESS'));
    const languages = request.export.document.subgraphs.preference.records.preference_sets.map((p: { language: string }) => p.language);
    expect(languages.sort()).toEqual(['en-GB', 'fr-FR']);
    expect(request.export.document.subgraphs.preference.holds).toEqual([
      expect.objectContaining({ collection: 'preference_sets', count: 2 }),
    ]);
    expect(request.export.text).toContain('Language for messages: fr-FR');
  });

  it('erases the profiles merged into the customer, their webhook delivery records, and what a source sent as it came', async () => {
    const receiver = await startWebhookReceiver({ secrets: [], onEvent: () => {} });
    try {
      await ok('mutation($i: RegisterWebhookSubscriberInput!) { registerWebhookSubscriber(input: $i) { secret } }', {
        i: { id: 'crm-erasure', url: receiver.url, eventTypes: ['*'], purposes: [] },
      });
      const { id, values } = await richCustomer('Mergatroyd');
      // A duplicate the CRM created, told to the subscriber, then merged into the customer.
      const duplicateValues = ['GivenDuplicata', 'duplicata@example.com'];
      const duplicate = (
        await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
          input: { name: { given: duplicateValues[0] }, emails: [{ address: duplicateValues[1] }] },
        })
      ).createProfile.id as string;
      const deliveriesAbout = async (subjectId: string) =>
        (
          (await ok('query { webhookDeliveries(subscriberId: "crm-erasure", first: 500) { subjectId type } }')).webhookDeliveries as {
            subjectId: string;
            type: string;
          }[]
        ).filter((d) => d.subjectId === subjectId);
      const deadline = Date.now() + 15_000;
      while (!(await deliveriesAbout(duplicate)).some((d) => d.type === 'profile.created')) {
        if (Date.now() > deadline) throw new Error('the duplicate’s profile.created never reached the subscriber');
        await new Promise((r) => setTimeout(r, 100));
      }
      await ok('mutation($s: ID!, $m: ID!) { mergeProfiles(survivorId: $s, mergedId: $m, reason: "same person") { id } }', {
        s: id,
        m: duplicate,
      });
      // The ESP's unsubscribe, with its own proof as it came: the customer's address in it.
      const imported = await ok('mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { status } }', {
        r: [espUnsubscribe(id, 'esp-mergatroyd', 'esp footer', { email: values[1], list: 'weekly', ip: '203.0.113.9' })],
      });
      expect(imported.importConsents).toEqual([{ status: 'IMPORTED' }]);

      const request = await completed(await open(id, 'ERASURE'));
      expect(request.progress.find((s: { operation: string }) => s.operation === 'erase')).toBeDefined();

      // Nothing about the merged-away profile is left with the subscriber's delivery records but the
      // events that tell it to erase its copy.
      expect((await deliveriesAbout(duplicate)).map((d) => d.type).filter((t) => !/erased$/.test(t))).toEqual([]);
      expect((await deliveriesAbout(id)).map((d) => d.type).filter((t) => !/erased$/.test(t))).toEqual([]);
      const connection = await mongoose.createConnection(inject('mongoUri')).asPromise();
      try {
        for (const name of SUBGRAPH_NAMES) {
          const raw = await dumpDatabase(connection.useDb(`${lp.databasePrefix}_${name}`));
          for (const value of [...values, ...duplicateValues, '203.0.113.9', 'Agent-Mergatroyd'])
            expect(raw, `${name} holds ${value}`).not.toContain(value.toLowerCase());
        }
      } finally {
        await connection.close();
      }
    } finally {
      await receiver.close();
    }
  });

  it('keeps an erasure in progress while a subgraph is down, and survives its own crash', async () => {
    const { id } = await richCustomer('Resilient');
    await lp.stack.subgraphs.consent.process.stop();
    const requestId = await open(id, 'ERASURE');
    const stuck = await waitFor(requestId, (r) =>
      r.progress.some(
        (s: { subgraph: string; attempts: number; status: string }) =>
          s.subgraph === 'consent' && s.status === 'PENDING' && s.attempts >= 2,
      ),
    );
    expect(stuck.status).toBe('IN_PROGRESS');
    expect(
      stuck.progress.find((s: { subgraph: string; operation: string }) => s.subgraph === 'identity' && s.operation === 'erase').status,
    ).toBe('DONE');

    // The privacy process dies mid-request; a new one picks the request up where it was.
    lp.stack.subgraphs.privacy.process.child.kill('SIGKILL');
    await lp.stack.subgraphs.privacy.process.exited;
    await lp.stack.restart('privacy');
    await lp.stack.restart('consent');

    const done = await completed(requestId);
    expect(done.progress.every((s: { status: string }) => s.status === 'DONE')).toBe(true);
    expect(
      done.progress.find((s: { subgraph: string; operation: string }) => s.subgraph === 'identity' && s.operation === 'erase').attempts,
    ).toBe(1);
    expect(
      (await ok('query($r: JSON!) { verifyErasureReceipt(receipt: $r) { valid } }', { r: done.receipt })).verifyErasureReceipt.valid,
    ).toBe(true);
  });

  it('restricts processing everywhere: consent reports it and identity refuses processing', async () => {
    const { id } = await richCustomer('Paused');
    await completed(await open(id, 'RESTRICTION'));
    const state = await ok('query($id: ID!) { profile(id: $id) { status processingRestricted offers { id } } }', { id });
    expect(state.profile).toEqual({ status: 'RESTRICTED', processingRestricted: true, offers: [] });
    const refused = await lp.query('mutation($id: ID!) { addEmail(profileId: $id, input: { address: "more@example.com" }) { id } }', {
      id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RESTRICTED');
  });

  it('records objections and the automated-decision opt-out in consent, which the other subgraphs honour', async () => {
    await ok(
      'mutation { upsertPurpose(input: { id: "personalised-offers", name: "Offers", description: "d", legalBasis: CONSENT, refusable: true }) { id } }',
    );
    const { id } = await richCustomer('Objector');
    const objection = (
      await ok(
        'mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: OBJECTION, purpose: "personalised-offers" }) { id } }',
        { id },
      )
    ).openPrivacyRequest.id;
    await completed(objection);
    await completed(await open(id, 'AUTOMATED_DECISION_OPT_OUT'));
    const { profile } = await ok('query($id: ID!) { profile(id: $id) { objections automatedDecisionOptOut offers { id } } }', { id });
    expect(profile).toEqual({ objections: ['personalised-offers'], automatedDecisionOptOut: true, offers: [] });
  });

  it('lets a customer take back a request before it changes anything, but carries an erasure under way through', async () => {
    const { id } = await richCustomer('Hesitant');
    const asCustomer = { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': id };
    const WITHDRAW =
      'mutation($id: ID!, $reason: String) { withdrawPrivacyRequest(id: $id, reason: $reason) { status withdrawable resolution export { format } } }';
    const OPEN_AS_CUSTOMER = 'mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id withdrawable } }';
    await lp.stack.subgraphs.offer.process.stop();
    let offerDown = true;
    try {
      // A copy in the making: identity's part is read, offer's cannot be yet. Reading changes nothing, so it can be withdrawn.
      const access = (await ok(OPEN_AS_CUSTOMER, { input: { profileId: id, type: 'ACCESS' } }, asCustomer)).openPrivacyRequest;
      await waitFor(access.id, (r) =>
        r.progress.some((s: { subgraph: string; attempts: number }) => s.subgraph === 'offer' && s.attempts >= 1),
      );
      const { withdrawPrivacyRequest: withdrawn } = await ok(WITHDRAW, { id: access.id, reason: 'Asked by mistake' }, asCustomer);
      expect(withdrawn).toEqual({ status: 'WITHDRAWN', withdrawable: false, resolution: 'Asked by mistake', export: null });

      // An erasure that has erased in identity cannot be stopped part-way: the customer is told it will complete.
      const erasure = (await ok(OPEN_AS_CUSTOMER, { input: { profileId: id, type: 'ERASURE' } }, asCustomer)).openPrivacyRequest;
      expect(erasure.withdrawable).toBe(true);
      const underWay = await waitFor(erasure.id, (r) =>
        r.progress.some(
          (s: { subgraph: string; operation: string; status: string }) =>
            s.subgraph === 'identity' && s.operation === 'erase' && s.status === 'DONE',
        ),
      );
      expect(underWay.status).toBe('IN_PROGRESS');
      const refused = await lp.query(WITHDRAW, { id: erasure.id }, asCustomer);
      expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toMatch(/cannot be stopped part-way/);
      expect(
        (await ok('query($id: ID!) { privacyRequest(id: $id) { withdrawable } }', { id: erasure.id })).privacyRequest.withdrawable,
      ).toBe(false);
      await lp.stack.restart('offer');
      offerDown = false;
      await completed(erasure.id);
    } finally {
      if (offerDown) await lp.stack.restart('offer');
    }
  });

  it('lifts a restriction when staff approve the customer’s request, and keeps it when they reject one', async () => {
    const { id } = await richCustomer('Unpaused');
    const asCustomer = { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': id };
    const DECIDE =
      'mutation($id: ID!, $outcome: RequestOutcome!, $note: String!) { resolvePrivacyRequest(id: $id, outcome: $outcome, note: $note) { status } }';
    const askToLift = async () =>
      (
        await ok(
          'mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: RESTRICTION_LIFT }) { id status } }',
          { id },
          asCustomer,
        )
      ).openPrivacyRequest;
    await completed(await open(id, 'RESTRICTION'));

    const first = await askToLift();
    expect(first.status).toBe('RECEIVED');
    const byCustomer = await lp.query(DECIDE, { id: first.id, outcome: 'COMPLETED', note: 'lifting my own' }, asCustomer);
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ok(
      DECIDE,
      { id: first.id, outcome: 'REJECTED', note: 'The accuracy of your address is still being checked' },
      { 'x-dev-viewer-role': 'agent' },
    );
    const kept = await ok(
      'query($id: ID!) { profile(id: $id) { processingRestricted privacyRequests { id status resolution } } }',
      { id },
      asCustomer,
    );
    expect(kept.profile.processingRestricted).toBe(true);
    expect(kept.profile.privacyRequests).toContainEqual({
      id: first.id,
      status: 'REJECTED',
      resolution: 'The accuracy of your address is still being checked',
    });

    const second = await askToLift();
    await ok(
      DECIDE,
      { id: second.id, outcome: 'COMPLETED', note: 'Your address is confirmed; we resume processing' },
      { 'x-dev-viewer-role': 'agent' },
    );
    const lifted = await completed(second.id);
    expect(
      lifted.progress.map((s: { subgraph: string; operation: string; status: string }) => `${s.subgraph}.${s.operation}:${s.status}`),
    ).toEqual(['identity.lift:DONE', 'consent.lift:DONE', 'preference.lift:DONE', 'offer.lift:DONE']);
    const state = await ok('query($id: ID!) { profile(id: $id) { status processingRestricted } }', { id });
    expect(state.profile).toEqual({ status: 'ACTIVE', processingRestricted: false });
    await ok('mutation($id: ID!) { addEmail(profileId: $id, input: { address: "back@example.com" }) { id } }', { id });

    // Restricted again and asked to lift again, staff lift it directly: the waiting request is granted with their reason.
    await completed(await open(id, 'RESTRICTION'));
    const third = await askToLift();
    const direct = await ok(
      'mutation($id: ID!) { liftProcessingRestriction(profileId: $id, reason: "Checked on the phone with you") { lifted } }',
      { id },
      { 'x-dev-viewer-role': 'agent' },
    );
    expect(direct.liftProcessingRestriction.lifted).toBe(true);
    const granted = await ok('query($id: ID!) { privacyRequest(id: $id) { status resolution } }', { id: third.id }, asCustomer);
    expect(granted.privacyRequest).toEqual({ status: 'COMPLETED', resolution: 'Checked on the phone with you' });
  });

  it('sends a portable export straight to another controller, retried until it accepts, with a signed receipt', async () => {
    // The other controller: down for the first delivery, then it accepts and answers its own reference; then it refuses.
    const controller = await receivingController({ answers: [503, 200], otherwise: 422, reference: 'ACME-IMPORT-7' });
    const deliveries = controller.received;
    try {
      const url = controller.url;
      await ok('mutation($input: RegisterTransferDestinationInput!) { registerTransferDestination(input: $input) { id } }', {
        input: { id: 'acme-energy', name: 'Acme Energy', url },
      });
      const { id } = await richCustomer('Mover');
      const asCustomer = { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': id };
      const offered = (await ok('{ transferDestinations { id name } }', {}, asCustomer)).transferDestinations;
      expect(offered).toContainEqual({ id: 'acme-energy', name: 'Acme Energy' });
      const opened = await ok(
        'mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id } }',
        { input: { profileId: id, type: 'PORTABILITY', transferTo: 'acme-energy' } },
        asCustomer,
      );
      const requestId = opened.openPrivacyRequest.id;
      await completed(requestId);
      const { privacyRequest: done } = await ok(
        'query($id: ID!) { privacyRequest(id: $id) { receipt transfer { destination { name } status attempts deliveredAt reference } export { document } } }',
        { id: requestId },
        asCustomer,
      );
      expect(done.transfer).toMatchObject({
        destination: { name: 'Acme Energy' },
        status: 'DELIVERED',
        attempts: 2,
        reference: 'ACME-IMPORT-7',
      });
      // Both tries carried the same delivery id, so the controller keeps one; each was signed with the published key.
      expect(deliveries.map((d) => d.headers['webhook-id'])).toEqual([requestId, requestId]);
      const publicKey = createPublicKey((await ok('{ erasureReceiptPublicKey }')).erasureReceiptPublicKey);
      const accepted = deliveries[1]!;
      const [version, signature] = String(accepted.headers['webhook-signature']).split(',');
      expect(version).toBe('v1a');
      const signed = Buffer.from(`${requestId}.${accepted.headers['webhook-timestamp']}.${accepted.body}`);
      expect(verify(null, signed, publicKey, Buffer.from(signature!, 'base64'))).toBe(true);
      // What the controller received is the customer's export, the one they can download too.
      const sent = JSON.parse(accepted.body);
      expect(sent).toEqual(done.export.document);
      expect(sent.subgraphs.identity.records.profiles[0]).toMatchObject({ id });
      expect(done.receipt).toMatchObject({
        type: 'TRANSFER',
        requestId,
        destination: 'acme-energy',
        url,
        reference: 'ACME-IMPORT-7',
        documentSha256: createHash('sha256').update(canonicalJson(sent)).digest('hex'),
      });
      const check = 'query($r: JSON!) { verifyErasureReceipt(receipt: $r) { valid } }';
      expect((await ok(check, { r: done.receipt })).verifyErasureReceipt.valid).toBe(true);
      expect((await ok(check, { r: { ...done.receipt, destination: 'elsewhere' } })).verifyErasureReceipt.valid).toBe(false);

      // A controller that refuses (422) gets no retry: the request is rejected with the reason, and the customer sees it failed.
      const refused = await ok(
        'mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id } }',
        { input: { profileId: id, type: 'PORTABILITY', transferTo: 'acme-energy' } },
        asCustomer,
      );
      await waitFor(refused.openPrivacyRequest.id, (r) => r.status === 'REJECTED');
      const { privacyRequest: rejected } = await ok(
        'query($id: ID!) { privacyRequest(id: $id) { resolution transfer { status attempts } export { format } } }',
        { id: refused.openPrivacyRequest.id },
        asCustomer,
      );
      expect(rejected).toEqual({
        resolution: expect.stringMatching(/Acme Energy answered 422/),
        transfer: { status: 'FAILED', attempts: 1 },
        export: null,
      });
    } finally {
      await controller.close();
    }
  });

  it('handles a breach from the register to each affected customer, told in their language', async () => {
    const asDpo = { 'x-dev-viewer-role': 'dpo', 'x-dev-viewer-subject': 'dpo-1' };
    // The company's email tool hears breach notices through a webhook, verified like any other.
    const secrets: string[] = [];
    const heard: { event: unknown }[] = [];
    const receiver = await startWebhookReceiver({ secrets, onEvent: (webhook) => void heard.push({ event: webhook.event }) });
    try {
      const { registerWebhookSubscriber } = await ok(
        'mutation($i: RegisterWebhookSubscriberInput!) { registerWebhookSubscriber(input: $i) { secret } }',
        { i: { id: 'esp-breach', url: receiver.url, eventTypes: ['breach.notified'], purposes: [] } },
      );
      secrets.push(registerWebhookSubscriber.secret);
      // The window opens now: only what is written from here on is in it.
      await new Promise((r) => setTimeout(r, 20));
      const from = new Date();
      const customer = async (given: string, locale: string) => {
        const id = (
          await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', { input: { name: { given }, locale } })
        ).createProfile.id as string;
        await recordConsent(lp, id, 'marketing', 'GRANTED', { collectionPoint: 'breach-e2e' });
        return id;
      };
      const somchai = await customer('Somchai', 'th-TH');
      const emma = await customer('Emma', 'en-GB');
      const BREACH = 'id authorityOverdue notifiedCount scope { subjects categories } steps { type by { actor } }';
      const { openBreach } = await ok(
        `mutation($input: OpenBreachInput!) { openBreach(input: $input) { ${BREACH} } }`,
        {
          input: {
            title: 'Consent export sent to the wrong partner',
            description: 'A consent export of the last minutes reached a partner it was not meant for.',
            awareAt: new Date().toISOString(),
            window: {
              from: from.toISOString(),
              to: new Date(Date.now() + 1000).toISOString(),
              subgraphs: ['consent'],
              collections: ['consent_ledger'],
            },
          },
        },
        asDpo,
      );
      const id = openBreach.id;
      expect(openBreach.authorityOverdue).toBe(false);
      await ok(
        'mutation($id: ID!) { assessBreach(id: $id, risk: HIGH_RISK, note: "Consent records with contact details") { id } }',
        { id },
        asDpo,
      );
      const { scopeBreach } = await ok(`mutation($id: ID!) { scopeBreach(id: $id) { ${BREACH} } }`, { id }, asDpo);
      expect([...scopeBreach.scope.subjects].sort()).toEqual([somchai, emma].sort());
      await ok(
        'mutation($id: ID!) { decideBreachNotification(id: $id, input: { notifyAuthority: true, notifySubjects: true, reason: "High risk" }) { id } }',
        { id },
        asDpo,
      );
      const { notifyBreachSubjects } = await ok(
        `mutation($id: ID!, $m: [BreachMessageInput!]!) { notifyBreachSubjects(id: $id, messages: $m) { ${BREACH} } }`,
        {
          id,
          m: [
            { language: 'en', title: 'About your data', text: 'Your consent record reached a partner by mistake.' },
            { language: 'th', title: 'เกี่ยวกับข้อมูลของคุณ', text: 'บันทึกความยินยอมของคุณถูกส่งถึงคู่ค้าโดยไม่ได้ตั้งใจ' },
          ],
        },
        asDpo,
      );
      expect(notifyBreachSubjects.notifiedCount).toBe(2);

      // Each reads it in their own language, in their profile; nobody else's notice is theirs to read.
      const noticeOf = async (subject: string) =>
        (
          await ok(
            '{ me { breachNotices { breachId language title } } }',
            {},
            { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': subject },
          )
        ).me.breachNotices;
      expect(await noticeOf(somchai)).toEqual([{ breachId: id, language: 'th', title: 'เกี่ยวกับข้อมูลของคุณ' }]);
      expect(await noticeOf(emma)).toEqual([{ breachId: id, language: 'en', title: 'About your data' }]);
      const forbidden = await lp.query(
        'query($id: ID!) { profile(id: $id) { breachNotices { title } } }',
        { id: emma },
        {
          'x-dev-viewer-role': 'customer',
          'x-dev-viewer-subject': somchai,
        },
      );
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // The email tool heard each once, with the message to send in the customer's language.
      const deadline = Date.now() + 15_000;
      while (heard.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const told = heard.map(({ event }) => {
        const data = fieldOf(event, 'data');
        return [fieldOf(event, 'type'), fieldOf(event, 'subjectId'), fieldOf(data, 'language'), fieldOf(data, 'breachId')];
      });
      expect(told.map((e) => e.join(' ')).sort()).toEqual(
        [`breach.notified ${somchai} th ${id}`, `breach.notified ${emma} en ${id}`].sort(),
      );

      // The authority, then the record of every step.
      await ok(
        'mutation($id: ID!, $at: DateTime!) { recordAuthorityNotification(id: $id, input: { authority: "PDPC", reference: "PD-1", notifiedAt: $at }) { id } }',
        { id, at: new Date().toISOString() },
        asDpo,
      );
      const { closeBreach } = await ok(
        `mutation($id: ID!) { closeBreach(id: $id, note: "Partner deleted the file") { ${BREACH} } }`,
        { id },
        asDpo,
      );
      expect(closeBreach.steps.map((s: { type: string; by: { actor: string } }) => `${s.type}:${s.by.actor}`)).toEqual([
        'OPENED:dpo-1',
        'ASSESSED:dpo-1',
        'SCOPED:dpo-1',
        'DECIDED:dpo-1',
        'SUBJECTS_NOTIFIED:dpo-1',
        'AUTHORITY_NOTIFIED:dpo-1',
        'CLOSED:dpo-1',
      ]);
      const agentTry = await lp.query('{ breaches { id } }', {}, { 'x-dev-viewer-role': 'agent' });
      expect(agentTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await receiver.close();
    }
  });

  it('answers a breach question with the affected subjects and categories only', async () => {
    const from = new Date().toISOString();
    const { id } = await richCustomer('Breached');
    const to = new Date(Date.now() + 1000).toISOString();
    const impact = (
      await ok('query($i: BreachWindowInput!) { breachImpact(input: $i) { subjects count categories bySubgraph { subgraph count } } }', {
        i: { from, to, subgraphs: ['identity', 'consent'], collections: ['profiles', 'consent_ledger'] },
      })
    ).breachImpact;
    expect(impact.subjects).toContain(id);
    expect(impact.categories).toEqual(expect.arrayContaining(['contact details', 'consent decisions and their proof']));
    expect(impact.bySubgraph.map((p: { subgraph: string }) => p.subgraph)).toEqual(['consent', 'identity']);
    expect(JSON.stringify(impact)).not.toMatch(/breached@example\.com|GivenBreached/i);
    const early = (
      await ok('query($i: BreachWindowInput!) { breachImpact(input: $i) { subjects } }', {
        i: { from: '2020-01-01T00:00:00Z', to: '2020-01-02T00:00:00Z' },
      })
    ).breachImpact;
    expect(early.subjects).toEqual([]);
    const asAgent = await lp.query(
      'query($i: BreachWindowInput!) { breachImpact(input: $i) { count } }',
      { i: { from, to } },
      { 'x-dev-viewer-role': 'agent' },
    );
    expect(asAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists open requests for staff by deadline, nearest first', async () => {
    const grace = (await ok('{ profileByEmail(email: "grace@example.com") { id } }')).profileByEmail.id;
    const rectification = await open(grace, 'RECTIFICATION');
    await ok('mutation($id: ID!) { extendPrivacyRequest(id: $id, months: 2, reason: "Records are held by a third party") { id } }', {
      id: rectification,
    });
    await open(grace, 'ACCESS');
    const list = (await ok('{ privacyRequestsByDeadline { id type dueAt overdue } }')).privacyRequestsByDeadline as {
      id: string;
      dueAt: string;
    }[];
    const times = list.map((r) => new Date(r.dueAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(list.at(-1)!.id).toBe(rectification);
  });
});
