// A write about a profile nobody has is refused with NOT_FOUND in every subgraph, and nothing is
// stored; identity (the one source of profile ids) is asked once per profile, not once per write.
import mongoose from 'mongoose';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ensurePurposes, espUnsubscribe } from '../support/consent.ts';
import { dumpDatabase } from '../support/dump.ts';
import { useStack, type TestStack } from '../support/stack.ts';

const lp = useStack();
const GHOST = 'no-such-profile';

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const result = await lp.query(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const codeOf = async (query: string, variables: Record<string, unknown>) =>
  (await lp.query(query, variables)).errors?.[0]?.extensions?.code;
const newProfile = async (given: string) =>
  (await ok('mutation($g: String!) { createProfile(input: { name: { given: $g } }) { id } }', { g: given })).createProfile.id as string;

/** The profile-directory counters of one subgraph, read from its /metrics. */
async function lookups(stack: TestStack, name: 'consent' | 'preference' | 'offer' | 'privacy') {
  const text = await (await fetch(`${stack.origin(name)}/metrics`)).text();
  const read = (series: string) => Number(text.match(new RegExp(`${series}\\{subgraph="${name}"\\} (\\d+)`))?.[1] ?? NaN);
  return { asked: read('living_profile_profile_lookups_total'), remembered: read('living_profile_profile_lookups_remembered_total') };
}

const RECORD_CONSENT = `mutation($id: ID!) { recordConsent(input: { profileId: $id, purpose: "marketing", channel: EMAIL, status: GRANTED,
  proof: { noticeVersion: 1, collectionPoint: "e2e", method: CHECKBOX } }) { seq } }`;
const WRITES: [string, string][] = [
  ['consent: recordConsent', RECORD_CONSENT],
  ['consent: setObjection', 'mutation($id: ID!) { setObjection(profileId: $id, purpose: "marketing", objected: true) { id } }'],
  ['consent: setAutomatedDecisionOptOut', 'mutation($id: ID!) { setAutomatedDecisionOptOut(profileId: $id, optedOut: true) { id } }'],
  ['preference: setPreferences', 'mutation($id: ID!) { setPreferences(input: { profileId: $id, language: "en-GB" }) { id } }'],
  ['preference: setInterest', 'mutation($id: ID!) { setInterest(profileId: $id, topic: "recipes", interested: true) { id } }'],
  ['offer: dismissOffer', 'mutation($id: ID!) { dismissOffer(profileId: $id, offerId: "weekly-recipes") { id } }'],
  ['privacy: openPrivacyRequest', 'mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: ACCESS }) { id } }'],
];

beforeAll(async () => {
  await ensurePurposes(lp, ['marketing']);
  await ok('mutation { upsertTopic(input: { id: "recipes", name: "Recipes", description: "Recipes" }) { id } }');
  await ok(
    'mutation { upsertOffer(input: { id: "weekly-recipes", title: "Weekly recipes", description: "d", channels: [EMAIL], topics: ["recipes"], validFrom: "2020-01-01T00:00:00Z", status: ACTIVE }) { id } }',
  );
});

describe('writes about a profile that does not exist', () => {
  it.each(WRITES)('%s answers NOT_FOUND', async (_write, mutation) => {
    expect(await codeOf(mutation, { id: GHOST })).toBe('NOT_FOUND');
  });

  it('rejects only the import records and sends that name no profile, checking them all in one call', async () => {
    const real = await newProfile('Imogen');
    const before = await lookups(lp, 'consent');
    const { importConsents } = await ok(
      'mutation($r: [ConsentImportRecord!]!) { importConsents(source: "esp", records: $r) { recordId status code } }',
      {
        r: [espUnsubscribe(real, 'r-1', 'esp footer', { list: 'weekly' }), espUnsubscribe(GHOST, 'r-2', 'esp footer', { list: 'weekly' })],
      },
    );
    expect(importConsents).toEqual([
      { recordId: 'r-1', status: 'IMPORTED', code: null },
      { recordId: 'r-2', status: 'REJECTED', code: 'NOT_FOUND' },
    ]);
    expect((await lookups(lp, 'consent')).asked - before.asked).toBe(1);

    const sent = (sendId: string, profileId: string) => ({
      sendId,
      profileId,
      channel: 'EMAIL',
      topic: 'recipes',
      sentAt: new Date().toISOString(),
    });
    const { recordSends } = await ok(
      'mutation($s: [SendInput!]!) { recordSends(source: "esp", sends: $s) { recorded alreadyRecorded unknownProfiles } }',
      { s: [sent('s-1', real), sent('s-2', GHOST)] },
    );
    expect(recordSends).toEqual({ recorded: 1, alreadyRecorded: 0, unknownProfiles: 1 });
  });

  it('stores nothing about it anywhere', async () => {
    const connection = await mongoose.createConnection(inject('mongoUri')).asPromise();
    try {
      for (const name of ['consent', 'preference', 'offer', 'privacy']) {
        expect(await dumpDatabase(connection.useDb(`${lp.databasePrefix}_${name}`)), name).not.toContain(GHOST);
      }
    } finally {
      await connection.close();
    }
  });
});

describe('the check costs one call per profile, not one per write', () => {
  it('asks identity about a profile once, then answers from memory', async () => {
    const id = await newProfile('Remy');
    const before = await lookups(lp, 'consent');
    for (let i = 0; i < 3; i += 1) await ok(RECORD_CONSENT, { id });
    const after = await lookups(lp, 'consent');
    expect([after.asked - before.asked, after.remembered - before.remembered]).toEqual([1, 2]);
  });

  it('refuses writes about an erased profile, in the replicas that erased it at once', async () => {
    const id = await newProfile('Erin');
    await ok(RECORD_CONSENT, { id });
    await ok('mutation($id: ID!) { setPreferences(input: { profileId: $id, language: "en-GB" }) { id } }', { id });
    const request = (await ok('mutation($id: ID!) { openPrivacyRequest(input: { profileId: $id, type: ERASURE }) { id } }', { id }))
      .openPrivacyRequest.id;
    const deadline = Date.now() + 20_000;
    while ((await ok('query($r: ID!) { privacyRequest(id: $r) { status } }', { r: request })).privacyRequest.status !== 'COMPLETED') {
      if (Date.now() > deadline) throw new Error('the erasure did not complete');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await codeOf(RECORD_CONSENT, { id })).toBe('NOT_FOUND');
    expect(await codeOf(WRITES[3]![1], { id })).toBe('NOT_FOUND');
  });

  it('says identity is unavailable when it cannot ask, and changes nothing', async () => {
    const known = await newProfile('Kit');
    await ok(RECORD_CONSENT, { id: known });
    const unseen = await newProfile('Una');
    await lp.stack.subgraphs.identity.process.stop();
    try {
      expect(await codeOf(RECORD_CONSENT, { id: unseen })).toBe('SUBGRAPH_UNAVAILABLE');
      // A profile this replica already knows keeps working while identity is away.
      await ok(RECORD_CONSENT, { id: known });
    } finally {
      await lp.stack.restart('identity');
    }
    await ok(RECORD_CONSENT, { id: unseen });
  });
});
