// Two processes of every subgraph behind the gateway (each pair behind a round-robin load
// balancer), 50 clients writing to a handful of customers for a minute, and one replica of every
// subgraph killed with SIGKILL half-way: afterwards every acknowledged write is there.
//
// Each kind of write is chosen so that a lost update shows: consent decisions append to a
// hash-chained ledger (a lost head update forks the chain), every address added is new, every
// redemption adds one, and every interest stated is in a topic of its own (a lost update of the
// customer's preference set would drop one).
import mongoose from 'mongoose';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../../scripts/lib/stack.ts';
import { ensurePurposes } from '../support/consent.ts';
import { useStack } from '../support/stack.ts';

const BURST_MS = Number(process.env.REPLICA_BURST_MS ?? 60_000);
const CLIENTS = 50;
const CUSTOMERS = 5;
/** What a client may be told during the burst, and retry: anything else is a defect. */
const TRANSIENT = new Set(['SUBGRAPH_UNAVAILABLE', 'CONFLICT']);

// One development credential makes every request here, far past the default per-client limit of
// 1200 a minute: this test is about lost writes, not about the rate limit (protection.e2e.ts is).
const lp = useStack({ replicas: 2, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const result = await lp.query(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

const customers: string[] = [];

beforeAll(async () => {
  await ensurePurposes(lp, ['marketing']);
  await ok('mutation($input: OfferInput!) { upsertOffer(input: $input) { id } }', {
    input: {
      id: 'load-offer',
      title: 'Load',
      description: 'd',
      channels: ['WEB'],
      topics: [],
      validFrom: '2026-01-01T00:00:00.000Z',
      status: 'ACTIVE',
    },
  });
  for (let i = 0; i < CUSTOMERS; i += 1) customers.push((await ok('mutation { createProfile(input: {}) { id } }')).createProfile.id);
}, 120_000);

interface Tally {
  acked: number;
  unknown: number;
  codes: Map<string, number>;
}

describe('several replicas of every subgraph', () => {
  it('lose no acknowledged write under 50 concurrent clients, with a replica of each killed mid-burst', async () => {
    const consentSeqs = new Map<string, Set<number>>(customers.map((c) => [c, new Set()]));
    const addressesAcked = new Map<string, Set<string>>(customers.map((c) => [c, new Set()]));
    const addressesTried = new Map<string, Set<string>>(customers.map((c) => [c, new Set()]));
    const redemptions = new Map<string, { acked: number; tried: number }>(customers.map((c) => [c, { acked: 0, tried: 0 }]));
    const interestsAcked = new Map<string, Set<string>>(customers.map((c) => [c, new Set()]));
    const interestsTried = new Map<string, Set<string>>(customers.map((c) => [c, new Set()]));
    const tallies: Record<string, Tally> = {};
    const tally = (kind: string) => (tallies[kind] ??= { acked: 0, unknown: 0, codes: new Map() });

    /** Runs one write; true when acknowledged, false when its outcome is unknown (a transient error). */
    async function write(kind: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
      const t = tally(kind);
      const result = await lp
        .query(query, variables)
        .catch((error: Error) => ({ errors: [{ message: error.message, extensions: { code: 'NETWORK' } }] }));
      if (!result.errors) {
        t.acked += 1;
        return (result as { data: unknown }).data;
      }
      const code = String(result.errors[0]?.extensions?.code ?? 'NONE');
      t.unknown += 1;
      t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
      // Anything but a transient failure is a defect of its own.
      expect(TRANSIENT.has(code) || code === 'NETWORK', `${kind}: ${JSON.stringify(result.errors)}`).toBe(true);
      return undefined;
    }

    /** Adds `value` to the customer's set (an address, an interest), remembering it as tried, and as acknowledged if it was. */
    async function added(
      tried: Map<string, Set<string>>,
      acked: Map<string, Set<string>>,
      customer: string,
      value: string,
      kind: string,
      mutation: string,
    ): Promise<void> {
      tried.get(customer)!.add(value);
      if (await write(kind, mutation, { p: customer, v: value })) acked.get(customer)!.add(value);
    }

    const end = Date.now() + BURST_MS;
    async function client(n: number) {
      let step = 0;
      while (Date.now() < end) {
        step += 1;
        const customer = customers[(n + step) % CUSTOMERS]!;
        switch (step % 4) {
          case 0: {
            const data = (await write('consent', 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { seq } }', {
              i: {
                profileId: customer,
                purpose: 'marketing',
                channel: step % 8 === 0 ? 'EMAIL' : 'SMS',
                status: step % 3 === 0 ? 'WITHDRAWN' : 'GRANTED',
                proof: { noticeVersion: 1, collectionPoint: `client ${n}`, method: 'CHECKBOX' },
              },
            })) as { recordConsent: { seq: number } } | undefined;
            if (data) consentSeqs.get(customer)!.add(data.recordConsent.seq);
            break;
          }
          case 1: {
            const topic = `load-${n}-${step}`;
            const created = await write(
              'topic',
              'mutation($id: ID!, $name: String!) { upsertTopic(input: { id: $id, name: $name, description: "load" }) { id } }',
              {
                id: topic,
                name: topic,
              },
            );
            if (!created) break;
            await added(
              interestsTried,
              interestsAcked,
              customer,
              topic,
              'preference',
              'mutation($p: ID!, $v: ID!) { setInterest(profileId: $p, topic: $v, interested: true) { id } }',
            );
            break;
          }
          case 2:
            await added(
              addressesTried,
              addressesAcked,
              customer,
              `${n}-${step} Load Street`,
              'identity',
              'mutation($p: ID!, $v: String!) { addAddress(profileId: $p, input: { lines: [$v], city: "York", country: "GB" }) { id } }',
            );
            break;
          default: {
            const counts = redemptions.get(customer)!;
            counts.tried += 1;
            const data = await write('offer', 'mutation($p: ID!) { redeemOffer(profileId: $p, offerId: "load-offer") { id } }', {
              p: customer,
            });
            if (data) counts.acked += 1;
          }
        }
      }
    }

    // Half-way, one replica of every subgraph dies without a word, and comes back 5 s later.
    const killer = (async () => {
      await new Promise((resolve) => setTimeout(resolve, BURST_MS / 2));
      for (const name of SUBGRAPH_NAMES) lp.stack.replicas[name][0]!.process.child.kill('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      for (const name of SUBGRAPH_NAMES) await lp.stack.restartReplica(name, 0);
    })();
    await Promise.all([...Array.from({ length: CLIENTS }, (_, n) => client(n)), killer]);

    const summary = Object.fromEntries(
      Object.entries(tallies).map(([kind, t]) => [kind, { acked: t.acked, unknown: t.unknown, codes: Object.fromEntries(t.codes) }]),
    );
    console.log('replicas burst', JSON.stringify(summary));
    // The burst was real: every kind of write was acknowledged many times, by both replicas.
    for (const kind of ['consent', 'preference', 'identity', 'offer']) expect(tally(kind).acked, kind).toBeGreaterThan(50);
    for (const name of ['identity', 'consent', 'preference', 'offer'] as const) {
      const served = [...lp.stack.balancers[name]!.served.values()];
      expect(served.length, name).toBeGreaterThanOrEqual(2);
      for (const count of served.slice(0, 2)) expect(count, name).toBeGreaterThan(20);
    }

    const READ = `query($id: ID!) { profile(id: $id) {
      consentHistory { seq }
      consentLedgerVerification { valid entries }
      addresses { lines }
      interests { topic interested }
    } }`;
    const offers = await mongoose.createConnection(inject('mongoUri'), { dbName: `${lp.databasePrefix}_offer` }).asPromise();
    try {
      for (const customer of customers) {
        const profile = (await ok(READ, { id: customer })).profile;
        // Consent: every acknowledged decision is in the ledger, the chain has no gap and verifies.
        const seqs = (profile.consentHistory as { seq: number }[]).map((e) => e.seq);
        expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
        for (const seq of consentSeqs.get(customer)!) expect(seqs).toContain(seq);
        expect(profile.consentLedgerVerification).toEqual({ valid: true, entries: seqs.length });
        // Identity: every acknowledged address is there, and none nobody sent.
        const addresses = new Set((profile.addresses as { lines: string[] }[]).map((a) => a.lines[0]!));
        for (const line of addressesAcked.get(customer)!) expect(addresses).toContain(line);
        for (const line of addresses) expect(addressesTried.get(customer)!).toContain(line);
        // Preference: every acknowledged interest is there, and none nobody stated.
        const stated = new Set(
          (profile.interests as { topic: string; interested: boolean }[]).filter((i) => i.interested).map((i) => i.topic),
        );
        for (const topic of interestsAcked.get(customer)!) expect(stated, customer).toContain(topic);
        for (const topic of stated) expect(interestsTried.get(customer)!).toContain(topic);
        // Offer: every acknowledged redemption is recorded, and no more than were tried.
        const response = await offers.collection('offer_responses').findOne({ _id: customer as never });
        const recorded = ((response?.redemptions as unknown[]) ?? []).length;
        const { acked, tried } = redemptions.get(customer)!;
        expect(recorded).toBeGreaterThanOrEqual(acked);
        expect(recorded).toBeLessThanOrEqual(tried);
      }
    } finally {
      await offers.close();
    }
  }, 240_000);
});
