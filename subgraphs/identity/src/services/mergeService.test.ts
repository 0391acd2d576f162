import { describe, expect, it } from 'vitest';
import { documentLocks } from '#kit/locks.ts';
import type { Viewer } from '#kit/viewer.ts';
import { testCrypto } from '../../../../tests/support/crypto.ts';
import { useSubgraph } from '../../../../tests/support/subgraphHarness.ts';
import { customerViewer } from '../../../../tests/support/viewers.ts';
import { createIdentitySubgraph } from '../server.ts';

const identity = useSubgraph('identity_merge', createIdentitySubgraph(testCrypto()));
const agent: Viewer = { subject: 'agent-1', roles: ['agent'], scopes: [], clientId: 'call-centre', channel: 'phone' };

const VIEW = `id status name { given family } emails { address verified } phones { number } identifiers { source id } mergedProfileIds
  history { attribute previousValue reason }`;
const create = async (input: Record<string, unknown>) =>
  (await identity.ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', { input })).createProfile
    .id as string;
const profile = async (id: string) => (await identity.ok(`query { profile(id: "${id}") { ${VIEW} } }`)).profile;
const merge = (survivorId: string, mergedId: string, viewer: Viewer = agent) =>
  identity.run(
    `mutation { mergeProfiles(survivorId: "${survivorId}", mergedId: "${mergedId}", reason: "same person, checked by phone") { id } }`,
    {},
    viewer,
  );
const unmerge = (survivorId: string, mergedId: string) =>
  identity.ok(
    `mutation { unmergeProfiles(survivorId: "${survivorId}", mergedId: "${mergedId}", reason: "different people") { id status } }`,
    {},
    agent,
  );
const byIdentifier = async (source: string, id: string) =>
  (await identity.ok(`query { profileByIdentifier(source: "${source}", id: "${id}") { id } }`)).profileByIdentifier?.id;
const rawStatus = async (id: string) => (await identity.database.connection.collection('profiles').findOne({ _id: id as never }))?.status;

describe('duplicates', () => {
  it('finds profiles sharing a verified contact point and says how; unverified ones never match', async () => {
    const a = await create({ emails: [{ address: 'dup@example.com', verified: true }], phones: [{ number: '+15550001111' }] });
    const b = await create({ emails: [{ address: 'DUP@example.com', verified: true }], phones: [{ number: '+1 555 000 1111' }] });
    // Holds both of a's contact points, unverified: whoever typed them in is no duplicate of a.
    await create({ emails: [{ address: 'dup@example.com' }], phones: [{ number: '+15550001111' }] });
    const found = await identity.ok(`query { duplicateCandidates(profileId: "${a}") { profile { id } reasons } }`, {}, agent);
    expect(found.duplicateCandidates).toEqual([{ profile: { id: b }, reasons: ['SAME_VERIFIED_EMAIL'] }]);
  });
});

describe('merge and unmerge', () => {
  it('combines two profiles by the stated rule and resolves the merged id to the survivor', async () => {
    const survivor = await create({
      name: { given: 'Jo', family: 'Old' },
      emails: [{ address: 'jo@example.com' }],
      identifiers: [{ source: 'crm', id: 'M-1' }],
    });
    const merged = await create({
      name: { given: 'Joanne', family: 'New' },
      emails: [{ address: 'JO@example.com', verified: true, verificationMethod: 'DOUBLE_OPT_IN' }, { address: 'work@example.com' }],
      phones: [{ number: '+447700900123' }],
      identifiers: [{ source: 'esp', id: 'S-1' }],
    });
    expect((await merge(survivor, merged)).errors).toBeUndefined();

    const result = await profile(survivor);
    expect(result).toMatchObject({
      id: survivor,
      status: 'ACTIVE',
      name: { given: 'Joanne', family: 'New' },
      emails: [
        { address: 'jo@example.com', verified: true },
        { address: 'work@example.com', verified: false },
      ],
      phones: [{ number: '+447700900123' }],
      identifiers: [
        { source: 'crm', id: 'M-1' },
        { source: 'esp', id: 'S-1' },
      ],
      mergedProfileIds: [merged],
      history: [
        { attribute: 'name', previousValue: { given: 'Jo', family: 'Old' }, reason: `merge of ${merged}: same person, checked by phone` },
      ],
    });
    expect((await profile(merged)).id).toBe(survivor);
    expect(await rawStatus(merged)).toBe('MERGED');
    expect(await byIdentifier('esp', 'S-1')).toBe(survivor);

    const feed = await identity.ok('query { mergeChanges(since: "2000-01-01T00:00:00Z") { type survivorId mergedProfileId } }');
    expect(feed.mergeChanges).toContainEqual({ type: 'MERGED', survivorId: survivor, mergedProfileId: merged });
    // Read day by day from a recent time, as a system that keeps up polls it.
    const recent = await identity.ok('query($since: DateTime!) { mergeChanges(since: $since) { type survivorId mergedProfileId } }', {
      since: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(recent.mergeChanges).toContainEqual({ type: 'MERGED', survivorId: survivor, mergedProfileId: merged });

    const [back, other] = (await unmerge(survivor, merged)).unmergeProfiles;
    expect([back, other]).toEqual([
      { id: survivor, status: 'ACTIVE' },
      { id: merged, status: 'ACTIVE' },
    ]);
    expect(await profile(survivor)).toMatchObject({
      name: { given: 'Jo', family: 'Old' },
      emails: [{ address: 'jo@example.com', verified: false }],
      phones: [],
      identifiers: [{ source: 'crm', id: 'M-1' }],
      mergedProfileIds: [],
    });
    expect(await profile(merged)).toMatchObject({ id: merged, name: { given: 'Joanne' }, identifiers: [{ source: 'esp', id: 'S-1' }] });
    expect(await byIdentifier('esp', 'S-1')).toBe(merged);
    const after = await identity.ok('query { mergeChanges(since: "2000-01-01T00:00:00Z") { type mergedProfileId } }');
    expect(after.mergeChanges).toContainEqual({ type: 'UNMERGED', mergedProfileId: merged });
  });

  it('follows chains: a profile merged into one that is merged again resolves to the last survivor', async () => {
    const a = await create({ identifiers: [{ source: 'crm', id: 'CH-A' }] });
    const b = await create({});
    const c = await create({});
    await merge(b, a);
    await merge(c, b);
    expect((await profile(a)).id).toBe(c);
    expect((await profile(c)).mergedProfileIds.sort()).toEqual([a, b].sort());
    await unmerge(c, b);
    expect((await profile(a)).id).toBe(b);
    expect(await byIdentifier('crm', 'CH-A')).toBe(b);
  });

  it('re-points profiles merged earlier only while holding their locks', async () => {
    const a = await create({});
    const b = await create({});
    const c = await create({});
    await merge(b, a);
    // Another replica holds a's lock (its outbox relay, say) for a moment.
    let release!: () => void;
    const other = documentLocks(identity.database.connection, 'profile');
    const held = other.run(a, () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => typeof release).toBe('function');
    let merged = false;
    const merging = merge(c, b).then((result) => {
      merged = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(merged).toBe(false); // waiting for a's lock
    release();
    await held;
    expect((await merging).errors).toBeUndefined();
    expect((await identity.database.connection.collection('profiles').findOne({ _id: a as never }))?.mergedInto).toBe(c);
  });

  it('finishes a merge that a crash interrupted after the survivor was written', async () => {
    const survivor = await create({});
    const merged = await create({ identifiers: [{ source: 'crm', id: 'CRASH-1' }] });
    await merge(survivor, merged);
    // Put the follow-up writes back as a crash right after the survivor's write would have left them.
    await identity.database.connection
      .collection('profiles')
      .updateOne({ _id: merged as never }, { $set: { status: 'ACTIVE', mergedInto: null } });
    await identity.database.connection.collection('identifier_claims').updateMany({ profileId: survivor }, { $set: { profileId: merged } });
    // The survivor's write had set its follow-up flag; nothing cleared it.
    await identity.database.connection.collection('profiles').updateOne({ _id: survivor as never }, { $set: { mergeFollowUp: true } });
    expect(await identity.context().merges.completePending()).toBe(1);
    expect(await rawStatus(merged)).toBe('MERGED');
    expect(await byIdentifier('crm', 'CRASH-1')).toBe(survivor);
    expect(await identity.context().merges.completePending()).toBe(0);
  });

  it('erases the whole merged person, whichever of their ids the request names', async () => {
    const survivor = await create({ name: { given: 'Keep' }, emails: [{ address: 'keep@example.com' }] });
    const merged = await create({
      name: { given: 'Gone' },
      emails: [{ address: 'gone@example.com' }],
      identifiers: [{ source: 'crm', id: 'GONE-1' }],
    });
    await merge(survivor, merged);
    const exported = await identity.subjectRights.export(merged);
    expect((exported.records.profiles as { id: string }[]).map((p) => p.id).sort()).toEqual([survivor, merged].sort());

    const report = await identity.subjectRights.erase(merged);
    expect(report.removed).toMatchObject({ subject_keys: 2, profiles: 2 });
    expect(await rawStatus(survivor)).toBe('ERASED');
    expect((await identity.ok('query { profilesByContact(email: "gone@example.com") { id } }')).profilesByContact).toEqual([]);
    expect(await byIdentifier('crm', 'GONE-1')).toBeUndefined();
  });

  it('refuses what must not be merged, with clear codes', async () => {
    const a = await create({});
    const b = await create({});
    const codeOf = async (result: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>) =>
      (await result).errors?.[0]?.extensions?.code;
    expect(await codeOf(merge(a, a))).toBe('BAD_USER_INPUT');
    expect(await codeOf(merge(a, b, customerViewer(a)))).toBe('FORBIDDEN');
    expect(await codeOf(merge(a, 'missing'))).toBe('NOT_FOUND');
    await merge(a, b);
    expect(await codeOf(merge(a, b))).toBe('CONFLICT');
    const c = await create({});
    await identity.subjectRights.restrict(c, true, { source: 'privacy', channel: 'internal', actor: null, at: new Date() });
    expect(await codeOf(merge(a, c))).toBe('RESTRICTED');
    const noReason = await identity.run(`mutation { mergeProfiles(survivorId: "${a}", mergedId: "${c}", reason: " ") { id } }`, {}, agent);
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
