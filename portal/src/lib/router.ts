import { useEffect, useState } from 'preact/hooks';

/** The portal's own screens, each at /portal/<name> (the overview at /portal/). */
export const SCREENS = ['overview', 'details', 'consents', 'preferences', 'offers', 'privacy'] as const;
export type Screen = (typeof SCREENS)[number];
export type Place =
  { kind: 'screen'; screen: Screen } | { kind: 'callback' } | { kind: 'confirm' } | { kind: 'unsubscribe' } | { kind: 'unknown' };

const BASE = '/portal/';

export const pathOf = (screen: Screen) => (screen === 'overview' ? BASE : `${BASE}${screen}`);

/** Which page a path is (the app is served under /portal/). */
export function placeOf(pathname: string): Place {
  if (!pathname.startsWith(BASE) && pathname !== '/portal') return { kind: 'unknown' };
  const rest = pathname.slice(BASE.length).replace(/\/+$/, '');
  if (rest === '') return { kind: 'screen', screen: 'overview' };
  if (rest === 'callback') return { kind: 'callback' };
  if (rest === 'confirm') return { kind: 'confirm' };
  if (rest === 'unsubscribe') return { kind: 'unsubscribe' };
  const screen = SCREENS.find((known) => known === rest);
  return screen ? { kind: 'screen', screen } : { kind: 'unknown' };
}

export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** The current location, updated on navigation (links, back and forward). */
export function useLocation(): URL {
  const [url, setUrl] = useState(() => new URL(location.href));
  useEffect(() => {
    const update = () => setUrl(new URL(location.href));
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return url;
}
