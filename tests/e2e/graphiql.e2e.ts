// GraphiQL for analysts, in real Chromium: served by the gateway with every asset inside it
// (no request leaves the gateway's origin), it runs a query and shows the result; analysts only
// read, and see personal values masked.
import { mkdtempSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devAuthEnv, developmentAuth } from '../../scripts/lib/devAuth.ts';
import { useStack } from '../support/stack.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const auth = await developmentAuth(mkdtempSync(join(tmpdir(), 'lp-graphiql-')));
const lp = useStack({ devViewerRole: '', env: devAuthEnv(auth) });
const bearer = async (roles: string[], scope?: string) => ({
  authorization: `Bearer ${await auth.token({ sub: `${roles[0]}-1`, roles, azp: 'graphiql', ...(scope ? { scope } : {}) })}`,
});

let browser: Browser;
let profileId: string;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const created = await lp.query(
    'mutation { createProfile(input: { name: { given: "Dorothy", family: "Vaughan" }, emails: [{ address: "dorothy@example.com" }] }) { id } }',
    {},
    await bearer(['admin']),
  );
  expect(created.errors).toBeUndefined();
  profileId = created.data!.createProfile.id;
});
afterAll(async () => {
  await browser?.close();
});

describe('GraphiQL for analysts', () => {
  it('loads with no request outside the gateway, runs a query and shows the masked result', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: await bearer(['analyst']) });
    const page = await context.newPage();
    const origin = new URL(lp.stack.gatewayUrl).origin;
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
    });
    const query = `{ profile(id: "${profileId}") { displayName email } }`;
    const response = await page.goto(`${origin}/graphiql?query=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-execute-button').click();
    // The editor renders spaces as no-break spaces.
    const resultText = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(resultText, { timeout: 15_000 }).toContain('"displayName": "D*** V***"');
    const text = await resultText();
    expect(text).toContain('d***@example.com');
    expect(text).not.toContain('Dorothy');
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('is refused to callers who may not explore', async () => {
    const page = `${new URL(lp.stack.gatewayUrl).origin}/graphiql`;
    expect((await fetch(page)).status).toBe(401);
    expect((await fetch(page, { headers: await bearer(['customer']) })).status).toBe(403);
    const served = await fetch(page, { headers: await bearer(['analyst']) });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-security-policy')).toContain("connect-src 'self'");
    // Offline: no script, style or font is fetched from anywhere.
    expect(await served.text()).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });

  it('keeps analysts read-only at the gateway, and unmasks only with the scope', async () => {
    const analyst = await bearer(['analyst']);
    const mutation = await lp.query(`mutation { rectifyProfile(id: "${profileId}", input: { locale: "en-US" }) { id } }`, {}, analyst);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(mutation.data ?? null).toBeNull();

    const read = `{ profile(id: "${profileId}") { displayName } }`;
    expect((await lp.query(read, {}, analyst)).data?.profile.displayName).toBe('D*** V***');
    const scoped = await bearer(['analyst'], 'personal-data:read');
    expect((await lp.query(read, {}, scoped)).data?.profile.displayName).toBe('Dorothy Vaughan');
  });
});
