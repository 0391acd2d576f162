// The development identity provider `npm start` runs for the customer portal: OpenID Connect's
// authorization code flow with PKCE (S256 only), as the company's real provider would speak it, so
// the portal signs in the same way in development and in production. A demo customer signs in by
// typing their email: there is no password, so it is for this machine only (it listens on loopback
// and refuses to run with NODE_ENV=production). Codes and sessions live in this one process.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { escapeHtml } from '#kit/html.ts';
import type { DevAuth } from './devAuth.ts';
import { fieldOf, messageOf } from '#kit/guards.ts';
import { firstErrorIn } from '#kit/errors.ts';

export interface DevIdentityProviderOptions {
  /** Signs the access tokens the gateway verifies (the development key, issuer and audience). */
  auth: DevAuth;
  /** The portal's client id and where it may be sent back to (exact redirect URIs). */
  client: { id: string; redirectUris: string[] };
  /** The profile id of the customer whose verified email this is, or null. */
  findCustomer(email: string): Promise<string | null>;
  port?: number;
  host?: string;
  /** Access tokens last this long (seconds). */
  tokenLifetimeSeconds?: number;
}

export interface DevIdentityProvider {
  /** The issuer identifier (its own URL): what the portal is configured with. */
  issuer: string;
  close(): Promise<void>;
}

interface PendingCode {
  subject: string;
  /** The email the customer signed in with: verified here, by the lookup or by the sign-up choice. */
  email: string;
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | undefined;
  scope: string;
  expiresAt: number;
}

