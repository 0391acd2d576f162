import { describe, expect, it } from 'vitest';
import type { Viewer } from '#kit/viewer.ts';
import { testCrypto } from '../../../../tests/support/crypto.ts';
import { batchReadCost } from '../../../../tests/support/database.ts';
import { useSubgraph } from '../../../../tests/support/subgraphHarness.ts';
import { customerViewer } from '../../../../tests/support/viewers.ts';
import { createIdentitySubgraph } from '../server.ts';

const identity = useSubgraph('identity_sync', createIdentitySubgraph(testCrypto()));
const crm: Viewer = { subject: null, roles: ['system'], scopes: [], clientId: 'crm', channel: 'batch' };

const UPSERT = `mutation($source: String!, $records: [SourceRecordInput!]!) {
  upsertProfilesFromSource(source: $source, records: $records) { eventId status profileId reason code }
}`;
const upsert = async (records: Record<string, unknown>[], viewer: Viewer = crm, source = 'crm') =>
  (await identity.ok(UPSERT, { source, records }, viewer)).upsertProfilesFromSource as {
    eventId: string;
    status: string;
    profileId: string | null;
    reason: string | null;
    code: string | null;
  }[];
const profileOf = async (id: string) =>
  (
    await identity.ok(
      `query { profile(id: "${id}") { locale name { given family } emails { address verified } history { attribute previousValue reason } } }`,
    )
  ).profile;

