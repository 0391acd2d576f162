// The customer portal as a customer uses it, in Debian's Chromium: signed in through OpenID
// Connect (authorization code + PKCE) against the development identity provider, on a phone and
// on a desktop, through the public API only. Every screen is scanned for accessibility (axe-core)
// and photographed into tests/e2e/screenshots/.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devAuthEnv, developmentAuth } from '../../scripts/lib/devAuth.ts';
import { portalSignIn } from '../../scripts/lib/devIdentityProvider.ts';
import { mustGraphql } from '../../scripts/lib/graphqlClient.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { ensurePortalBuilt } from '../../scripts/lib/portal.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { seedDemoData } from '../../scripts/lib/seed.ts';
import { receivingController, type ReceivingController } from '../support/controller.ts';
import { useStack } from '../support/stack.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const auth = await developmentAuth(mkdtempSync(join(tmpdir(), 'lp-portal-')));
const gatewayPort = await freePort();
let gatewayUrl: string | undefined;
const identityProvider = await portalSignIn({ auth, gatewayPort, gatewayUrl: () => gatewayUrl });
// As `npm start` runs it: requests without a token act as the development administrator (the seed).
const lp = useStack({
  devViewerRole: 'admin',
  ports: { gateway: gatewayPort },
  env: { ...devAuthEnv(auth), PORTAL_OIDC_ISSUER: identityProvider.issuer },
});
const portal = () => `http://localhost:${gatewayPort}/portal/`;

/** Another company customers may send their data to: accepts every delivery and keeps it. */
let company: ReceivingController;

