import { provenanceSources } from '#kit/provenance.ts';
import { describe, expect, it } from 'vitest';
import { testCrypto } from '../../../tests/support/crypto.ts';
import { batchReadCost } from '../../../tests/support/database.ts';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { analystViewer, anonymousViewer, customerViewer } from '../../../tests/support/viewers.ts';
import type { Viewer } from '#kit/viewer.ts';
import { dumpDatabase, personalValues } from '../../../tests/support/dump.ts';
import { createIdentitySubgraph } from './server.ts';

const identity = useSubgraph('identity', createIdentitySubgraph(testCrypto()));
const agent: Viewer = { subject: 'agent-7', roles: ['agent'], scopes: [], clientId: 'call-centre', channel: 'phone' };
const crm: Viewer = { subject: null, roles: ['system'], scopes: [], clientId: 'crm', channel: 'batch' };

const FULL = `id status displayName email birthDate locale timeZone
  name { given family display provenance { source channel actor } }
  emails { id address verified verificationMethod primary provenance { source } }
  phones { id number verified primary }
  addresses { id lines city postalCode country primary }
  identifiers { source id provenance { source } }
  sources { attribute provenance { source } }
  history { attribute previousValue reason changedBy { source actor } }`;

const create = async (input: Record<string, unknown>, viewer?: Viewer) =>
  (await identity.ok(`mutation($input: CreateProfileInput!) { createProfile(input: $input) { ${FULL} } }`, { input }, viewer))
    .createProfile;

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('identity: profile core', () => {
  it('creates a profile with every attribute, each with its provenance', async () => {
    const profile = await create({
      name: { given: 'Mary', family: 'Jackson' },
      emails: [{ address: 'Mary@Example.com', verified: true, verificationMethod: 'DOUBLE_OPT_IN' }],
      phones: [{ number: '+442079460958' }],
      addresses: [{ lines: ['1 Engineering Way'], city: 'Hampton', postalCode: '23666', country: 'US' }],
      birthDate: '1921-04-09',
      locale: 'en-US',
      timeZone: 'America/New_York',
      identifiers: [{ source: 'crm', id: 'C-1921' }],
    });
    expect(profile).toMatchObject({
      status: 'ACTIVE',
      displayName: 'Mary Jackson',
      email: 'Mary@Example.com',
      birthDate: '1921-04-09',
      locale: 'en-US',
      timeZone: 'America/New_York',
      name: { given: 'Mary', family: 'Jackson', provenance: { source: 'test-suite', channel: 'test', actor: 'staff-1' } },
      emails: [{ address: 'Mary@Example.com', verified: true, verificationMethod: 'DOUBLE_OPT_IN', primary: true }],
      phones: [{ number: '+442079460958', verified: false, primary: true }],
      addresses: [{ lines: ['1 Engineering Way'], city: 'Hampton', country: 'US', primary: true }],
      identifiers: [{ source: 'crm', id: 'C-1921' }],
    });
    expect(profile.sources.map((s: { attribute: string }) => s.attribute.split(':')[0])).toEqual([
      'name',
      'birthDate',
      'locale',
      'timeZone',
      'email',
      'phone',
      'address',
      'identifier',
    ]);
  });

  it.each([
    ['email', { emails: [{ address: 'not-an-email' }] }],
    ['phone', { phones: [{ number: '0207 946 0958' }] }],
    ['country', { addresses: [{ lines: ['x'], city: 'y', country: 'XX' }] }],
    ['birth date', { birthDate: '1921-13-40' }],
    ['locale', { locale: 'not a locale' }],
    ['time zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['identifier source', { identifiers: [{ source: 'CRM SYSTEM', id: '1' }] }],
    ['empty address line', { addresses: [{ lines: [' '], city: 'y', country: 'GB' }] }],
  ])('rejects a bad %s with BAD_USER_INPUT', async (_, input) => {
    const result = await identity.run('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', { input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('identity: self-service sign-up', () => {
  const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${FULL} } }`;
  const signedIn = (subject: string, verifiedEmail?: string): Viewer => ({
    ...customerViewer(subject),
    ...(verifiedEmail ? { verifiedEmail } : {}),
  });

  it('creates the customer’s own profile under their sign-in, with the email their provider verified', async () => {
    const viewer = signedIn('idp-user-1', 'Newcomer@Example.com');
    const { signUp } = await identity.ok(SIGN_UP, { input: { name: { given: 'Nia', family: 'Newcomer' }, locale: 'en-GB' } }, viewer);
    expect(signUp).toMatchObject({
      id: 'idp-user-1',
      status: 'ACTIVE',
      displayName: 'Nia Newcomer',
      locale: 'en-GB',
      emails: [{ address: 'Newcomer@Example.com', verified: true, verificationMethod: 'IDENTITY_PROVIDER', primary: true }],
      name: { provenance: { source: 'web', channel: 'web', actor: 'idp-user-1' } },
    });
    // The same sign-in reads it as its own, and the verified email finds it.
    expect((await identity.ok('{ me { id } }', {}, viewer)).me.id).toBe('idp-user-1');
    expect((await identity.ok('{ profileByEmail(email: "newcomer@example.com") { id } }')).profileByEmail.id).toBe('idp-user-1');
  });

  it('signs up once: two sign-ups at the same moment make one profile, and the second is told it exists', async () => {
    const viewer = signedIn('idp-user-2', 'twice@example.com');
    const results = await Promise.all([1, 2, 3].map(() => identity.run(SIGN_UP, { input: {} }, viewer)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
  });

  it('needs a verified email from the sign-in, and is for customers only', async () => {
    expect(codeOf(await identity.run(SIGN_UP, { input: {} }, signedIn('idp-user-3')))).toBe('BAD_USER_INPUT');
    expect(codeOf(await identity.run(SIGN_UP, { input: {} }, signedIn('idp-user-3', 'not an email')))).toBe('BAD_USER_INPUT');
    expect(codeOf(await identity.run(SIGN_UP, { input: {} }, agent))).toBe('FORBIDDEN');
    expect(codeOf(await identity.run(SIGN_UP, { input: {} }, anonymousViewer))).toBe('UNAUTHENTICATED');
    const existing = await create({ emails: [{ address: 'staff-made@example.com' }] });
    expect(codeOf(await identity.run(SIGN_UP, { input: {} }, signedIn(existing.id, 'staff-made@example.com')))).toBe('CONFLICT');
  });
});

describe('identity: identifiers and lookups', () => {
  it('finds a profile by any identifier; a second claim is a CONFLICT, not an overwrite', async () => {
    const owner = await create({ identifiers: [{ source: 'loyalty', id: 'L-42' }] });
    const found = await identity.ok('query { profileByIdentifier(source: "loyalty", id: "L-42") { id } }');
    expect(found.profileByIdentifier.id).toBe(owner.id);
    const second = await identity.run('mutation { createProfile(input: { identifiers: [{ source: "loyalty", id: "L-42" }] }) { id } }');
    expect(codeOf(second)).toBe('CONFLICT');
    const other = await create({});
    const attach = await identity.run(
      `mutation { attachIdentifier(profileId: "${other.id}", input: { source: "loyalty", id: "L-42" }) { id } }`,
    );
    expect(codeOf(attach)).toBe('CONFLICT');
    expect((await identity.ok('query { profileByIdentifier(source: "loyalty", id: "L-42") { id } }')).profileByIdentifier.id).toBe(
      owner.id,
    );
  });

  it('lets a partner look up only by its own identifiers, and discloses nothing it cannot check with consent', async () => {
    await create({
      identifiers: [
        { source: 'acme-loyalty', id: 'M-7' },
        { source: 'crm', id: 'C-7' },
      ],
    });
    const partner: Viewer = { subject: null, roles: ['partner'], scopes: [], clientId: 'acme-loyalty', channel: 'partner' };
    const foreign = await identity.run('query { profileByIdentifier(source: "crm", id: "C-7") { id } }', {}, partner);
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    // Registered for nothing: nothing. Registered, but no consent service to ask (this subgraph on its own): nothing either.
    const own = 'query { profileByIdentifier(source: "acme-loyalty", id: "M-7") { id } }';
    expect(codeOf(await identity.run(own, {}, partner))).toBe('FORBIDDEN');
    const registered = { ...partner, purposes: [{ purpose: 'partner-sharing', channel: 'PARTNER' }] };
    expect(codeOf(await identity.run(own, {}, registered))).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it('frees an identifier when it is detached, keeping it in the history', async () => {
    const first = await create({ identifiers: [{ source: 'esp', id: 'S-1' }] });
    const detached = await identity.ok(
      `mutation { detachIdentifier(profileId: "${first.id}", input: { source: "esp", id: "S-1" }, reason: "wrong person") { identifiers { id } history { attribute previousValue reason } } }`,
    );
    expect(detached.detachIdentifier).toEqual({
      identifiers: [],
      history: [{ attribute: 'identifier', previousValue: { source: 'esp', id: 'S-1' }, reason: 'wrong person' }],
    });
    const second = await create({ identifiers: [{ source: 'esp', id: 'S-1' }] });
    expect((await identity.ok('query { profileByIdentifier(source: "esp", id: "S-1") { id } }')).profileByIdentifier.id).toBe(second.id);
  });

  it('takes over a claim left behind by a crash between the claim and the profile write', async () => {
    const claims = identity.database.connection.collection('identifier_claims');
    const { identifierIndex } = identity.context().service;
    await claims.insertOne({
      _id: identifierIndex({ source: 'shop', id: 'O-9' }) as never,
      profileId: 'never-written',
      source: 'shop',
      claimedAt: new Date(),
    });
    const profile = await create({ identifiers: [{ source: 'shop', id: 'O-9' }] });
    expect((await identity.ok('query { profileByIdentifier(source: "shop", id: "O-9") { id } }')).profileByIdentifier.id).toBe(profile.id);
  });

  it('finds profiles only by contact points that are verified there (an unverified one may be someone else’s)', async () => {
    // The older profile holds the address unverified: typed in by someone who is not its owner.
    await create({ emails: [{ address: 'twin@example.com' }], phones: [{ number: '+15550000001' }] });
    const verified = await create({ emails: [{ address: 'TWIN@example.com', verified: true }], phones: [{ number: '+15550000001' }] });
    const byEmail = await identity.ok('query { profilesByContact(email: "twin@example.com") { id } }');
    expect(byEmail.profilesByContact).toEqual([{ id: verified.id }]);
    expect((await identity.ok('query { profileByEmail(email: "twin@example.com") { id } }')).profileByEmail.id).toBe(verified.id);
    expect((await identity.ok('query { profilesByContact(phone: "+15550000001") { id } }')).profilesByContact).toEqual([]);
  });
});

describe('identity: rectification and history', () => {
  it('keeps the previous value, reason and author of each correction, visible to the customer', async () => {
    const { id } = await create({ name: { given: 'Katherin' }, birthDate: '1918-08-26', locale: 'en-US' });
    await identity.ok(
      `mutation { rectifyProfile(id: "${id}", input: { name: { given: "Katherine", family: "Johnson" }, locale: "en-US" }, reason: "typo") { id } }`,
      {},
      customerViewer(id),
    );
    const mine = await identity.ok(
      `query { me { name { given family } history { attribute previousValue reason changedBy { source actor } } } }`,
      {},
      customerViewer(id),
    );
    expect(mine.me).toEqual({
      name: { given: 'Katherine', family: 'Johnson' },
      history: [{ attribute: 'name', previousValue: { given: 'Katherin' }, reason: 'typo', changedBy: { source: 'web', actor: id } }],
    });
  });

  it('asks agents for a reason, and refuses source systems outside the upsert path', async () => {
    const { id } = await create({});
    expect(codeOf(await identity.run(`mutation { rectifyProfile(id: "${id}", input: { locale: "fr-FR" }) { id } }`, {}, agent))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (
        await identity.ok(
          `mutation { rectifyProfile(id: "${id}", input: { locale: "fr-FR" }, reason: "caller asked") { locale } }`,
          {},
          agent,
        )
      ).rectifyProfile.locale,
    ).toBe('fr-FR');
    expect(codeOf(await identity.run(`mutation { rectifyProfile(id: "${id}", input: { locale: "de-DE" }) { id } }`, {}, crm))).toBe(
      'FORBIDDEN',
    );
  });

  it('does not let customers mark their own contact points verified', async () => {
    const { id } = await create({});
    const result = await identity.run(
      `mutation { addEmail(profileId: "${id}", input: { address: "me@example.com", verified: true }) { id } }`,
      {},
      customerViewer(id),
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  });

  it('applies concurrent changes to one profile without losing any', async () => {
    const { id } = await create({});
    await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        identity.ok(`mutation { addEmail(profileId: "${id}", input: { address: "c${i}@example.com" }) { id } }`),
      ),
    );
    const emails = (await identity.ok(`query { profile(id: "${id}") { emails { address primary } } }`)).profile.emails;
    expect(emails.map((e: { address: string }) => e.address).sort()).toEqual([
      'c0@example.com',
      'c1@example.com',
      'c2@example.com',
      'c3@example.com',
    ]);
    expect(emails.filter((e: { primary: boolean }) => e.primary)).toHaveLength(1);
  });
});

describe('identity: access', () => {
  it('shows a customer their own profile and refuses anyone else’s with FORBIDDEN', async () => {
    const mine = await create({ emails: [{ address: 'own@example.com' }] });
    const other = await create({ emails: [{ address: 'other@example.com' }] });
    expect((await identity.ok(`query { profile(id: "${mine.id}") { email } }`, {}, customerViewer(mine.id))).profile.email).toBe(
      'own@example.com',
    );
    for (const query of [
      `query { profile(id: "${other.id}") { email } }`,
      'query { profileByEmail(email: "other@example.com") { id } }',
      'query { profileByIdentifier(source: "crm", id: "C-1921") { id } }',
      'query { profiles(first: 1) { nextCursor } }',
    ]) {
      expect(codeOf(await identity.run(query, {}, customerViewer(mine.id))), query).toBe('FORBIDDEN');
    }
    expect(
      codeOf(
        await identity.run(
          `mutation { rectifyProfile(id: "${other.id}", input: { locale: "en-GB" }) { id } }`,
          {},
          customerViewer(mine.id),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await identity.run(`query { profile(id: "${mine.id}") { id } }`, {}, anonymousViewer))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await identity.run(`mutation { rectifyProfile(id: "${mine.id}", input: { locale: "en-GB" }) { id } }`, {}, analystViewer)),
    ).toBe('FORBIDDEN');
  });

  it('shows analysts personal values masked, unless their scope allows them', async () => {
    const profile = await create({
      name: { given: 'Katherine', family: 'Johnson' },
      emails: [{ address: 'katherine@example.com' }],
      phones: [{ number: '+15555550123' }],
      addresses: [{ lines: ['1 Langley Blvd'], city: 'Hampton', postalCode: '23666', country: 'US' }],
      birthDate: '1918-08-26',
      identifiers: [{ source: 'crm', id: 'C-1918' }],
    });
    await identity.ok(`mutation { rectifyProfile(id: "${profile.id}", input: { locale: "en-US" }) { id } }`);
    const read = `query { profile(id: "${profile.id}") { ${FULL} age country } }`;

    const masked = (await identity.ok(read, {}, analystViewer)).profile;
    expect(masked).toMatchObject({
      displayName: 'K*** J***',
      name: { given: 'K***', family: 'J***' },
      email: 'k***@example.com',
      emails: [{ address: 'k***@example.com' }],
      phones: [{ number: '+15***23' }],
      addresses: [{ lines: ['***'], city: 'Hampton', postalCode: '23***', country: 'US' }],
      birthDate: null,
      identifiers: [{ source: 'crm', id: 'C***' }],
      country: 'US',
    });
    expect(masked.age).toBeGreaterThan(100);
    expect(masked.history.every((h: { previousValue: unknown }) => h.previousValue === null)).toBe(true);
    expect(JSON.stringify(masked)).not.toMatch(/Katherine|Johnson|katherine@|5550123|Langley|1918-08-26|C-1918/);

    const unmasked = (await identity.ok(read, {}, { ...analystViewer, scopes: ['personal-data:read'] })).profile;
    expect(unmasked).toMatchObject({ displayName: 'Katherine Johnson', email: 'katherine@example.com', birthDate: '1918-08-26' });
    expect((await identity.ok(read, {}, agent)).profile.email).toBe('katherine@example.com');
  });

  it('resolves a batch of references with one batch read for profiles and one for their keys', async () => {
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) => create({ name: { display: `Batch ${i}` } }).then((p) => p.id as string)),
    );
    let data: Record<string, any> = {};
    const commands = await identity.commandsDuring(async () => {
      data = await identity.ok(entitiesQuery('displayName'), { representations: representations([...ids, 'missing']) });
    });
    expect(commands).toEqual({ find: 2 * batchReadCost(identity.database, 21) });
    expect(data._entities.slice(0, 20).map((p: { id: string }) => p.id)).toEqual(ids);
    expect(data._entities[20]).toBeNull();
  });
});

describe('identity: personal data at rest', () => {
  it('stores no personal value in plaintext anywhere in the database', async () => {
    const { values, input } = personalValues('Hopper');
    await create(input);
    const raw = await dumpDatabase(identity.database.connection);
    expect(raw).toContain('"status":"active"');
    for (const value of values) expect(raw, value).not.toContain(value.toLowerCase());
  });
});

describe('identity: subject rights', () => {
  it('restriction refuses processing with RESTRICTED but still allows rectification', async () => {
    const { id } = await create({});
    const provenance = { source: 'privacy', channel: 'internal', actor: null, at: new Date() };
    expect((await identity.subjectRights.restrict(id, true, provenance)).restricted).toBe(true);
    expect(codeOf(await identity.run(`mutation { addEmail(profileId: "${id}", input: { address: "r@example.com" }) { id } }`))).toBe(
      'RESTRICTED',
    );
    expect(
      (await identity.ok(`mutation { rectifyProfile(id: "${id}", input: { locale: "en-GB" }) { status locale } }`)).rectifyProfile,
    ).toEqual({
      status: 'RESTRICTED',
      locale: 'en-GB',
    });
    expect((await identity.subjectRights.restrict(id, false, provenance)).restricted).toBe(false);
    expect(
      (await identity.ok(`mutation { addEmail(profileId: "${id}", input: { address: "r@example.com" }) { status } }`)).addEmail.status,
    ).toBe('ACTIVE');
  });

  it('exports decrypted data with history, then erasure leaves no findable trace', async () => {
    const { id } = await create({
      name: { given: 'Erin' },
      emails: [{ address: 'erin@example.com', verified: true }],
      identifiers: [{ source: 'crm', id: 'E-1' }],
    });
    await identity.ok(`mutation { rectifyProfile(id: "${id}", input: { name: { given: "Erin", family: "Erased" } }) { id } }`);
    const exported = await identity.subjectRights.export(id);
    expect(exported.records.profiles).toEqual([
      expect.objectContaining({
        id,
        name: expect.objectContaining({ family: 'Erased' }),
        history: [expect.objectContaining({ previous: { given: 'Erin' } })],
      }),
    ]);

    // Where it came from, read from the provenance alone: the sources the decrypted export names.
    const { sources } = await identity.subjectRights.inventory(id);
    expect(sources).toEqual(provenanceSources(exported.records));
    expect(sources!.length).toBeGreaterThan(0);

    const probe = { emails: ['ERIN@example.com'], identifiers: [{ source: 'crm', id: 'E-1' }] };
    expect(await identity.subjectRights.locate!(probe)).toEqual([id]);
    // Someone else who typed the same address, unconfirmed, is not found by it (it finds nobody).
    await create({ name: { given: 'Other' }, emails: [{ address: 'erin@example.com' }] });
    expect(await identity.subjectRights.locate!({ emails: ['erin@example.com'] })).toEqual([id]);
    const report = await identity.subjectRights.erase(id);
    expect(report.removed).toEqual({ subject_keys: 1, identifier_claims: 1, profiles: 1, retention_log: 0 });
    expect(await identity.subjectRights.locate!(probe)).toEqual([]);
    expect((await identity.ok('query { profileByEmail(email: "erin@example.com") { id } }')).profileByEmail).toBeNull();
    expect((await identity.ok('query { profileByIdentifier(source: "crm", id: "E-1") { id } }')).profileByIdentifier).toBeNull();
    const tombstone = (
      await identity.ok(`query { profile(id: "${id}") { status name { given } emails { address } history { attribute } } }`)
    ).profile;
    expect(tombstone).toEqual({ status: 'ERASED', name: null, emails: [], history: [] });
    expect((await identity.subjectRights.inventory(id)).holds).toEqual([]);
    expect(codeOf(await identity.run(`mutation { rectifyProfile(id: "${id}", input: { locale: "en-GB" }) { id } }`))).toBe('NOT_FOUND');
  });
});

describe('identity: the profile list', () => {
  it('pages through every live profile once, in bucket order, leaving out erased and merged ones', async () => {
    const created = await Promise.all(Array.from({ length: 12 }, (_, i) => create({ emails: [{ address: `list-${i}@example.com` }] })));
    const ids = created.map((p: { id: string }) => p.id);
    await identity.subjectRights.erase(ids[0]!);
    await identity.ok(`mutation { mergeProfiles(survivorId: "${ids[1]}", mergedId: "${ids[2]}", reason: "same") { id } }`);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 200; page += 1) {
      const result = (await identity.ok('query($after: ID) { profiles(first: 5, after: $after) { profiles { id } nextCursor } }', {
        after,
      })) as { profiles: { profiles: { id: string }[]; nextCursor: string | null } };
      seen.push(...result.profiles.profiles.map((p) => p.id));
      after = result.profiles.nextCursor;
      if (!after) break;
    }
    expect(new Set(seen).size).toBe(seen.length); // none twice
    expect(ids.filter((id) => seen.includes(id)).sort()).toEqual(ids.filter((_, i) => i !== 0 && i !== 2).sort());
  }, 30_000);
});

describe('identity: contact points', () => {
  it('holds up to 25 emails and phones together, and refuses more with BAD_USER_INPUT', async () => {
    const emails = Array.from({ length: 20 }, (_, i) => ({ address: `many-${i}@example.com` }));
    const phones = Array.from({ length: 5 }, (_, i) => ({ number: `+4420794609${String(i).padStart(2, '0')}` }));
    const full = await create({ emails, phones });
    expect(full.emails).toHaveLength(20);
    const more = await identity.run(`mutation { addEmail(profileId: "${full.id}", input: { address: "one-more@example.com" }) { id } }`);
    expect(codeOf(more)).toBe('BAD_USER_INPUT');
    expect(more.errors?.[0]?.message).toMatch(/at most 25 emails and phones/);
    const tooMany = await identity.run('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: {
        emails: [...emails, { address: 'extra@example.com' }].map((e, i) => ({ address: e.address.replace('@', `-b${i}@`) })),
        phones,
      },
    });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    // The profile that holds 25 is still written as any other (the embedded database indexes them all).
    const rectified = await identity.ok(`mutation { rectifyProfile(id: "${full.id}", input: { locale: "en-GB" }) { locale } }`);
    expect(rectified.rectifyProfile.locale).toBe('en-GB');
  });
});
