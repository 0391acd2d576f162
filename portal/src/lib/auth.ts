import * as oauth from 'oauth4webapi';
import type { PortalSettings } from './config.ts';
import { field, isText } from './json.ts';

/**
 * Sign-in: OpenID Connect's authorization code flow with PKCE, against the company's identity
 * provider (in development, the one `npm start` runs). The access token lives in this page's memory
 * only, never in localStorage or a cookie a script could read; a reload signs in again, which the
 * provider's own session makes a quick round of redirects. Only the one-time values of a sign-in in
 * flight (the PKCE verifier, state, nonce) wait in sessionStorage, for the page the provider
 * sends back to.
 */
export interface Session {
  accessToken: string;
  subject: string;
  expiresAt: number;
}

type Oidc = NonNullable<PortalSettings['oidc']>;

const PENDING = 'lp.signIn';
const SIGNED_IN = 'lp.signedIn';

let session: Session | null = null;
let server: Promise<oauth.AuthorizationServer> | undefined;

const redirectUri = () => `${location.origin}${import.meta.env.BASE_URL}callback`;

/** Plain http is allowed for a provider on this machine only (the development one). */
const options = (issuer: URL) => ({
  [oauth.allowInsecureRequests]: issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname),
});

function authorizationServer(oidc: Oidc): Promise<oauth.AuthorizationServer> {
  server ??= (async () => {
    const issuer = new URL(oidc.issuer);
    const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...options(issuer) });
    return oauth.processDiscoveryResponse(issuer, response);
  })().catch((error: unknown) => {
    server = undefined;
    throw error;
  });
  return server;
}

export const currentSession = (): Session | null => (session && session.expiresAt > Date.now() ? session : null);

/** Whether this tab was signed in before (a reload then signs in again without asking). */
export const wasSignedIn = () => sessionStorage.getItem(SIGNED_IN) === '1';

/** Sends the browser to the identity provider; it comes back to /portal/callback. */
export async function beginSignIn(oidc: Oidc, returnTo: string): Promise<void> {
  const as = await authorizationServer(oidc);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, returnTo }));
  const url = new URL(as.authorization_endpoint!);
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', oidc.scope);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  location.assign(url.toString());
}

/** The sign-in this tab started (what beginSignIn stored), or null for anything else. */
function pendingSignIn(value: unknown): { verifier: string; state: string; nonce: string; returnTo: string } | null {
  const [verifier, state, nonce, returnTo] = ['verifier', 'state', 'nonce', 'returnTo'].map((name) => field(value, name));
  return isText(verifier) && isText(state) && isText(nonce) && typeof returnTo === 'string' ? { verifier, state, nonce, returnTo } : null;
}

/** The provider sent the browser back: trade the code for tokens; where to go next. */
export async function completeSignIn(oidc: Oidc, current: URL): Promise<string> {
  const pending = pendingSignIn(JSON.parse(sessionStorage.getItem(PENDING) ?? 'null'));
  sessionStorage.removeItem(PENDING);
  if (!pending) throw new Error('this sign-in was not started here (or was already completed)');
  const as = await authorizationServer(oidc);
  const client: oauth.Client = { client_id: oidc.clientId };
  const params = oauth.validateAuthResponse(as, client, current, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.verifier,
    options(new URL(oidc.issuer)),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  const claims = oauth.getValidatedIdTokenClaims(result);
  session = {
    accessToken: result.access_token,
    subject: claims?.sub ?? '',
    expiresAt: Date.now() + (result.expires_in ?? 300) * 1000,
  };
  sessionStorage.setItem(SIGNED_IN, '1');
  return pending.returnTo.startsWith(import.meta.env.BASE_URL) ? pending.returnTo : import.meta.env.BASE_URL;
}

/** Forgets the token here and ends the provider's session, then comes back signed out. */
export async function signOut(oidc: Oidc): Promise<void> {
  session = null;
  sessionStorage.removeItem(SIGNED_IN);
  const as = await authorizationServer(oidc).catch(() => undefined);
  const back = `${location.origin}${import.meta.env.BASE_URL}?signedOut=1`;
  if (as?.end_session_endpoint) {
    const url = new URL(as.end_session_endpoint);
    url.searchParams.set('client_id', oidc.clientId);
    url.searchParams.set('post_logout_redirect_uri', back);
    location.assign(url.toString());
  } else {
    location.assign(back);
  }
}