let browser: Browser;
beforeAll(async () => {
  company = await receivingController({ reference: 'NEW-ENERGY-1' });
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  gatewayUrl = lp.stack.gatewayUrl;
  await ensurePortalBuilt();
  await seedDemoData(lp.stack.gatewayUrl);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 120_000);
afterAll(async () => {
  await company?.close();
  await browser?.close();
  await identityProvider.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** A browser context that records every request leaving the gateway and the identity provider. */
async function customerBrowser(device: typeof PHONE | typeof DESKTOP, locale = 'en-GB') {
  const context = await browser.newContext({ ...device, locale, acceptDownloads: true });
  const elsewhere: string[] = [];
  const allowed = [new URL(portal()).origin, identityProvider.issuer];
  context.on('request', (request) => {
    const url = request.url();
    if (!allowed.some((origin) => url.startsWith(origin)) && !/^(blob|data):/.test(url)) elsewhere.push(url);
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/401|403|Failed to load resource/.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { context, page, elsewhere, consoleErrors };
}

async function signIn(page: Page, email: string) {
  await page.goto(portal());
  await page.getByRole('button', { name: /sign in|เข้าสู่ระบบ/i }).click();
  await page.waitForURL((url) => url.origin === identityProvider.issuer);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.href.startsWith(portal()) && !url.pathname.endsWith('/callback'));
}

/** axe-core's WCAG 2.x A/AA rules on the page as it is: serious and critical violations, by rule. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own policy rightly refuses an injected script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n: any) => n.target.join(' ')) }));
  });
  return violations
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}

async function screen(page: Page, name: string, heading: RegExp | string, shot: string) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 }).toMatch(heading);
  await page
    .getByRole('status')
    .filter({ hasText: /Loading|กำลังโหลด/ })
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await page.screenshot({ path: join(SCREENSHOTS, shot), fullPage: true });
  expect(await accessibilityProblems(page)).toEqual([]);
}

const adminQuery = (query: string, variables: Record<string, unknown> = {}) =>
  mustGraphql<Record<string, any>>(lp.stack.gatewayUrl, query, variables);

async function profileIdOf(email: string): Promise<string> {
  const { profileByEmail } = await adminQuery('query($email: EmailAddress!) { profileByEmail(email: $email) { id } }', { email });
  return profileByEmail.id;
}

describe('the customer portal', () => {
  it('serves a strict Content-Security-Policy and sends / to the portal', async () => {
    const root = await fetch(`http://localhost:${gatewayPort}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/portal/');
    const page = await fetch(portal());
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain(`connect-src 'self' ${identityProvider.issuer}`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    // Every route of the app answers with the app (a reload on /portal/privacy works).
    expect((await fetch(`${portal()}privacy`)).status).toBe(200);
    expect((await fetch(`${portal()}assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${portal()}..%2f..%2fpackage.json`)).status).toBe(404);
    const settings = await (await fetch(`${portal()}config.json`)).json();
    expect(settings).toEqual({
      oidc: { issuer: identityProvider.issuer, clientId: 'living-profile-portal', scope: 'openid' },
      graphql: '/graphql',
    });
  });

  it('on a phone: signs in, grants and withdraws a consent, switches a channel, dismisses an offer and downloads the data', async () => {
    const { context, page, elsewhere, consoleErrors } = await customerBrowser(PHONE);
    const startedAt = new Date();
    const adaId = await profileIdOf('ada@example.com');
    await signIn(page, 'ada@example.com');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 }).toBe('Hello, Ada Lovelace');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-overview.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    // Permissions: marketing by text message, granted then withdrawn; "right now" follows mayProcess.
    await screen(page, 'Permissions', 'Permissions', 'phone-consents.png');
    const sms = page.locator('li[data-purpose="marketing"][data-channel="SMS"]');
    await expect.poll(() => sms.locator('.permission').innerText()).toBe('Right now: we may not');
    await sms.getByRole('button', { name: 'Allow: Marketing messages, Text message' }).click();
    await expect.poll(() => sms.locator('.permission').innerText(), { timeout: 10_000 }).toBe('Right now: we may');
    const granted = await adminQuery(
      'query($id: ID!) { profile(id: $id) { mayProcess(purpose: "marketing", channel: SMS) { allowed code } } }',
      {
        id: adaId,
      },
    );
    expect(granted.profile.mayProcess).toEqual({ allowed: true, code: 'ALLOWED_BY_CONSENT' });
    await sms.getByRole('button', { name: 'Withdraw: Marketing messages, Text message' }).click();
    await expect.poll(() => sms.locator('.permission').innerText(), { timeout: 10_000 }).toBe('Right now: we may not');
    const withdrawn = await adminQuery(
      'query($id: ID!) { profile(id: $id) { mayProcess(purpose: "marketing", channel: SMS) { allowed code } } }',
      {
        id: adaId,
      },
    );
    expect(withdrawn.profile.mayProcess).toEqual({ allowed: false, code: 'WITHDRAWN' });

    // Preferences: switch push notifications on.
    await screen(page, 'Preferences', 'Preferences', 'phone-preferences.png');
    await page.getByRole('switch', { name: 'Push notification' }).check();
    await expect
      .poll(
        async () =>
          (
            await adminQuery('query($id: ID!) { profile(id: $id) { preferences { channels { channel enabled } } } }', { id: adaId })
          ).profile.preferences.channels.find((c: { channel: string }) => c.channel === 'PUSH')?.enabled,
        { timeout: 10_000 },
      )
      .toBe(true);
    // On, but she never allowed marketing by push: the switch says it is not in use, and why.
    const push = page.locator('li.row').filter({ has: page.getByRole('switch', { name: 'Push notification' }) });
    await expect.poll(() => push.locator('.inactive').count(), { timeout: 10_000 }).toBe(1);
    expect(await push.locator('.inactive').innerText()).toMatch(/^Switched on, but not in use: .+/);

    // At most two emails a week.
    const limits = page.locator('section').filter({ has: page.getByRole('heading', { name: 'How often at most' }) });
    await limits.getByLabel('Channel').selectOption('EMAIL');
    await limits.getByLabel('Messages at most').fill('2');
    await limits.getByLabel('Every (days)').fill('7');
    await limits.getByRole('button', { name: 'Save limit' }).click();
    await expect.poll(() => limits.locator('ul.caps').innerText(), { timeout: 10_000 }).toBe('Email: At most 2 messages every 7 days');
    const capped = await adminQuery('query($id: ID!) { profile(id: $id) { preferences { frequencyCaps { channel max periodDays } } } }', {
      id: adaId,
    });
    expect(capped.profile.preferences.frequencyCaps).toContainEqual({ channel: 'EMAIL', max: 2, periodDays: 7 });

    // A new notice for marketing: her email consent asks to be renewed, after a reload (which
    // signs her in again through the provider's session, without asking).
    await adminQuery(
      'mutation { publishNotice(purpose: "marketing", input: { summary: "We now also send event invitations." }) { version } }',
    );
    await page.goto(`${portal()}consents`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 }).toBe('Permissions');
    const email = page.locator('li[data-purpose="marketing"][data-channel="EMAIL"]');
    await email.getByRole('button', { name: 'Renew: the notice changed' }).click();
    await expect.poll(() => email.getByRole('button', { name: 'Renew: the notice changed' }).count(), { timeout: 10_000 }).toBe(0);
    const renewed = await adminQuery('query($id: ID!) { profile(id: $id) { consents { purpose channel noticeVersion needsRenewal } } }', {
      id: adaId,
    });
    expect(renewed.profile.consents).toContainEqual({ purpose: 'marketing', channel: 'EMAIL', noticeVersion: 2, needsRenewal: false });

    // Offers: each says why; dismiss the first and it is gone.
    await screen(page, 'Offers', 'Offers', 'phone-offers.png');
    const first = page.locator('li.offer').first();
    const offerId = await first.getAttribute('data-offer');
    expect(offerId).toBeTruthy();
    await first.getByText('Why am I seeing this?').click();
    expect((await first.locator('details li').allInnerTexts()).length).toBeGreaterThan(0);
    await first.getByRole('button', { name: /^Dismiss:/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Dismissed' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator(`li.offer[data-offer="${offerId}"]`).count(), { timeout: 10_000 }).toBe(0);

    // She contests the automated choice: a person will review it, and meanwhile nothing is chosen for her.
    await page.getByRole('button', { name: 'Ask a person to review this choice' }).click();
    await page.getByRole('status').filter({ hasText: 'A person is reviewing a choice you contested' }).waitFor({ timeout: 10_000 });
    const contested = await adminQuery(
      'query($id: ID!) { profile(id: $id) { offerFeed(channel: WEB) { mode } privacyRequests { type status decisionId } } }',
      {
        id: adaId,
      },
    );
    expect(contested.profile.offerFeed.mode).toBe('NON_PERSONALISED');
    expect(contested.profile.privacyRequests).toContainEqual({ type: 'HUMAN_REVIEW', status: 'RECEIVED', decisionId: expect.any(String) });

    // Privacy: prepare the copy, then download both renderings.
    await adminQuery('mutation($input: RegisterTransferDestinationInput!) { registerTransferDestination(input: $input) { id } }', {
      input: { id: 'new-energy', name: 'New Energy Ltd', url: company.url },
    });
    // A breach reached the consent records she just changed: the DPO's register tells her, in her language.
    const { openBreach } = await adminQuery('mutation($input: OpenBreachInput!) { openBreach(input: $input) { id } }', {
      input: {
        title: 'Consent records exposed',
        description: 'Test breach',
        awareAt: new Date().toISOString(),
        window: { from: startedAt.toISOString(), to: new Date(Date.now() + 1000).toISOString(), subgraphs: ['consent'] },
      },
    });
    for (const step of [
      'assessBreach(id: $id, risk: HIGH_RISK, note: "contact details") { id }',
      'scopeBreach(id: $id) { id }',
      'decideBreachNotification(id: $id, input: { notifyAuthority: true, notifySubjects: true, reason: "high risk" }) { id }',
      'notifyBreachSubjects(id: $id, messages: [{ language: "en", title: "About your data", text: "Your consent records were exposed; nothing else." }]) { notifiedCount }',
    ])
      await adminQuery(`mutation($id: ID!) { ${step} }`, { id: openBreach.id });
    await screen(page, 'Privacy', 'Privacy', 'phone-privacy.png');
    const incidents = page.getByRole('region', { name: 'Security incidents' });
    await incidents.getByText('About your data').waitFor();
    expect(await incidents.innerText()).toContain('Your consent records were exposed; nothing else.');
    await page.getByRole('button', { name: 'Prepare my copy' }).click();
    const readable = page.getByRole('button', { name: 'Readable copy (HTML)' });
    await readable.waitFor({ timeout: 20_000 });
    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), readable.click()]);
    expect(htmlDownload.suggestedFilename()).toBe('my-living-profile.html');
    expect(readFileSync((await htmlDownload.path())!, 'utf8')).toContain('ada@example.com');
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Machine-readable file (JSON)' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toBe('my-living-profile.json');
    expect(JSON.stringify(JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')))).toContain('ada@example.com');
    // The request is listed with its status and due date.
    await expect
      .poll(() => page.locator('li.request[data-type="ACCESS"]').getAttribute('data-status'), { timeout: 10_000 })
      .toBe('COMPLETED');

    // She sends the same copy straight to another company an administrator registered (Art. 20(2)).
    const transfer = page.getByRole('region', { name: 'Send my data to another company' });
    await transfer.getByRole('combobox').selectOption({ label: 'New Energy Ltd' });
    await transfer.getByRole('button', { name: 'Send my data' }).click();
    await page.getByText(/^Sent to New Energy Ltd on /).waitFor({ timeout: 20_000 });
    expect(company.received).toHaveLength(1);
    expect(company.received[0]!.body).toContain('ada@example.com');

    // My details: she corrects her name; the change is kept with its history.
    await screen(page, 'My details', 'My details', 'phone-details.png');
    await page.getByLabel('Given name').fill('Augusta Ada');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('ul.history li').first().innerText(), { timeout: 10_000 }).toMatch(/^name changed/);
    const corrected = await adminQuery('query($id: ID!) { profile(id: $id) { displayName history { attribute reason } } }', { id: adaId });
    expect(corrected.profile.displayName).toBe('Augusta Ada Lovelace');
    expect(corrected.profile.history.at(-1)).toEqual({ attribute: 'name', reason: 'Corrected by the customer in the portal' });

    // Privacy again: she restricts processing, asks for the restriction to be lifted, then takes that back.
    await page.getByRole('navigation').getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('button', { name: 'Ask for restriction' }).click();
    await page.getByText('Processing is restricted.').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Ask to lift the restriction' }).click();
    const lift = page.locator('li.request[data-type="RESTRICTION_LIFT"]');
    await expect.poll(() => lift.getAttribute('data-status'), { timeout: 10_000 }).toBe('RECEIVED');
    expect(await page.getByText('You asked for the restriction to be lifted.').count()).toBe(1);
    await screen(page, 'Privacy', 'Privacy', 'phone-privacy-lift.png');
    await lift.getByRole('button', { name: 'Withdraw: Lift of restriction' }).click();
    await expect.poll(() => lift.getAttribute('data-status'), { timeout: 10_000 }).toBe('WITHDRAWN');
    expect(await lift.getByRole('button').count()).toBe(0);
    await page.getByRole('button', { name: 'Ask to lift the restriction' }).waitFor();
    const requests = await adminQuery('query($id: ID!) { profile(id: $id) { processingRestricted privacyRequests { type status } } }', {
      id: adaId,
    });
    expect(requests.profile.processingRestricted).toBe(true);
    expect(requests.profile.privacyRequests).toContainEqual({ type: 'RESTRICTION_LIFT', status: 'WITHDRAWN' });

    // Signing out ends the provider's session too: the next sign-in asks for the email again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('status').filter({ hasText: 'You are signed out.' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').waitFor();

    expect(elsewhere).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('on a desktop, in Thai: every screen is accessible, and erasure completes', async () => {
    const { context, page, elsewhere, consoleErrors } = await customerBrowser(DESKTOP, 'th-TH');
    const alanId = await profileIdOf('alan@example.com');
    await page.goto(portal());
    // The browser asks for Thai: the portal speaks it before anyone signs in.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('โปรไฟล์เดียว อยู่ในมือคุณ');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    expect(await accessibilityProblems(page)).toEqual([]);
    // Alan's profile says English, which would win over the browser: he picks Thai here, and the
    // choice holds through the sign-in.
    await page.getByRole('combobox', { name: 'ภาษา' }).selectOption('th');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL((url) => url.origin === identityProvider.issuer);
    await page.getByLabel('Email').fill('nobody@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('No customer has this verified email');
    // (a refused lookup would say so instead)
    await page.getByLabel('Email').fill('alan@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 }).toBe('สวัสดี Alan Turing');
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-overview-th.png'), fullPage: true });

    for (const [name, shot] of [
      ['ข้อมูลของฉัน', 'desktop-details-th.png'],
      ['การอนุญาต', 'desktop-consents-th.png'],
      ['การตั้งค่า', 'desktop-preferences-th.png'],
      ['ข้อเสนอ', 'desktop-offers-th.png'],
    ] as const) {
      await screen(page, name, name, shot);
    }

    // Switched to English, and the choice holds while the tab lives.
    await page.getByRole('combobox', { name: 'ภาษา' }).selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Offers');
    await screen(page, 'Privacy', 'Privacy', 'desktop-privacy.png');

    // Erasure: asked, confirmed in a dialog that says what it means, and followed to the end.
    await page.getByRole('button', { name: 'Ask for erasure' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase everything?' });
    await dialog.waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Yes, erase my data' }).click();
    await page.getByRole('status').filter({ hasText: 'Your data has been erased' }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-erased.png'), fullPage: true });
    const after = await adminQuery('query($id: ID!) { profile(id: $id) { status } }', { id: alanId });
    expect(after.profile?.status ?? 'ERASED').toBe('ERASED');
    expect(await profileIdOf('alan@example.com').catch(() => null)).toBeNull();

    expect(elsewhere).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('signs a new customer up: from the sign-in page to their own profile, with the permission they ticked', async () => {
    const { context, page, elsewhere, consoleErrors } = await customerBrowser(PHONE);
    await page.goto(portal());
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL((url) => url.origin === identityProvider.issuer);
    await page.getByLabel('Email').fill('mae.jemison@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('No customer has this verified email');
    await page.getByRole('button', { name: 'Sign up as a new customer' }).click();
    await page.waitForURL((url) => url.href.startsWith(portal()) && !url.pathname.endsWith('/callback'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 }).toBe('Create your profile');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-sign-up.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    // Nothing is ticked in advance; she gives one permission.
    const boxes = page.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    await boxes.first().check();
    await page.getByLabel('Given name').fill('Mae');
    await page.getByLabel('Family name').fill('Jemison');
    await page.getByRole('button', { name: 'Create my profile' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 }).toBe('Hello, Mae Jemison');

    const { profileByEmail } = await adminQuery(
      `query { profileByEmail(email: "mae.jemison@example.com") { id emails { verified verificationMethod }
         consentHistory { type content proof { collectionPoint } } } }`,
    );
    expect(profileByEmail.emails).toEqual([{ verified: true, verificationMethod: 'IDENTITY_PROVIDER' }]);
    expect(profileByEmail.consentHistory).toHaveLength(1);
    expect(profileByEmail.consentHistory[0]).toMatchObject({
      type: 'DECISION',
      content: { status: 'GRANTED', method: 'CHECKBOX', channel: 'EMAIL', actor: profileByEmail.id },
      proof: { collectionPoint: 'portal-sign-up' },
    });
    expect(elsewhere).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('confirms a double opt-in and unsubscribes from the links, with no sign-in', async () => {
    const katherineId = await profileIdOf('katherine@example.com');
    const { requestConsentConfirmation } = await adminQuery(
      `mutation($id: ID!) { requestConsentConfirmation(input: { profileId: $id, purpose: "personalised-offers", channel: EMAIL,
         noticeVersion: 1, collectionPoint: "newsletter-form" }) { token } }`,
      { id: katherineId },
    );
    const { context, page, consoleErrors } = await customerBrowser(PHONE);
    await page.goto(`${portal()}confirm?token=${encodeURIComponent(requestConsentConfirmation.token)}`);
    await page.getByRole('button', { name: 'Confirm your permission' }).click();
    await page.getByRole('status').filter({ hasText: 'your permission is confirmed' }).waitFor({ timeout: 10_000 });
    expect(await accessibilityProblems(page)).toEqual([]);
    const now = await adminQuery(
      'query($id: ID!) { profile(id: $id) { mayProcess(purpose: "personalised-offers", channel: EMAIL) { allowed } } }',
      {
        id: katherineId,
      },
    );
    expect(now.profile.mayProcess.allowed).toBe(true);

    // The unsubscribe link of a message about it: one click, no sign-in, and the consent is withdrawn.
    const { unsubscribeToken } = await adminQuery(
      'query($id: ID!) { unsubscribeToken(profileId: $id, purpose: "personalised-offers", channel: EMAIL) }',
      { id: katherineId },
    );
    await page.goto(`${portal()}unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('status').filter({ hasText: 'Done: no more Personalised offers by Email.' }).waitFor({ timeout: 10_000 });
    expect(await accessibilityProblems(page)).toEqual([]);
    const after = await adminQuery(
      'query($id: ID!) { profile(id: $id) { mayProcess(purpose: "personalised-offers", channel: EMAIL) { allowed code } } }',
      { id: katherineId },
    );
    expect(after.profile.mayProcess).toEqual({ allowed: false, code: 'WITHDRAWN' });
    // A link someone altered is refused in the customer's words.
    await page.goto(`${portal()}unsubscribe?token=${encodeURIComponent(unsubscribeToken.slice(0, -2))}`);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('This unsubscribe link is not valid');

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
