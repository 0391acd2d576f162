// `npm start` as a person uses it: it starts everything with progress, seeds demo data, stops
// cleanly on Ctrl-C leaving no process behind, and a second start carries on with the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../../scripts/lib/graphqlClient.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { alive } from '../support/processes.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'lp-start-'));
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every live descendant of `pid`, read from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (found.push(c), walk(c)));
  walk(pid);
  return found;
}

async function start(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LIVING_PROFILE_DATA_DIR: dataDir, DB_PORT: '0', DATABASE_PREFIX: 'living_profile' };
  delete env.MONGODB_URI;
  delete env.VIEWER_SIGNING_KEYS;
  for (const name of ['GATEWAY', 'IDENTITY', 'CONSENT', 'PREFERENCE', 'OFFER', 'PRIVACY']) env[`${name}_PORT`] = '0';
  // Its own process group, so the test can send SIGINT to the group as a terminal's Ctrl-C does.
  const child = spawn(process.execPath, [`${ROOT}scripts/start.ts`], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /GraphQL endpoint\s+(http:\S+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited (${code}) before it was running:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

/** The process group of `pid`, read from /proc. */
const processGroup = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
};

/** The descendant of `pid` running `script`, read from /proc. */
const processRunning = (pid: number, script: string) =>
  descendants(pid).find((p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(script);
    } catch {
      return false;
    }
  });

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    !(await Promise.resolve()
      .then(check)
      .catch(() => false))
  ) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ctrlC(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  process.kill(-child.pid!, 'SIGINT');
  return exited;
}

describe('npm start', () => {
  it('starts everything with progress, seeds demo data, and stops on Ctrl-C without leaving a process behind', async () => {
    const { child, url, output } = await start();
    const steps = output()
      .split('\n')
      .filter((line) => line.startsWith('▸'));
    expect(steps.join('\n')).toMatch(/embedded database[\s\S]*database ready[\s\S]*gateway ready[\s\S]*seeded 4 demo customers/);

    const ada = await graphql(
      url,
      '{ profileByEmail(email: "ada@example.com") { displayName consents { purpose status } offers { id } } }',
    );
    expect(ada.data?.profileByEmail).toMatchObject({
      displayName: 'Ada Lovelace',
      consents: [
        { purpose: 'marketing', status: 'GRANTED' },
        { purpose: 'personalised-offers', status: 'GRANTED' },
      ],
    });
    const kept = await graphql(
      url,
      'mutation { createProfile(input: { emails: [{ address: "kept@example.com", verified: true, verificationMethod: AGENT_CHECK }], name: { display: "Kept" } }) { id } }',
    );
    expect(kept.errors).toBeUndefined();

    // The customer and partner calls printed for copy and paste work as printed, with the tokens exported as printed.
    const customerToken = /export CUSTOMER_TOKEN=(\S+)/.exec(output())?.[1];
    const me = await graphql(url, '{ me { displayName } }', {}, { authorization: `Bearer ${customerToken}` });
    expect(me.data?.me).toEqual({ displayName: 'Ada Lovelace' });
    const partnerToken = /export PARTNER_TOKEN=(\S+)/.exec(output())?.[1];
    const [, documentId, memberId] = /"documentId":"([0-9a-f]{64})","variables":\{"source":"acme-loyalty","memberId":"(M-\d+)"/.exec(
      output(),
    )!;
    const asPartner = async (member: string) =>
      (await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${partnerToken}` },
          body: JSON.stringify({ documentId, variables: { source: 'acme-loyalty', memberId: member } }),
        })
      ).json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    const partnerResult = await asPartner(memberId!);
    expect(partnerResult.errors).toBeUndefined();
    expect(partnerResult.data.profileByIdentifier).toMatchObject({ id: expect.any(String), offerFeed: { mode: expect.any(String) } });
    // Ada never allowed partner sharing: the partner gets the refusal, not her offers.
    const refused = await asPartner('M-1815');
    expect([refused.errors?.[0]?.extensions?.code, refused.data?.profileByIdentifier ?? null]).toEqual(['CONSENT_REQUIRED', null]);

    const family = descendants(child.pid!);
    expect(family.length).toBeGreaterThanOrEqual(7); // database, five subgraphs, gateway
    // Ctrl-C reaches the services, not the database: it stops after them, once they have finished
    // their writes and given back their locks (a lock left behind holds its key for a lease).
    const database = processRunning(child.pid!, '.cache/bin/ferretdb')!;
    expect(processGroup(database)).not.toBe(processGroup(child.pid!));
    expect(await ctrlC(child)).toBe(0);
    expect(output()).toContain('stopped cleanly');
    expect(family.filter(alive)).toEqual([]);
  });

  it('reuses the data on the next start: nothing seeded twice, changes kept', async () => {
    const { child, url, output } = await start();
    expect(output()).toContain('demo data already present');
    const kept = await graphql(url, '{ profileByEmail(email: "kept@example.com") { displayName } }');
    expect(kept.data?.profileByEmail).toEqual({ displayName: 'Kept' });
    const all = await graphql(url, '{ profiles(first: 100) { profiles { email } } }');
    expect((all.data?.profiles.profiles as { email: string }[]).map((p) => p.email).sort()).toEqual([
      'ada@example.com',
      'alan@example.com',
      'grace@example.com',
      'katherine@example.com',
      'kept@example.com',
    ]);

    // Alan asks to be erased; the next start must not bring him back.
    const alan = (await graphql(url, '{ profileByEmail(email: "alan@example.com") { id } }')).data?.profileByEmail.id;
    const erasure = await graphql(url, 'mutation($p: ID!) { openPrivacyRequest(input: { profileId: $p, type: ERASURE }) { id } }', {
      p: alan,
    });
    const requestId = erasure.data?.openPrivacyRequest.id;
    await eventually(
      async () =>
        (await graphql(url, 'query($id: ID!) { privacyRequest(id: $id) { status } }', { id: requestId })).data?.privacyRequest.status ===
        'COMPLETED',
    );
    expect(await ctrlC(child)).toBe(0);
  });

  it('starts a service that died again, the gateway too, instead of stopping everything', async () => {
    const { child, url, output } = await start();
    expect(output()).toMatch(/Alan Turing <alan@example\.com>: seeded before and since erased or changed; not made again/);
    expect((await graphql(url, '{ profileByEmail(email: "alan@example.com") { id } }')).data?.profileByEmail).toBeNull();
    const offer = processRunning(child.pid!, 'subgraphs/offer/src/index.ts')!;
    process.kill(offer, 'SIGKILL');
    await eventually(() => output().includes('offer is running again'));
    const withOffers = await graphql(url, '{ profileByEmail(email: "ada@example.com") { offerFeed(channel: WEB) { mode } } }');
    expect(withOffers.errors).toBeUndefined();

    const gateway = processRunning(child.pid!, 'gateway/src/index.ts')!;
    process.kill(gateway, 'SIGKILL');
    await eventually(() => output().includes('gateway is running again'));
    expect((await fetch(new URL('/readiness', url))).status).toBe(200);
    expect(child.exitCode).toBeNull();

    // SIGTERM (a process manager, an IDE's stop button) stops everything as Ctrl-C does.
    const family = descendants(child.pid!);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    process.kill(child.pid!, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(family.filter(alive)).toEqual([]);
  });
});
