/** What the gateway tells the portal (/portal/config.json): where to sign in and where the API is. */
export interface PortalSettings {
  oidc: { issuer: string; clientId: string; scope: string } | null;
  graphql: string;
}

export async function loadSettings(): Promise<PortalSettings> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return (await response.json()) as PortalSettings;
}
