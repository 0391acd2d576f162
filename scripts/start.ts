// npm start: the whole product on this machine. Builds and starts the embedded database (unless
// MONGODB_URI is set), the five subgraphs and the gateway, seeds demo data, and stops everything
// cleanly on Ctrl-C. Data stays in ./data, so the next start carries on where this one ended.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPort } from '../kit/src/config.ts';
import { devAuthEnv, developmentAuth } from './lib/devAuth.ts';
import { portalSignIn, type DevIdentityProvider } from './lib/devIdentityProvider.ts';
import { embeddedEngine, ensureFerretdbBinary, startEmbeddedDatabase, type EmbeddedDatabase } from './lib/embeddedDatabase.ts';
import { mustGraphql } from './lib/graphqlClient.ts';
import { DATA_DIR as DEFAULT_DATA_DIR, ROOT } from './lib/paths.ts';
import { ensurePortalBuilt } from './lib/portal.ts';
import { prefixedOutput } from './lib/processes.ts';
import { seedDemoData } from './lib/seed.ts';
import { SUBGRAPH_NAMES, startStack, type Stack, type SubgraphName } from './lib/stack.ts';
import { codeOf, fieldOf, messageOf } from '#kit/guards.ts';

const step = (message: string) => process.stdout.write(`▸ ${message}\n`);
/** Where the embedded database, the development key and the lock live (LIVING_PROFILE_DATA_DIR, default ./data). */
const DATA_DIR = process.env.LIVING_PROFILE_DATA_DIR ?? DEFAULT_DATA_DIR;
const DEFAULT_PORTS = { gateway: 4000, identity: 4001, consent: 4002, preference: 4003, offer: 4004, privacy: 4005 };
/** The development identity provider the portal signs in with (IDP_PORT). */
const DEFAULT_IDP_PORT = 4006;
const port = (name: keyof typeof DEFAULT_PORTS) => readPort(process.env, `${name.toUpperCase()}_PORT`, DEFAULT_PORTS[name]);

const PRODUCTION = process.env.NODE_ENV === 'production';

/**
 * What production needs before anything starts, said at once rather than one service at a time:
 * secrets and the identity provider from the environment, never the development keys a
 * development start left in the data folder (keys kept beside the data they protect protect
 * nothing: one copy of the folder holds both). Each service checks the values themselves.
 */
function productionProblems(): string[] {
  const problems: string[] = [];
  if (existsSync(`${DATA_DIR}/dev-secrets.json`) || existsSync(`${DATA_DIR}/dev-auth-key.json`)) {
    problems.push(
      `${DATA_DIR} holds development keys (dev-secrets.json, dev-auth-key.json) beside the data: use a data folder made for production (LIVING_PROFILE_DATA_DIR) and give every key through the environment.`,
    );
  }
  const missing = ['VIEWER_SIGNING_KEYS', 'KEY_ENCRYPTION_KEYS', 'BLIND_INDEX_KEY', 'RECEIPT_SIGNING_KEY'].filter(
    (name) => !process.env[name],
  );
  if (missing.length) problems.push(`set ${missing.join(', ')} from your secret store (each service refuses development or typed keys).`);
  if (!process.env.AUTH_JWKS_URL && !process.env.AUTH_JWKS_FILE) {
    problems.push('no identity provider: set AUTH_JWKS_URL (your IdP’s JWKS, https), AUTH_ISSUER and AUTH_AUDIENCE.');
  }
  if (process.env.DEV_VIEWER_ROLE) problems.push('DEV_VIEWER_ROLE makes every caller that role: unset it.');
  return problems;
}

interface DevelopmentSecrets {
  viewerSigningKey: string;
  keyEncryptionKeys: string;
  blindIndexKey: string;
  receiptSigningKey: string;
}

/**
 * Development secrets, made on first start for this data folder and readable only by its owner:
 * the viewer signing key, the key-encryption key, the blind-index key and the receipt signing key. Lose the file and the
 * encrypted personal data in this folder is unreadable, as it should be.
 */
