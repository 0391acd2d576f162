// Security regression: NODE_ENV=production means production everywhere, or nothing starts.
// Each misconfiguration below used to start (7 of these 14 did, silently in development mode).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../gateway/src/config.ts';
import { loadCryptoConfig } from '#kit/crypto/cryptoConfig.ts';
import { loadSubgraphConfig } from '#kit/subgraphConfig.ts';
import { developmentAuth } from '../../scripts/lib/devAuth.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'lp-production-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const companyJwks = join(dir, 'company-jwks.json');
writeFileSync(companyJwks, JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'company-2026' }] }));
const generated = () => randomBytes(32).toString('base64');

/** A production environment that starts; each case below breaks one thing in it. */
const good = {
  NODE_ENV: 'production',
  VIEWER_SIGNING_KEYS: randomBytes(32).toString('base64url'),
  KEY_ENCRYPTION_KEYS: `kms-2026:${generated()}`,
  BLIND_INDEX_KEY: generated(),
  MONGODB_URI: 'mongodb://127.0.0.1:1/',
  AUTH_JWKS_FILE: companyJwks,
  AUTH_ISSUER: 'https://login.company.example',
  AUTH_AUDIENCE: 'living-profile',
} as Record<string, string | undefined>;

const loadAll = (env: Record<string, string | undefined>) => {
  loadGatewayConfig(env);
  loadSubgraphConfig('identity', 4001, env);
  loadCryptoConfig(env);
};

describe('production configuration', () => {
  it('starts with generated keys and the company identity provider', () => {
    expect(() => loadAll(good)).not.toThrow();
  });

  const devAuthDir = join(dir, 'dev');
  mkdirSync(devAuthDir);
  const cases: [string, () => Promise<Record<string, string | undefined>> | Record<string, string | undefined>, RegExp][] = [
    ['no identity provider', () => ({ ...good, AUTH_JWKS_FILE: undefined }), /needs an identity provider/],
    ['the development issuer', () => ({ ...good, AUTH_ISSUER: 'https://living-profile.local/dev' }), /development issuer/],
    [
      'the development JWKS',
      async () => ({ ...good, AUTH_JWKS_FILE: (await developmentAuth(devAuthDir)).jwksFile }),
      /development signing key/,
    ],
    ['a JWKS fetched over plain http', () => ({ ...good, AUTH_JWKS_FILE: undefined, AUTH_JWKS_URL: 'http://idp.example/jwks' }), /https/],
    ['a development viewer for every caller', () => ({ ...good, DEV_VIEWER_ROLE: 'admin' }), /refused when NODE_ENV=production/],
    ['a typed viewer signing key', () => ({ ...good, VIEWER_SIGNING_KEYS: 'a'.repeat(40) }), /VIEWER_SIGNING_KEYS.*typed or a placeholder/],
    ['a placeholder viewer signing key', () => ({ ...good, VIEWER_SIGNING_KEYS: 'please-change-me-before-going-live-x9' }), /placeholder/],
    ['a short viewer signing key', () => ({ ...good, VIEWER_SIGNING_KEYS: 'short' }), /shorter than 32/],
    ['the development key-encryption key', () => ({ ...good, KEY_ENCRYPTION_KEYS: `dev1:${generated()}` }), /development key/],
    [
      'an all-zero key-encryption key',
      () => ({ ...good, KEY_ENCRYPTION_KEYS: `kms:${Buffer.alloc(32).toString('base64')}` }),
      /KEY_ENCRYPTION_KEYS.*typed/,
    ],
    ['a repeated blind-index key', () => ({ ...good, BLIND_INDEX_KEY: Buffer.alloc(32, 7).toString('base64') }), /BLIND_INDEX_KEY.*typed/],
    ['shared-secret token algorithms', () => ({ ...good, AUTH_ALGORITHMS: 'HS256' }), /asymmetric algorithms only/],
    ['a clock tolerance that keeps expired tokens alive', () => ({ ...good, AUTH_CLOCK_TOLERANCE_SECONDS: '86400' }), /at most 300/],
    ['CORS open to every origin', () => ({ ...good, CORS_ORIGINS: '*' }), /CORS_ORIGINS/],
  ];
  it.each(cases)('refuses %s', async (_name, env, message) => {
    const resolved = await env();
    expect(() => loadAll(resolved)).toThrow(message);
  });
});

/** Runs `npm start` with `env` and returns what it printed and its exit code. */
function runNpmStart(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}scripts/start.ts`], {
      env: { ...process.env, MONGODB_URI: undefined, ...env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('NODE_ENV=production npm start', () => {
  it('refuses a data folder that holds development keys beside the data, and says what to do', async () => {
    const dataDir = join(dir, 'was-development');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'dev-secrets.json'), '{}');
    const { code, output } = await runNpmStart({ ...good, LIVING_PROFILE_DATA_DIR: dataDir, MONGODB_URI: undefined });
    expect(code).toBe(1);
    expect(output).toMatch(/refuses to start[\s\S]*development keys \(dev-secrets\.json/);
    expect(output).not.toMatch(/Development tokens|seeding demo data/);
  });

  it('refuses to start without keys or an identity provider instead of running as development', async () => {
    const { code, output } = await runNpmStart({
      NODE_ENV: 'production',
      LIVING_PROFILE_DATA_DIR: join(dir, 'empty'),
      VIEWER_SIGNING_KEYS: undefined,
      KEY_ENCRYPTION_KEYS: undefined,
      BLIND_INDEX_KEY: undefined,
      RECEIPT_SIGNING_KEY: undefined,
      AUTH_JWKS_FILE: undefined,
      AUTH_JWKS_URL: undefined,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/set VIEWER_SIGNING_KEYS, KEY_ENCRYPTION_KEYS, BLIND_INDEX_KEY, RECEIPT_SIGNING_KEY/);
    expect(output).toMatch(/no identity provider/);
  });
});

describe('ports', () => {
  it('refuses a port that fetch and browsers will not connect to, saying so instead of "fetch failed"', async () => {
    expect(() => loadGatewayConfig({ ...good, NODE_ENV: 'development', GATEWAY_PORT: '6000' })).toThrow(
      /GATEWAY_PORT=6000 is a port that fetch/,
    );
    const { code, output } = await runNpmStart({
      NODE_ENV: 'development',
      LIVING_PROFILE_DATA_DIR: join(dir, 'ports'),
      GATEWAY_PORT: '6000',
    });
    expect(code).toBe(1);
    expect(output).toMatch(/GATEWAY_PORT=6000 is a port that fetch and browsers refuse/);
  });
});
