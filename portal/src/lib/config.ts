import { field, isText } from './json.ts';
/** What the gateway tells the portal (/portal/config.json): where to sign in and where the API is. */
export interface PortalSettings {
  oidc: { issuer: string; clientId: string; scope: string } | null;
  graphql: string;
}

export async function loadSettings(): Promise<PortalSettings> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  const settings = settingsFrom(await response.json());
  if (!settings) throw new Error("config.json is not the portal's settings ({ graphql, oidc })");
  return settings;
}

/** The settings the gateway sent, checked: a string for each field the portal uses. */
function settingsFrom(value: unknown): PortalSettings | null {
  const graphql = field(value, 'graphql');
  const oidc = field(value, 'oidc');
  if (!isText(graphql)) return null;
  if (oidc === null) return { graphql, oidc: null };
  const [issuer, clientId, scope] = [field(oidc, 'issuer'), field(oidc, 'clientId'), field(oidc, 'scope')];
  return isText(issuer) && isText(clientId) && isText(scope) ? { graphql, oidc: { issuer, clientId, scope } } : null;
}