const CODE_LIFETIME_MS = 60_000;
const SESSION_LIFETIME_MS = 8 * 3600_000;
const SESSION_COOKIE = 'lp_dev_idp';
/** The sign-in page's policy: its form posts here, and the redirect after it goes to a registered client (browsers check both). */
const pageCsp = (clients: Iterable<string>) =>
  `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${[...clients].join(' ')}; frame-ancestors 'none'; base-uri 'none'`;

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const s256 = (verifier: string) => base64url(createHash('sha256').update(verifier).digest());
const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  if (process.env.NODE_ENV === 'production') throw new Error('The development identity provider does not run with NODE_ENV=production.');
  const host = options.host ?? '127.0.0.1';
  const lifetime = options.tokenLifetimeSeconds ?? 3600;
  // ID tokens are signed by a key of the provider's own (the portal checks them against /jwks);
  // access tokens by the development key the gateway already trusts.
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const idKey: JWK = { ...(await exportJWK(publicKey)), kid: `dev-idp-${Date.now()}`, alg: 'ES256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  const sessions = new Map<string, { subject: string; email: string; expiresAt: number }>();
  const allowedOrigins = new Set(options.client.redirectUris.map((uri) => new URL(uri).origin));
  let issuer = '';

  const sweep = () => {
    const now = Date.now();
    for (const [code, pending] of codes) if (pending.expiresAt < now) codes.delete(code);
    for (const [id, session] of sessions) if (session.expiresAt < now) sessions.delete(id);
  };

  /** The authorization request's parameters, checked; a string saying what is wrong otherwise. */
  const authorizationRequest = (params: URLSearchParams) => {
    const clientId = params.get('client_id') ?? '';
    const redirectUri = params.get('redirect_uri') ?? '';
    if (clientId !== options.client.id) return 'Unknown client_id.';
    if (!options.client.redirectUris.includes(redirectUri)) return 'This redirect_uri is not registered for the client.';
    if (params.get('response_type') !== 'code') return 'Only response_type=code is supported.';
    if (params.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(params.get('code_challenge') ?? ''))
      return 'PKCE is required: code_challenge with code_challenge_method=S256.';
    const scope = params.get('scope') ?? '';
    if (!scope.split(' ').includes('openid')) return 'The scope must include openid.';
    return {
      clientId,
      redirectUri,
      challenge: params.get('code_challenge')!,
      state: params.get('state') ?? undefined,
      nonce: params.get('nonce') ?? undefined,
      scope,
      prompt: params.get('prompt') ?? undefined,
      loginHint: params.get('login_hint') ?? '',
    };
  };

  /** Back to the client's (checked) redirect URI with `params`, the state it sent and who answers. */
  const redirectBack = (response: ServerResponse, redirectUri: string, state: string | undefined, params: Record<string, string>) => {
    const target = new URL(redirectUri);
    for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
    if (state !== undefined) target.searchParams.set('state', state);
    target.searchParams.set('iss', issuer);
    response.writeHead(303, { location: target.toString(), 'cache-control': 'no-store' }).end();
  };

  const redirectWithCode = (
    response: ServerResponse,
    request: Exclude<ReturnType<typeof authorizationRequest>, string>,
    { subject, email }: { subject: string; email: string },
  ) => {
    sweep();
    const code = base64url(randomBytes(32));
    codes.set(code, { subject, email, ...request, expiresAt: Date.now() + CODE_LIFETIME_MS });
    redirectBack(response, request.redirectUri, request.state, { code });
  };

  const signInPage = (response: ServerResponse, params: URLSearchParams, email: string, problem?: string, offerSignUp = false) => {
    const hidden = [...params]
      .filter(([name]) => name !== 'email' && name !== 'signup')
      .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
      .join('');
    response.writeHead(problem ? 400 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': pageCsp(allowedOrigins),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in (development)</title><style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;background:#f5f6f8;color:#1b1f24}
main{max-width:26rem;margin:0 auto;background:#fff;padding:1.5rem;border-radius:8px;border:1px solid #d0d5dd}
label{display:block;font-weight:600;margin-bottom:.25rem}input[type=email]{width:100%;box-sizing:border-box;padding:.6rem;font:inherit;border:1px solid #667085;border-radius:6px}
button{margin-top:1rem;padding:.6rem 1.2rem;font:inherit;background:#1849a9;color:#fff;border:0;border-radius:6px}
p.note{color:#475467;font-size:.9rem}p.problem{color:#b42318;font-weight:600}</style></head>
<body><main><h1>Sign in</h1>
<p class="note">Development sign-in: type the verified email of a demo customer (for example ada@example.com). There is no password; a real deployment uses the company's identity provider.</p>
${problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/authorize">${hidden}<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(email)}" autofocus>
<button type="submit">Continue</button>${
      offerSignUp
        ? ` <button type="submit" name="signup" value="1">Sign up as a new customer</button><p class="note">Signing up signs you in with this email as verified; the portal then asks what your profile should hold.</p>`
        : ''
    }</form></main></body></html>`);
  };

  const readForm = (request: IncomingMessage) =>
    new Promise<URLSearchParams>((resolve, reject) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > 16_384) reject(new Error('too large'));
      });
      request.on('end', () => resolve(new URLSearchParams(body)));
      request.on('error', reject);
    });

  const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));

  const corsHeaders = (request: IncomingMessage): Record<string, string> => {
    const origin = request.headers.origin;
    return origin && allowedOrigins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'origin' } : {};
  };

  const sessionOf = (request: IncomingMessage) => {
    const id = (request.headers.cookie ?? '')
      .split(/;\s*/)
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
      ?.slice(SESSION_COOKIE.length + 1);
    const session = id ? sessions.get(id) : undefined;
    return session && session.expiresAt > Date.now() ? { id: id!, ...session } : undefined;
  };

  async function token(request: IncomingMessage, response: ServerResponse) {
    const cors = corsHeaders(request);
    const form = await readForm(request);
    const fail = (error: string, description: string) => json(response, 400, { error, error_description: description }, cors);
    if (form.get('grant_type') !== 'authorization_code') return fail('unsupported_grant_type', 'Only authorization_code.');
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    // A code is used once, whatever happens next.
    codes.delete(code);
    if (!pending || pending.expiresAt < Date.now()) return fail('invalid_grant', 'The code is unknown, used or expired.');
    if (form.get('client_id') !== pending.clientId || form.get('redirect_uri') !== pending.redirectUri)
      return fail('invalid_grant', 'The code was issued to another client or redirect_uri.');
    if (!sameText(s256(form.get('code_verifier') ?? ''), pending.challenge))
      return fail('invalid_grant', 'The code_verifier does not match.');
    const accessToken = await options.auth.token(
      {
        sub: pending.subject,
        roles: ['customer'],
        azp: pending.clientId,
        channel: 'web',
        scope: pending.scope,
        email: pending.email,
        email_verified: true,
      },
      // A number would be read as an absolute time: jose wants a span as text.
      `${lifetime}s`,
    );
    const idToken = await new SignJWT({ ...(pending.nonce ? { nonce: pending.nonce } : {}) })
      .setProtectedHeader({ alg: 'ES256', kid: idKey.kid! })
      .setIssuer(issuer)
      .setAudience(pending.clientId)
      .setSubject(pending.subject)
      .setIssuedAt()
      .setExpirationTime(`${lifetime}s`)
      .sign(privateKey);
    json(
      response,
      200,
      { access_token: accessToken, token_type: 'Bearer', expires_in: lifetime, id_token: idToken, scope: pending.scope },
      cors,
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', issuer);
    if (request.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
      return json(
        response,
        200,
        {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          end_session_endpoint: `${issuer}/logout`,
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['ES256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['none'],
          scopes_supported: ['openid', 'email', 'profile'],
          authorization_response_iss_parameter_supported: true,
        },
        corsHeaders(request),
      );
    }
    if (request.method === 'GET' && url.pathname === '/jwks') return json(response, 200, { keys: [idKey] }, corsHeaders(request));
    if (request.method === 'OPTIONS' && url.pathname === '/token') {
      return response
        .writeHead(204, { ...corsHeaders(request), 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' })
        .end();
    }
    if (request.method === 'POST' && url.pathname === '/token') return token(request, response);
    if (url.pathname === '/authorize' && (request.method === 'GET' || request.method === 'POST')) {
      const params = request.method === 'GET' ? url.searchParams : await readForm(request);
      const checked = authorizationRequest(params);
      // An unchecked redirect_uri is never redirected to: the problem is shown here instead.
      if (typeof checked === 'string') {
        return response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Sign-in refused: ${checked}`);
      }
      const session = sessionOf(request);
      if (request.method === 'GET') {
        if (session && checked.prompt !== 'login') return redirectWithCode(response, checked, session);
        if (checked.prompt === 'none') return redirectBack(response, checked.redirectUri, checked.state, { error: 'login_required' });
        return signInPage(response, params, checked.loginHint);
      }
      const email = (params.get('email') ?? '').trim();
      let subject: string | null;
      try {
        subject = email ? await options.findCustomer(email) : null;
      } catch (error) {
        process.stderr.write(`development identity provider: ${messageOf(error)}\n`);
        return signInPage(
          response,
          params,
          email,
          'Customers cannot be looked up right now (the terminal running npm start says why). Try again in a moment.',
        );
      }
      // A new customer: a new subject, which their profile takes as its id when they sign up in the portal.
      if (!subject && email && params.get('signup') === '1') subject = randomUUID();
      if (!subject)
        return signInPage(
          response,
          params,
          email,
          'No customer has this verified email. Check the address, or sign up as a new customer.',
          Boolean(email),
        );
      const id = base64url(randomBytes(24));
      sessions.set(id, { subject, email, expiresAt: Date.now() + SESSION_LIFETIME_MS });
      response.setHeader('set-cookie', `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_LIFETIME_MS / 1000}`);
      return redirectWithCode(response, checked, { subject, email });
    }
    if (request.method === 'GET' && url.pathname === '/logout') {
      const session = sessionOf(request);
      if (session) sessions.delete(session.id);
      const back = url.searchParams.get('post_logout_redirect_uri');
      const allowed = back && allowedOrigins.has(new URL(back, issuer).origin) ? back : undefined;
      response.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
      if (allowed) return response.writeHead(303, { location: allowed }).end();
      return response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Signed out.');
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.');
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The development identity provider failed; its terminal says why.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The development identity provider has no port.');
  issuer = `http://${host}:${address.port}`;
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The portal's client id, as the gateway tells the portal (PORTAL_OIDC_CLIENT_ID's default). */
export const PORTAL_CLIENT_ID = 'living-profile-portal';

/**
 * The development identity provider set up for the portal the gateway serves on `gatewayPort`
 * (by either loopback name): customers are found by verified email through the gateway, asked
 * as a source system would ask.
 */
export async function portalSignIn({
  auth,
  gatewayPort,
  port,
  gatewayUrl,
}: {
  auth: DevAuth;
  gatewayPort: number;
  port?: number;
  /** The gateway's GraphQL URL once it runs. */
  gatewayUrl: () => string | undefined;
}): Promise<DevIdentityProvider> {
  const system = await auth.token({ sub: 'development-identity-provider', roles: ['system'], azp: 'development-identity-provider' }, '30d');
  return startDevIdentityProvider({
    auth,
    ...(port ? { port } : {}),
    client: {
      id: PORTAL_CLIENT_ID,
      redirectUris: [`http://localhost:${gatewayPort}/portal/callback`, `http://127.0.0.1:${gatewayPort}/portal/callback`],
    },
    async findCustomer(email) {
      const url = gatewayUrl();
      if (!url) return null;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${system}` },
        body: JSON.stringify({ query: 'query($email: EmailAddress!) { profileByEmail(email: $email) { id } }', variables: { email } }),
      });
      const body: unknown = await response.json();
      const refused = firstErrorIn(body);
      if (refused) throw new Error(`the gateway refused the lookup: ${refused.message}`);
      const id = fieldOf(fieldOf(fieldOf(body, 'data'), 'profileByEmail'), 'id');
      return typeof id === 'string' ? id : null;
    },
  });
}