function developmentSecrets(): DevelopmentSecrets {
  const file = `${DATA_DIR}/dev-secrets.json`;
  const stored: Partial<DevelopmentSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: DevelopmentSecrets = {
    viewerSigningKey: stored.viewerSigningKey ?? randomBytes(32).toString('base64url'),
    keyEncryptionKeys: stored.keyEncryptionKeys ?? `dev1:${randomBytes(32).toString('base64')}`,
    blindIndexKey: stored.blindIndexKey ?? randomBytes(32).toString('base64'),
    receiptSigningKey:
      stored.receiptSigningKey ?? generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
  if (JSON.stringify(stored) !== JSON.stringify(secrets)) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Refuses to run two stacks on one data folder (two databases on one folder: PostgreSQL refuses, SQLite corrupts). */
function lockDataDir(): () => void {
  const lock = `${DATA_DIR}/start.pid`;
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    try {
      process.kill(pid, 0);
      throw new Error(
        `Living Profile is already running from this folder (pid ${pid}). Stop it first (Ctrl-C in its terminal, or kill ${pid}).`,
      );
    } catch (error) {
      if (codeOf(error) !== 'ESRCH') throw error;
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

/**
 * The database is vital: without it nothing answers, so its end stops everything. A service
 * that dies (a crash, an out-of-memory kill) is started again on its port, after a pause that
 * doubles with each death in a row; the rest keep answering meanwhile (the gateway answers with
 * the others' data and SUBGRAPH_UNAVAILABLE naming the missing subgraph).
 */
function superviseEverything(
  stack: Stack,
  database: EmbeddedDatabase | undefined,
  { stopping, stop }: { stopping: () => boolean; stop: (code: number) => Promise<void> },
): void {
  if (database) {
    void database.process.exited.then((exitCode) => {
      if (stopping()) return;
      process.stderr.write(`\n✖ the database stopped unexpectedly (${exitCode}); stopping everything. Its output above says why.\n`);
      void stop(1);
    });
  }
  const supervise = (name: SubgraphName | 'gateway', deaths = 0): void => {
    const current = name === 'gateway' ? stack.gateway.process : stack.subgraphs[name].process;
    const startedAt = Date.now();
    void current.exited.then(async (exitCode) => {
      if (stopping()) return;
      // A service that ran a minute before dying starts a fresh series of pauses.
      const inARow = Date.now() - startedAt > 60_000 ? 1 : deaths + 1;
      const pauseMs = Math.min(30_000, 500 * 2 ** (inARow - 1));
      process.stderr.write(
        `\n⚠ ${name} stopped unexpectedly (${exitCode}); starting it again in ${pauseMs / 1000} s. Its output above says why.\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      if (stopping()) return;
      try {
        await stack.restart(name);
        step(`${name} is running again`);
      } catch (error) {
        process.stderr.write(`✖ could not start ${name} again: ${messageOf(error)}\n`);
      }
      supervise(name, inARow);
    });
  };
  for (const name of [...SUBGRAPH_NAMES, 'gateway'] as const) supervise(name);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  if (PRODUCTION) {
    const problems = productionProblems();
    if (problems.length) {
      process.stderr.write(`✖ NODE_ENV=production refuses to start:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exit(1);
    }
  }
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  const unlock = lockDataDir();
  let database: EmbeddedDatabase | undefined;
  let stack: Stack | undefined;
  let identityProvider: DevIdentityProvider | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    step('stopping…');
    await stack?.stop();
    await identityProvider?.close();
    await database?.stop();
    unlock();
    step('stopped cleanly');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGHUP', () => void stop(0));

  try {
    // Ports first: a bad one is said before anything starts.
    const ports = {
      gateway: port('gateway'),
      identity: port('identity'),
      consent: port('consent'),
      preference: port('preference'),
      offer: port('offer'),
      privacy: port('privacy'),
    };
    const databasePort = readPort(process.env, 'DB_PORT', 37017);
    await ensurePortalBuilt(step);
    let mongoUri = process.env.MONGODB_URI;
    if (mongoUri) {
      step(`using your MongoDB from MONGODB_URI (the embedded database is not started)`);
    } else {
      const binary = await ensureFerretdbBinary(step);
      const engine = embeddedEngine();
      const folder = `${DATA_DIR}/${engine === 'postgresql' ? 'postgres' : 'ferretdb'}`;
      if (engine === 'postgresql' && existsSync(`${DATA_DIR}/ferretdb`) && !existsSync(folder)) {
        // An earlier version kept the data in SQLite files: say where it is instead of seeming to lose it.
        step(
          `note: ${DATA_DIR}/ferretdb holds data from an earlier version (SQLite); it is kept as it is. The database now starts fresh on PostgreSQL; to keep using the old data, start with EMBEDDED_DATABASE=sqlite.`,
        );
      }
      step(`starting the embedded database (FerretDB on ${engine === 'postgresql' ? 'PostgreSQL 17' : 'SQLite'}, data in ${folder})…`);
      database = await startEmbeddedDatabase({ binary, dataDir: folder, engine, port: databasePort, output: prefixedOutput });
      mongoUri = database.uri;
      step(`database ready at ${mongoUri}`);
    }

    if (PRODUCTION) {
      // Production means production everywhere: the secrets and the identity provider come from
      // the environment (each service refuses weak or development values), nobody is an
      // administrator by default, and no demo customers are made.
      step(`starting ${SUBGRAPH_NAMES.length} subgraphs and the gateway in production mode…`);
      stack = await startStack({
        mongoUri,
        signingKeys: process.env.VIEWER_SIGNING_KEYS!,
        databasePrefix: process.env.DATABASE_PREFIX ?? 'living_profile',
        ports,
        environment: 'production',
        output: prefixedOutput,
        progress: (message) => step(`  ${message}`),
      });
      superviseEverything(stack, database, { stopping: () => stopping, stop });
      process.stdout.write(
        `\nLiving Profile is running in production mode (${((Date.now() - startedAt) / 1000).toFixed(1)} s).\n\n  GraphQL endpoint   ${stack.gatewayUrl}\n  readiness          ${new URL('/readiness', stack.gatewayUrl).href}\n\nPress Ctrl-C to stop.\n`,
      );
      return;
    }

    const secrets = developmentSecrets();
    const auth = await developmentAuth(DATA_DIR);
    // Customers sign in to the portal through the development identity provider, by email; it
    // finds them through the gateway, as any company's provider would know its own customers.
    identityProvider = await portalSignIn({
      auth,
      gatewayPort: ports.gateway!,
      port: readPort(process.env, 'IDP_PORT', DEFAULT_IDP_PORT),
      gatewayUrl: () => stack?.gatewayUrl,
    });
    step(`starting ${SUBGRAPH_NAMES.length} subgraphs and the gateway…`);
    stack = await startStack({
      mongoUri,
      signingKeys: process.env.VIEWER_SIGNING_KEYS ?? secrets.viewerSigningKey,
      env: {
        KEY_ENCRYPTION_KEYS: process.env.KEY_ENCRYPTION_KEYS ?? secrets.keyEncryptionKeys,
        BLIND_INDEX_KEY: process.env.BLIND_INDEX_KEY ?? secrets.blindIndexKey,
        RECEIPT_SIGNING_KEY: process.env.RECEIPT_SIGNING_KEY ?? secrets.receiptSigningKey,
        ...devAuthEnv(auth),
        PORTAL_OIDC_ISSUER: process.env.PORTAL_OIDC_ISSUER ?? identityProvider.issuer,
      },
      databasePrefix: process.env.DATABASE_PREFIX ?? 'living_profile',
      ports,
      devViewerRole: 'admin',
      environment: 'development',
      output: prefixedOutput,
      progress: (message) => step(`  ${message}`),
    });

    step('seeding demo data through the gateway…');
    const { created } = await seedDemoData(stack.gatewayUrl, step);
    step(created ? `seeded ${created} demo customers` : 'demo data already present; kept as it is');
    superviseEverything(stack, database, { stopping: () => stopping, stop });

    const ada = await mustGraphql<{ profileByEmail: { id: string } | null }>(
      stack.gatewayUrl,
      '{ profileByEmail(email: "ada@example.com") { id } }',
    );
    const tokens = {
      'customer (Ada Lovelace)': await auth.token({ sub: ada.profileByEmail?.id, roles: ['customer'], azp: 'web-app', channel: 'web' }),
      agent: await auth.token({ sub: 'agent-demo', roles: ['agent'], azp: 'call-centre', channel: 'phone' }),
      analyst: await auth.token({ sub: 'analyst-demo', roles: ['analyst'], azp: 'graphiql', channel: 'web' }),
      admin: await auth.token({ sub: 'admin-demo', roles: ['admin'], azp: 'back-office', channel: 'web' }),
      'data protection officer': await auth.token({ sub: 'dpo-demo', roles: ['dpo'], azp: 'privacy-office', channel: 'web' }),
      'partner (acme-loyalty)': await auth.token({ sub: 'acme-loyalty', roles: ['partner'], azp: 'acme-loyalty', channel: 'partner' }),
    };
    const manifest: unknown = JSON.parse(readFileSync(join(ROOT, 'schema/persisted/acme-loyalty.json'), 'utf8'));
    const listed = fieldOf(manifest, 'operations');
    const partnerOffers = fieldOf(Array.isArray(listed) ? listed.find((o) => fieldOf(o, 'name') === 'PartnerOffers') : undefined, 'id');
    process.stdout.write(
      `\nDevelopment tokens (12 hours; send as "Authorization: Bearer <token>"):\n${Object.entries(tokens)
        .map(([who, token]) => `  ${who.padEnd(24)} ${token}`)
        .join('\n')}\n`,
    );

    process.stdout.write(`
Living Profile is running (${((Date.now() - startedAt) / 1000).toFixed(1)} s).

  customer portal    ${new URL('/portal/', stack.gatewayUrl).href}  (sign in as a demo customer by email, e.g. ada@example.com)
  GraphQL endpoint   ${stack.gatewayUrl}
  GraphiQL           ${new URL('/graphiql', stack.gatewayUrl).href}  (analysts; in development mode, anyone)
  readiness          ${new URL('/readiness', stack.gatewayUrl).href}
  development mode   requests without a token act as an administrator; with a token above, as that person

Try it:

  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' \\
    -d '{"query":"{ profileByEmail(email: \\"ada@example.com\\") { id displayName consents { purpose channel status } preferences { language channels { channel enabled } } offerFeed(channel: WEB) { mode items { offer { title } explanation } } privacyRequests { type status dueAt } } }"}'

For the calls below, set the tokens first:

  export CUSTOMER_TOKEN=${tokens['customer (Ada Lovelace)']}
  export PARTNER_TOKEN=${tokens['partner (acme-loyalty)']}

A customer reads their own profile as \`me\`:

  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $CUSTOMER_TOKEN" \\
    -d '{"query":"{ me { displayName consents { purpose channel status } } }"}'

A partner runs only the operations in its manifest (schema/persisted/acme-loyalty.json), by id, and
reads only members who allow what it is registered for (acme-loyalty.purposes.json: partner-sharing).
Grace (member M-1906) allows it:

  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $PARTNER_TOKEN" \\
    -d '{"documentId":"${partnerOffers}","variables":{"source":"acme-loyalty","memberId":"M-1906"}}'

Ada (M-1815) does not: the same call for her answers CONSENT_REQUIRED, and her access log shows the refusal.

Press Ctrl-C to stop.
`);
  } catch (error) {
    process.stderr.write(`\n✖ ${messageOf(error)}\n`);
    if (/EADDRINUSE|exited \(1\) before/.test(String(messageOf(error)))) {
      process.stderr.write(
        '  If a port is in use, stop the other process or choose ports with GATEWAY_PORT, IDENTITY_PORT … PRIVACY_PORT, DB_PORT, IDP_PORT.\n',
      );
    }
    await stop(1);
  }
}

await main().catch((error: unknown) => {
  process.stderr.write(`✖ ${messageOf(error)}\n`);
  process.exit(1);
});
