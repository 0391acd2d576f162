import { ROLES, type Role, type Viewer } from '#kit/viewer.ts';
import type { RegisteredPurpose } from '#kit/disclosure.ts';
import { isThirdParty } from './roles.ts';

/** A caller without credentials: subgraphs refuse nearly everything to it. */
export const ANONYMOUS: Viewer = { subject: null, roles: [], scopes: [], clientId: 'anonymous', channel: 'unknown' };

const LOOPBACK_HOST = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?$/i;
const addressedToLoopback = (request: Request) => LOOPBACK_HOST.test(request.headers.get('host') ?? '');

/**
 * The development viewer, narrowed per request with `x-dev-viewer-role`, `x-dev-viewer-subject` and `x-dev-viewer-email`
 * (to try the product as a customer, a partner, an analyst without minting tokens).
 */
function developmentViewer(role: Role, request: Request): Viewer {
  let viewer: Viewer = { subject: null, roles: [role], scopes: [], clientId: 'development', channel: 'development' };
  const asRole = request.headers.get('x-dev-viewer-role');
  const asSubject = request.headers.get('x-dev-viewer-subject');
  const chosen = ROLES.find((known) => known === asRole);
  if (chosen) viewer = { ...viewer, roles: [chosen] };
  if (asSubject) viewer = { ...viewer, subject: asSubject };
  if (asRole === 'customer') viewer = { ...viewer, clientId: 'development-web', channel: 'web' };
  // A customer's sign-in with the email their provider verified (to try sign-up without minting a token).
  const asEmail = request.headers.get('x-dev-viewer-email')?.trim();
  if (asRole === 'customer' && asEmail) viewer = { ...viewer, verifiedEmail: asEmail };
  return viewer;
}

/**
 * Who is asking, resolved once per request: the caller the credentials prove (a bearer token or an
 * API key; invalid ones throw AuthenticationError), else anonymous, or in development and only for
 * a request addressed to this machine the development viewer (a page that rebinds its DNS name to
 * 127.0.0.1 is addressed to another host name and stays anonymous). A partner reads for the
 * purposes it is registered for and nothing else; the Global Privacy Control signal comes along.
 * Every plugin and every subgraph sees this one viewer.
 */
export function createViewerResolver({
  authenticate,
  devViewerRole,
  registeredPurposes,
}: {
  authenticate: (request: Request) => Promise<Viewer | null>;
  devViewerRole?: Role;
  registeredPurposes: ReadonlyMap<string, RegisteredPurpose[]>;
}): (request: Request) => Promise<Viewer> {
  return async (request) => {
    let viewer =
      (await authenticate(request)) ??
      (devViewerRole && addressedToLoopback(request) ? developmentViewer(devViewerRole, request) : ANONYMOUS);
    if (isThirdParty(viewer)) viewer = { ...viewer, purposes: registeredPurposes.get(viewer.clientId) ?? [] };
    return request.headers.get('sec-gpc')?.trim() === '1' ? { ...viewer, gpc: true } : viewer;
  };
}
