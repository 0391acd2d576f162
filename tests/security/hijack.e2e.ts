// Security regression: a customer cannot take over other people's data. They used to be able to
// attach a source system's identifier (`crm:C-1`) to their own profile and receive that system's
// next sync of whoever C-1 is; and to type someone else's email into their older profile, which
// an agent's lookup by that email then returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../../scripts/lib/webhookReceiver.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack({ env: { WEBHOOK_RELAY_INTERVAL_MS: '50', OUTBOX_INTERVAL_MS: '50' } });

const asCustomer = (id: string) => ({ 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': id });
const asAgent = { 'x-dev-viewer-role': 'agent', 'x-dev-viewer-subject': 'agent-7' };

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const codeOf = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
  (await lp.query(query, variables, headers)).errors?.[0]?.extensions?.code;

const newCustomer = async (email: string, verified = true) =>
  (
    await ok('mutation($e: EmailAddress!, $v: Boolean) { createProfile(input: { emails: [{ address: $e, verified: $v }] }) { id } }', {
      e: email,
      v: verified,
    })
  ).createProfile.id as string;

const ATTACH =
  'mutation($p: ID!, $s: String!, $i: String!, $r: String) { attachIdentifier(profileId: $p, input: { source: $s, id: $i }, reason: $r) { id } }';

describe('identifiers belong to the system that issued them', () => {
  it('refuses a customer attaching a CRM or partner identifier, so a later sync cannot land in their profile', async () => {
    const attacker = await newCustomer('mallory@example.com');
    for (const source of ['crm', 'acme-loyalty']) {
      expect(await codeOf(ATTACH, { p: attacker, s: source, i: 'C-1' }, asCustomer(attacker))).toBe('FORBIDDEN');
    }
    // The CRM then syncs the real C-1: a new profile, not the attacker's.
    const sync = await ok(
      `mutation { upsertProfilesFromSource(source: "crm", records: [{ eventId: "crm-1", identifier: { source: "crm", id: "C-1" },
         name: { given: "Grace" }, emails: [{ address: "grace.real@example.com", verified: true }] }]) { status profileId } }`,
    );
    expect(sync.upsertProfilesFromSource[0]).toMatchObject({ status: 'CREATED' });
    expect(sync.upsertProfilesFromSource[0].profileId).not.toBe(attacker);
    const me = await ok('{ me { emails { address } identifiers { source id } } }', {}, asCustomer(attacker));
    expect(me.me).toEqual({ emails: [{ address: 'mallory@example.com' }], identifiers: [] });
    expect(
      await codeOf(
        'mutation($p: ID!) { detachIdentifier(profileId: $p, input: { source: "crm", id: "C-1" }) { id } }',
        { p: attacker },
        asCustomer(attacker),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets staff attach one with a reason', async () => {
    const customer = await newCustomer('linked@example.com');
    expect(await codeOf(ATTACH, { p: customer, s: 'crm', i: 'C-2' }, asAgent)).toBe('BAD_USER_INPUT');
    await ok(ATTACH, { p: customer, s: 'crm', i: 'C-2', r: 'customer showed their CRM card on the phone' }, asAgent);
  });
});

describe('an email someone typed in is not theirs until they prove it', () => {
  let esp: WebhookReceiver;
  let everything: WebhookReceiver;
  const sent: ReceivedWebhook[] = [];
  const all: ReceivedWebhook[] = [];
  beforeAll(async () => {
    const espSecrets: string[] = [];
    const allSecrets: string[] = [];
    esp = await startWebhookReceiver({ secrets: espSecrets, onEvent: (w) => void sent.push(w) });
    everything = await startWebhookReceiver({ secrets: allSecrets, onEvent: (w) => void all.push(w) });
    const register = 'mutation($i: RegisterWebhookSubscriberInput!) { registerWebhookSubscriber(input: $i) { secret } }';
    espSecrets.push(
      (await ok(register, { i: { id: 'esp-transactional', url: esp.url, eventTypes: ['contact.verification_requested'], purposes: [] } }))
        .registerWebhookSubscriber.secret,
    );
    allSecrets.push(
      (await ok(register, { i: { id: 'warehouse', url: everything.url, eventTypes: ['*'], purposes: [] } })).registerWebhookSubscriber
        .secret,
    );
  });
  afterAll(async () => {
    await esp?.close();
    await everything?.close();
  });

  const codeSentTo = async (subjectId: string) => {
    for (let i = 0; i < 100; i += 1) {
      const event = sent
        .map((w) => w.event as { subjectId: string; data: Record<string, string> })
        .findLast((e) => e.subjectId === subjectId);
      if (event) return event.data;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no verification code was sent');
  };

  it('does not let an agent’s lookup find the squatter, and sends the owner of the address a code to prove it', async () => {
    const attacker = await newCustomer('squatter@example.com');
    const victim = await newCustomer('victim@example.com');
    const add =
      'mutation($p: ID!, $e: EmailAddress!) { addEmail(profileId: $p, input: { address: $e }) { emails { id address verified } } }';
    const added = await ok(add, { p: attacker, e: 'victim@example.com' }, asCustomer(attacker));
    expect(added.addEmail.emails).toContainEqual(expect.objectContaining({ address: 'victim@example.com', verified: false }));

    const lookup = await ok('{ profileByEmail(email: "victim@example.com") { id } }', {}, asAgent);
    expect(lookup.profileByEmail.id).toBe(victim);
    const byContact = await ok('{ profilesByContact(email: "victim@example.com") { id } }', {}, asAgent);
    expect(byContact.profilesByContact).toEqual([{ id: victim }]);
    expect(
      (await ok('query($p: ID!) { duplicateCandidates(profileId: $p) { profile { id } } }', { p: victim }, asAgent)).duplicateCandidates,
    ).toEqual([]);

    // The code went to the address (the ESP sends it), not to anyone who subscribed to everything.
    const message = await codeSentTo(attacker);
    expect(message).toMatchObject({ kind: 'email', to: 'victim@example.com', code: expect.stringMatching(/^\d{6}$/) });
    expect(JSON.stringify(all.map((w) => w.event))).not.toContain(message.code!);
  });

  it('verifies with the right code, and five wrong ones spend it', async () => {
    const customer = await newCustomer('first@example.com');
    const add = 'mutation($p: ID!) { addEmail(profileId: $p, input: { address: "second@example.com" }) { emails { id address } } }';
    const { addEmail } = await ok(add, { p: customer }, asCustomer(customer));
    const contactId = addEmail.emails.find((e: { address: string }) => e.address === 'second@example.com').id;
    const { code } = await codeSentTo(customer);
    expect(await ok('{ profileByEmail(email: "second@example.com") { id } }', {}, asAgent)).toEqual({ profileByEmail: null });

    const confirm =
      'mutation($p: ID!, $c: ID!, $code: String!) { confirmContactPoint(profileId: $p, contactId: $c, code: $code) { emails { address verified verificationMethod } } }';
    const wrong = code === '000000' ? '000001' : '000000';
    expect(await codeOf(confirm, { p: customer, c: contactId, code: wrong }, asCustomer(customer))).toBe('BAD_USER_INPUT');
    const confirmed = await ok(confirm, { p: customer, c: contactId, code }, asCustomer(customer));
    expect(confirmed.confirmContactPoint.emails).toContainEqual({
      address: 'second@example.com',
      verified: true,
      verificationMethod: 'ONE_TIME_CODE',
    });
    expect((await ok('{ profileByEmail(email: "second@example.com") { id } }', {}, asAgent)).profileByEmail.id).toBe(customer);

    const other = await ok(
      'mutation($p: ID!) { addEmail(profileId: $p, input: { address: "third@example.com" }) { emails { id address } } }',
      { p: customer },
      asCustomer(customer),
    );
    const thirdId = other.addEmail.emails.find((e: { address: string }) => e.address === 'third@example.com').id;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const third = await codeSentTo(customer);
    for (let i = 0; i < 5; i += 1) {
      expect(
        await codeOf(confirm, { p: customer, c: thirdId, code: third.code === '111111' ? '222222' : '111111' }, asCustomer(customer)),
      ).toBe('BAD_USER_INPUT');
    }
    const spent = await lp.query(confirm, { p: customer, c: thirdId, code: third.code }, asCustomer(customer));
    expect(spent.errors?.[0]?.message).toMatch(/expired or was used up/);
  });
});
