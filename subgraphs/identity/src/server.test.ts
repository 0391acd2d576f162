import { describe, expect, it } from 'vitest';
import { entitiesQuery, representations, useSubgraph } from '../../../tests/support/subgraphHarness.ts';
import { analystViewer, anonymousViewer, customerViewer } from '../../../tests/support/viewers.ts';
import { createIdentitySubgraph } from './server.ts';

const identity = useSubgraph('identity', createIdentitySubgraph);

const create = async (input: Record<string, unknown>) =>
  (await identity.ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', { input })).createProfile
    .id as string;

describe('identity subgraph', () => {
  it('creates a profile with provenance from the viewer', async () => {
    const result = await identity.ok(
      'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id email displayName status lastChangedBy { source channel actor } } }',
      { input: { email: 'Mary@Example.com', displayName: 'Mary Jackson' } },
    );
    expect(result.createProfile).toMatchObject({
      email: 'Mary@Example.com',
      displayName: 'Mary Jackson',
      status: 'ACTIVE',
      lastChangedBy: { source: 'test-suite', channel: 'test', actor: 'staff-1' },
    });
  });

  it('finds a profile by email case-insensitively, and refuses a second profile with that email', async () => {
    const id = await create({ email: 'dorothy@example.com' });
    const found = await identity.ok('query { profileByEmail(email: "DOROTHY@example.com") { id } }');
    expect(found.profileByEmail.id).toBe(id);
    const duplicate = await identity.run('mutation { createProfile(input: { email: "Dorothy@Example.com" }) { id } }');
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(duplicate.errors?.[0]?.message).not.toContain('dorothy');
  });

  it('allows many profiles without an email', async () => {
    await create({ displayName: 'No email 1' });
    await create({ displayName: 'No email 2' });
  });

  it('rejects an invalid email with BAD_USER_INPUT', async () => {
    const result = await identity.run('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { email: 'not-an-email' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a batch of references with one database query', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => create({ displayName: `Batch ${i}` })));
    let data: Record<string, any> = {};
    const commands = await identity.commandsDuring(async () => {
      data = await identity.ok(entitiesQuery('displayName'), { representations: representations([...ids, 'missing']) });
    });
    expect(commands).toEqual({ find: 1 });
    expect(data._entities.slice(0, 20).map((p: { id: string }) => p.id)).toEqual(ids);
    expect(data._entities[20]).toBeNull();
  });

  it('pages through profiles in id order for staff only', async () => {
    const first = await identity.ok('query { profiles(first: 2) { profiles { id } nextCursor } }', {}, analystViewer);
    const second = await identity.ok('query($after: ID) { profiles(first: 2, after: $after) { profiles { id } } }', {
      after: first.profiles.nextCursor,
    });
    const ids = [...first.profiles.profiles, ...second.profiles.profiles].map((p: { id: string }) => p.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
    const customer = await identity.run('query { profiles(first: 2) { nextCursor } }', {}, customerViewer('p-1'));
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await identity.run('query { profiles(first: 501) { nextCursor } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets customers see and change only their own profile', async () => {
    const mine = await create({ email: 'katherine.g@example.com' });
    const other = await create({ email: 'someone.else@example.com' });
    expect((await identity.ok(`query { profile(id: "${mine}") { id } }`, {}, customerViewer(mine))).profile.id).toBe(mine);
    const denied = await identity.run(`query { profile(id: "${other}") { email } }`, {}, customerViewer(mine));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Looking up someone else's email answers as if it did not exist.
    expect(
      (await identity.ok('query { profileByEmail(email: "someone.else@example.com") { id } }', {}, customerViewer(mine))).profileByEmail,
    ).toBeNull();
    const update = await identity.run(
      `mutation { updateProfile(id: "${other}", input: { displayName: "x" }) { id } }`,
      {},
      customerViewer(mine),
    );
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await identity.run(`query { profile(id: "${mine}") { id } }`, {}, anonymousViewer);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('updates and clears fields, and reports NOT_FOUND for an unknown profile', async () => {
    const id = await create({ email: 'before@example.com', displayName: 'Before' });
    const updated = await identity.ok(
      `mutation { updateProfile(id: "${id}", input: { email: "after@example.com", displayName: null }) { email displayName } }`,
    );
    expect(updated.updateProfile).toEqual({ email: 'after@example.com', displayName: null });
    expect((await identity.ok('query { profileByEmail(email: "before@example.com") { id } }')).profileByEmail).toBeNull();
    const missing = await identity.run('mutation { updateProfile(id: "nope", input: { displayName: "x" }) { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('exports, inventories and erases a subject through the contract', async () => {
    const id = await create({ email: 'erase.me@example.com', displayName: 'Erase Me' });
    const exported = await identity.subjectRights.export(id);
    expect(exported.records.profiles).toEqual([expect.objectContaining({ _id: id, email: 'erase.me@example.com' })]);
    expect((await identity.subjectRights.inventory(id)).holds).toEqual([expect.objectContaining({ collection: 'profiles', count: 1 })]);
    expect((await identity.subjectRights.erase(id)).removed.profiles).toBe(1);
    expect((await identity.subjectRights.inventory(id)).holds).toEqual([]);
    expect((await identity.ok(`query { profile(id: "${id}") { id } }`)).profile).toBeNull();
  });
});