describe('upsert from source systems', () => {
  it('answers per record: created, updated, unchanged and rejected in one batch', async () => {
    const [first] = await upsert([{ eventId: 'e1', identifier: { source: 'crm', id: 'C-1' }, name: { given: 'Ann' }, locale: 'en-GB' }]);
    expect(first).toMatchObject({ status: 'CREATED', code: null });

    const results = await upsert([
      { eventId: 'e2', identifier: { source: 'crm', id: 'C-1' }, emails: [{ address: 'ann@example.com', verified: true }] },
      { eventId: 'e3', identifier: { source: 'crm', id: 'C-1' }, locale: 'en-GB' },
      { eventId: 'e4', identifier: { source: 'crm', id: 'C-2' }, emails: [{ address: 'not an email' }] },
      { eventId: 'e5', identifier: { source: 'crm', id: 'C-3' }, phones: [{ number: '+44 20 7946 0958' }] },
    ]);
    expect(results.map((r) => r.status)).toEqual(['UPDATED', 'UNCHANGED', 'REJECTED', 'CREATED']);
    expect(results[0]!.profileId).toBe(first!.profileId);
    expect(results[2]).toMatchObject({ code: 'BAD_USER_INPUT', profileId: null });
    expect(results[2]!.reason).toMatch(/^emails\[0\]\.address: /);
    expect((await profileOf(first!.profileId!)).emails).toEqual([{ address: 'ann@example.com', verified: true }]);
  });

  it('applies a batch side by side across customers, and in order within one, answering in the order sent', async () => {
    // 40 new customers (five rounds of the 8 applied side by side), and customer C-900 changed three
    // times between them: created first, its locale set, then its name; a repeated event id inside
    // the batch is applied once. (200 took ~5 s on a busy 2-core machine: the unit timeout.)
    const records: Record<string, unknown>[] = Array.from({ length: 40 }, (_, i) => ({
      eventId: `bulk-${i}`,
      identifier: { source: 'crm', id: `B-${i}` },
      name: { given: `Bulk${i}` },
    }));
    records.splice(3, 0, { eventId: 'c900-1', identifier: { source: 'crm', id: 'C-900' }, name: { given: 'Old' } });
    records.splice(20, 0, { eventId: 'c900-2', identifier: { source: 'crm', id: 'C-900' }, locale: 'fr-FR' });
    records.splice(35, 0, { eventId: 'c900-3', identifier: { source: 'crm', id: 'C-900' }, name: { given: 'New' } });
    records.push({ eventId: 'bulk-7', identifier: { source: 'crm', id: 'B-7' }, name: { given: 'Replayed' } });
    const results = await upsert(records);
    expect(results.map((r) => r.eventId)).toEqual(records.map((r) => r.eventId));
    expect(results.filter((r) => r.status === 'CREATED')).toHaveLength(41);
    expect(results.slice(-1)[0]).toMatchObject({ status: 'UNCHANGED', reason: 'This event was already applied.' });
    const c900 = results.filter((r) => r.eventId.startsWith('c900'));
    expect(c900.map((r) => r.status)).toEqual(['CREATED', 'UPDATED', 'UPDATED']);
    expect(new Set(c900.map((r) => r.profileId)).size).toBe(1);
    expect(await profileOf(c900[0]!.profileId!)).toMatchObject({ locale: 'fr-FR', name: { given: 'New' } });
    expect((await profileOf(results[0]!.profileId!)).name.given).toBe('Bulk0');
  });

  it('changes nothing when a batch is replayed', async () => {
    const batch = [
      { eventId: 'r1', identifier: { source: 'crm', id: 'R-1' }, name: { given: 'Rita' } },
      { eventId: 'r2', identifier: { source: 'crm', id: 'R-1' }, locale: 'it-IT' },
    ];
    const first = await upsert(batch);
    const writes = await identity.commandsDuring(async () => {
      const replay = await upsert(batch);
      expect(replay.map((r) => [r.status, r.reason])).toEqual([
        ['UNCHANGED', 'This event was already applied.'],
        ['UNCHANGED', 'This event was already applied.'],
      ]);
      expect(replay.map((r) => r.profileId)).toEqual(first.map((r) => r.profileId));
    });
    // One batch read of the applied events, no write.
    expect(writes).toEqual({ find: batchReadCost(identity.database, 2) });
  });

  it('never lets an older change overwrite a newer one; a newer one is applied with history', async () => {
    const [created] = await upsert([
      { eventId: 'o1', identifier: { source: 'crm', id: 'O-1' }, locale: 'en-GB', occurredAt: '2026-06-01T00:00:00.000Z' },
    ]);
    const [older] = await upsert([
      { eventId: 'o2', identifier: { source: 'crm', id: 'O-1' }, locale: 'fr-FR', occurredAt: '2026-05-01T00:00:00.000Z' },
    ]);
    expect(older!.status).toBe('UNCHANGED');
    expect((await profileOf(created!.profileId!)).locale).toBe('en-GB');
    const [newer] = await upsert([
      { eventId: 'o3', identifier: { source: 'crm', id: 'O-1' }, locale: 'de-DE', occurredAt: '2026-07-01T00:00:00.000Z' },
    ]);
    expect(newer!.status).toBe('UPDATED');
    expect(await profileOf(created!.profileId!)).toMatchObject({
      locale: 'de-DE',
      history: [{ attribute: 'locale', previousValue: 'en-GB', reason: 'crm event o3' }],
    });
  });

  it("takes a source system's address correction as a rectification with provenance; older ones and other sources' addresses stay", async () => {
    const old = { lines: ['1 Old Road'], city: 'Leeds', country: 'GB' };
    const [created] = await upsert([
      { eventId: 'a1', identifier: { source: 'crm', id: 'A-1' }, addresses: [old], occurredAt: '2026-06-01T00:00:00.000Z' },
    ]);
    const id = created!.profileId!;
    const customer = customerViewer(id);
    await identity.ok(
      `mutation { addAddress(profileId: "${id}", input: { lines: ["9 Own Lane"], city: "York", country: "GB" }) { id } }`,
      {},
      customer,
    );
    const addressesOf = async () =>
      (
        await identity.ok(
          `query { profile(id: "${id}") { addresses { lines primary provenance { source } } history { attribute previousValue reason changedBy { source } } } }`,
        )
      ).profile as {
        addresses: { lines: string[]; primary: boolean; provenance: { source: string } }[];
        history: { attribute: string; previousValue: unknown; reason: string; changedBy: { source: string } }[];
      };

    const [corrected] = await upsert([
      {
        eventId: 'a2',
        identifier: { source: 'crm', id: 'A-1' },
        addresses: [{ lines: ['2 New Street'], city: 'Leeds', country: 'GB' }],
        occurredAt: '2026-07-01T00:00:00.000Z',
      },
    ]);
    expect(corrected!.status).toBe('UPDATED');
    const after = await addressesOf();
    expect(after.addresses.map((a) => [a.lines[0], a.primary, a.provenance.source])).toEqual([
      ['9 Own Lane', false, 'web'],
      ['2 New Street', true, 'crm'],
    ]);
    expect(after.history).toEqual([
      {
        attribute: 'address',
        previousValue: { ...old, postalCode: null, region: null },
        reason: 'crm event a2',
        changedBy: { source: 'crm' },
      },
    ]);

    // A correction older than the one applied, or the same list again, changes nothing.
    const [older] = await upsert([
      { eventId: 'a3', identifier: { source: 'crm', id: 'A-1' }, addresses: [old], occurredAt: '2026-06-15T00:00:00.000Z' },
    ]);
    const [same] = await upsert([
      {
        eventId: 'a4',
        identifier: { source: 'crm', id: 'A-1' },
        addresses: [{ lines: ['2 New Street'], city: 'Leeds', country: 'GB' }],
        occurredAt: '2026-08-01T00:00:00.000Z',
      },
    ]);
    expect([older!.status, same!.status]).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect((await addressesOf()).addresses.map((a) => a.lines[0])).toEqual(['9 Own Lane', '2 New Street']);
  });

  it('rejects records for a restricted profile with RESTRICTED', async () => {
    const [created] = await upsert([{ eventId: 'x1', identifier: { source: 'crm', id: 'X-1' } }]);
    await identity.subjectRights.restrict(created!.profileId!, true, {
      source: 'privacy',
      channel: 'internal',
      actor: null,
      at: new Date(),
    });
    const [result] = await upsert([{ eventId: 'x2', identifier: { source: 'crm', id: 'X-1' }, locale: 'en-GB' }]);
    expect(result).toMatchObject({ status: 'REJECTED', code: 'RESTRICTED' });
  });

  it('lets a source system upsert only as itself, and nobody else but administrators', async () => {
    const asOther = await identity.run(UPSERT, { source: 'esp', records: [{ eventId: 'z', identifier: { source: 'esp', id: '1' } }] }, crm);
    expect(asOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asCustomer = await identity.run(
      UPSERT,
      { source: 'crm', records: [{ eventId: 'z', identifier: { source: 'crm', id: '1' } }] },
      customerViewer('p'),
    );
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await identity.run(
      UPSERT,
      {
        source: 'crm',
        records: Array.from({ length: 501 }, (_, i) => ({ eventId: `m${i}`, identifier: { source: 'crm', id: `M-${i}` } })),
      },
      crm,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
