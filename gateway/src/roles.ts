// Who may do what at the edge: every role predicate the gateway's plugins decide by, in one place.
// The subgraphs decide again for themselves (they trust only the signed viewer); these are the
// gateway's own refusals, made before a request costs a subgraph anything.
import { hasRole, isAnalystOnly, type Viewer } from '#kit/viewer.ts';
import { isThirdParty } from '#kit/disclosure.ts';

export { isAnalystOnly, isThirdParty };

/** No credentials (and not the development viewer): subgraphs refuse nearly everything. */
export const isAnonymous = (viewer: Viewer) => viewer.roles.length === 0;

/** Analysts explore (introspection, field suggestions, GraphiQL); everyone else gets none of it. */
export const mayExplore = (viewer: Viewer) => hasRole(viewer, 'analyst', 'admin');

/** Partners run only the operations in their manifest, never query text. */
export const persistedOnly = (viewer: Viewer) => hasRole(viewer, 'partner') && !hasRole(viewer, 'admin');

/** A customer reading their own profile: no disclosure to anyone, so nothing for the access audit. */
export const readsOwnProfile = (viewer: Viewer, subjectId: string) =>
  hasRole(viewer, 'customer') && viewer.roles.length === 1 && viewer.subject === subjectId;

/**
 * A customer whose browser sends the Global Privacy Control signal speaks for themselves: the
 * signal is theirs to record. Staff and systems sending it say nothing about the customer.
 */
export const carriesOwnPrivacySignal = (viewer: Viewer): viewer is Viewer & { subject: string } =>
  viewer.gpc === true && hasRole(viewer, 'customer') && viewer.roles.length === 1 && Boolean(viewer.subject);

/**
 * Who a request counts against. A customer's limit is their own: one customer's burst never
 * spends another's (they share the web app's client id). Systems and partners are counted per
 * client, staff per person, and callers without credentials per address, where the address is
 * the socket's unless a configured proxy forwarded the request (a caller cannot pick its own
 * by sending X-Forwarded-For).
 */
export function rateLimitKey(viewer: Viewer, address: string): string {
  if (isAnonymous(viewer)) return `address:${address}`;
  if (hasRole(viewer, 'system', 'partner')) return `client:${viewer.clientId}`;
  return viewer.subject ? `subject:${viewer.subject}` : `client:${viewer.clientId}`;
}
