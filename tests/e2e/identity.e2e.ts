// Identity through the gateway: identifiers, rectification, merges seen from another subgraph,
// erasure, and what the database holds at rest.
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { describe, expect, it, inject } from 'vitest';
import { subjectRightsClient } from '#kit/subjectRightsClient.ts';
import { SUBGRAPH_NAMES } from '../../scripts/lib/stack.ts';
import { dumpDatabase, personalValues } from '../support/dump.ts';
import { ensurePurposes, recordConsent } from '../support/consent.ts';
import { useStack } from '../support/stack.ts';

const lp = useStack();

async function ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const result = await lp.query(query, variables, headers);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}
const create = async (input: Record<string, unknown>) =>
  (await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', { input })).createProfile.id as string;
const consent = (profileId: string, purpose: string, status: string) => recordConsent(lp, profileId, purpose, status);
const consentsOf = async (id: string) =>
  (await ok('query($id: ID!) { profile(id: $id) { id consents { purpose status } } }', { id })).profile as {
    id: string;
    consents: { purpose: string; status: string }[];
  };

describe('identity through the gateway', () => {
  it('finds a profile by a source system’s identifier, with other subgraphs’ data', async () => {
    await ensurePurposes(lp);
    const id = await create({ name: { given: 'Lin' }, identifiers: [{ source: 'loyalty', id: 'GOLD-77' }] });
    await consent(id, 'marketing', 'GRANTED');
    const found = await ok('{ profileByIdentifier(source: "loyalty", id: "GOLD-77") { id displayName consents { purpose status } } }');
    expect(found.profileByIdentifier).toEqual({ id, displayName: 'Lin', consents: [{ purpose: 'marketing', status: 'GRANTED' }] });
  });

  it('keeps rectified values in a history with who, why and where from', async () => {
    const id = await create({ name: { given: 'Jon', family: 'Smyth' } });
    await ok(
      'mutation($id: ID!) { rectifyProfile(id: $id, input: { name: { given: "John", family: "Smith" } }, reason: "spelling") { id } }',
      { id },
    );
    const { profile } = await ok(
      'query($id: ID!) { profile(id: $id) { displayName history { attribute previousValue reason changedBy { source channel } } } }',
      { id },
    );
    expect(profile).toEqual({
      displayName: 'John Smith',
      history: [
        {
          attribute: 'name',
          previousValue: { given: 'Jon', family: 'Smyth' },
          reason: 'spelling',
          changedBy: { source: 'development', channel: 'development' },
        },
      ],
    });
  });

  it('merges with consent never widened, and unmerges back, with consent data still attached', async () => {
    const survivor = await create({ emails: [{ address: 'pat@example.com', verified: true }] });
    // Both proved the address (the ESP by double opt-in): only verified contact points make duplicates.
    const merged = await create({
      emails: [{ address: 'pat@example.com', verified: true, verificationMethod: 'DOUBLE_OPT_IN' }],
      identifiers: [{ source: 'esp', id: 'PAT-1' }],
    });
    await consent(survivor, 'marketing', 'GRANTED');
    await consent(merged, 'marketing', 'WITHDRAWN');
    await consent(merged, 'newsletter', 'GRANTED');

    const dupes = await ok('query($id: ID!) { duplicateCandidates(profileId: $id) { profile { id } reasons } }', { id: survivor });
    expect(dupes.duplicateCandidates).toEqual([{ profile: { id: merged }, reasons: ['SAME_VERIFIED_EMAIL'] }]);

    await ok('mutation($s: ID!, $m: ID!) { mergeProfiles(survivorId: $s, mergedId: $m, reason: "customer confirmed") { id } }', {
      s: survivor,
      m: merged,
    });
    const afterMerge = await consentsOf(merged);
    expect(afterMerge).toEqual({
      id: survivor,
      consents: [
        { purpose: 'marketing', status: 'WITHDRAWN' },
        { purpose: 'newsletter', status: 'GRANTED' },
      ],
    });
    expect((await ok('{ profileByIdentifier(source: "esp", id: "PAT-1") { id } }')).profileByIdentifier.id).toBe(survivor);

    await ok('mutation($s: ID!, $m: ID!) { unmergeProfiles(survivorId: $s, mergedId: $m, reason: "two people after all") { id } }', {
      s: survivor,
      m: merged,
    });
    expect(await consentsOf(survivor)).toEqual({ id: survivor, consents: [{ purpose: 'marketing', status: 'GRANTED' }] });
    expect(await consentsOf(merged)).toEqual({
      id: merged,
      consents: [
        { purpose: 'marketing', status: 'WITHDRAWN' },
        { purpose: 'newsletter', status: 'GRANTED' },
      ],
    });
  });

  it('leaves no findable trace after erasure', async () => {
    const id = await create({
      name: { given: 'Vera' },
      emails: [{ address: 'vera@example.com' }],
      phones: [{ number: '+447700900777' }],
      identifiers: [{ source: 'crm', id: 'V-1' }],
    });
    await consent(id, 'marketing', 'GRANTED');
    for (const name of SUBGRAPH_NAMES) await subjectRightsClient(lp.origin(name), lp.signingKey).erase(id);

    const lookups = await ok(
      '{ byEmail: profileByEmail(email: "vera@example.com") { id } byContact: profilesByContact(email: "vera@example.com", phone: "+447700900777") { id } byId: profileByIdentifier(source: "crm", id: "V-1") { id } }',
    );
    expect(lookups).toEqual({ byEmail: null, byContact: [], byId: null });
    const { profile } = await ok(
      'query($id: ID!) { profile(id: $id) { status name { given } emails { address } identifiers { id } consents { purpose } } }',
      { id },
    );
    expect(profile).toEqual({ status: 'ERASED', name: null, emails: [], identifiers: [], consents: [] });
  });

  it('holds no personal value in plaintext in the identity database', async () => {
    const { values, input } = personalValues('Quartermaine');
    await create(input);
    const connection = await mongoose.createConnection(inject('mongoUri'), { dbName: `${lp.databasePrefix}_identity` }).asPromise();
    try {
      const raw = await dumpDatabase(connection);
      expect(raw).toContain('"status":"active"');
      for (const value of values) expect(raw, value).not.toContain(value.toLowerCase());
    } finally {
      await connection.close();
    }
  });

  it('resolves a customer who signs up to the profile the company already had, by a rule, and lets staff undo it', async () => {
    // Trusted: what staff entered (the development client) and what a customer's sign-in proved (the web client).
    await ok('mutation($input: ResolutionRuleInput!) { defineResolutionRule(input: $input) { id } }', {
      input: { id: 'staff-and-sign-in', evidence: ['VERIFIED_EMAIL'], trustedSources: ['development', 'development-web'] },
    });
    try {
      const known = await create({
        name: { given: 'Ines', family: 'Known' },
        emails: [{ address: 'ines@example.com', verified: true, verificationMethod: 'AGENT_CHECK' }],
        phones: [{ number: '+447700900555' }],
        identifiers: [{ source: 'loyalty', id: 'SILVER-5' }],
      });
      await consent(known, 'marketing', 'WITHDRAWN');
      await consent(known, 'newsletter', 'GRANTED');

      const subject = randomUUID();
      const asCustomer = { 'x-dev-viewer-role': 'customer', 'x-dev-viewer-subject': subject, 'x-dev-viewer-email': 'ines@example.com' };
      const { signUp } = await ok(
        'mutation($input: SignUpInput!) { signUp(input: $input) { id phones { number } identifiers { source id } } }',
        { input: { name: { given: 'Ines' }, locale: 'en-GB' } },
        asCustomer,
      );
      // Her own profile survives (her sign-in reaches it), with what the company knew; consent as she gave it, never widened.
      expect(signUp).toEqual({ id: subject, phones: [{ number: '+447700900555' }], identifiers: [{ source: 'loyalty', id: 'SILVER-5' }] });
      const { me } = await ok(
        '{ me { id mergedProfileIds consents { purpose status } merges { rule mergedBy { source } } } }',
        {},
        asCustomer,
      );
      expect(me).toEqual({
        id: subject,
        mergedProfileIds: [known],
        consents: [
          { purpose: 'marketing', status: 'WITHDRAWN' },
          { purpose: 'newsletter', status: 'GRANTED' },
        ],
        merges: [{ rule: 'staff-and-sign-in', mergedBy: { source: 'identity-resolution' } }],
      });
      const feed = await ok('query($since: DateTime!) { mergeChanges(since: $since) { type survivorId mergedProfileId reason } }', {
        since: new Date(Date.now() - 60_000).toISOString(),
      });
      expect(feed.mergeChanges).toContainEqual({
        type: 'MERGED',
        survivorId: subject,
        mergedProfileId: known,
        reason: 'automatic: rule staff-and-sign-in (the same verified email from development, development-web)',
      });

      // Staff find it was two people after all: undone like any merge, and not redone.
      await ok('mutation($s: ID!, $m: ID!) { unmergeProfiles(survivorId: $s, mergedId: $m, reason: "two people") { id } }', {
        s: subject,
        m: known,
      });
      const dupes = await ok('query($id: ID!) { duplicateCandidates(profileId: $id) { profile { id } separatedBefore } }', { id: subject });
      expect(dupes.duplicateCandidates).toEqual([{ profile: { id: known }, separatedBefore: true }]);
      expect((await consentsOf(known)).id).toBe(known);
    } finally {
      await ok('mutation { retireResolutionRule(id: "staff-and-sign-in") { id } }');
    }
  });
});
