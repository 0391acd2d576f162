import { Provider, useQuery } from '@urql/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Link } from './components/Link.tsx';
import { Busy } from './components/Status.tsx';
import { graphql } from './gql/index.ts';
import { I18n, isLanguage, LANGUAGES, pickLanguage, translator, useI18n, type Language } from './i18n/index.ts';
import { createApiClient } from './lib/api.ts';
import { beginSignIn, completeSignIn, currentSession, signOut, wasSignedIn } from './lib/auth.ts';
import type { PortalSettings } from './lib/config.ts';
import { navigate, placeOf, SCREENS, useLocation, type Screen } from './lib/router.ts';
import { Confirm } from './screens/Confirm.tsx';
import { Consents } from './screens/Consents.tsx';
import { Details } from './screens/Details.tsx';
import { Offers } from './screens/Offers.tsx';
import { Overview } from './screens/Overview.tsx';
import { Preferences } from './screens/Preferences.tsx';
import { Privacy } from './screens/Privacy.tsx';
import { Unsubscribe } from './screens/Unsubscribe.tsx';

const ShellQuery = graphql(`
  query PortalShell {
    me {
      id
      displayName
      preferences {
        language
      }
    }
  }
`);

const CHOSEN = 'lp.language';

export function App({ settings }: { settings: PortalSettings }) {
  const url = useLocation();
  const place = placeOf(url.pathname);
  const [chosen, setChosen] = useState<string | null>(() => sessionStorage.getItem(CHOSEN));
  const [profileLanguage, setProfileLanguage] = useState<string | null>(null);
  const language = pickLanguage({ chosen, profile: profileLanguage, browser: navigator.languages });
  const i18n = useMemo(() => translator(language), [language]);
  const [signInError, setSignInError] = useState<string | null>(null);
  const [session, setSession] = useState(currentSession);
  const client = useMemo(() => createApiClient(settings.graphql, () => currentSession()?.accessToken ?? null), [settings.graphql]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = i18n.t('app.title');
  }, [language]);

  const choose = (next: Language) => {
    sessionStorage.setItem(CHOSEN, next);
    setChosen(next);
  };

  const signIn = () => {
    if (!settings.oidc) return setSignInError('no identity provider is configured (PORTAL_OIDC_ISSUER)');
    const returnTo = place.kind === 'screen' ? url.pathname : '/portal/';
    beginSignIn(settings.oidc, returnTo).catch((error: Error) => setSignInError(error.message));
  };

  useEffect(() => {
    if (place.kind !== 'callback' || !settings.oidc) return;
    completeSignIn(settings.oidc, url)
      .then((next) => {
        setSession(currentSession());
        navigate(next, { replace: true });
      })
      .catch((error: Error) => {
        setSignInError(error.message);
        navigate('/portal/', { replace: true });
      });
  }, [place.kind]);

  const needsSignIn = !session && place.kind === 'screen';
  useEffect(() => {
    // A reload in a tab that was signed in signs in again straight away (the provider remembers).
    if (needsSignIn && wasSignedIn() && !signInError) signIn();
  }, [needsSignIn]);

  let content;
  const page = (children: preact.ComponentChildren) => (
    <main id="main" tabIndex={-1}>
      {children}
    </main>
  );
  if (place.kind === 'confirm') content = page(<Confirm token={url.searchParams.get('token')} />);
  else if (place.kind === 'unsubscribe') content = page(<Unsubscribe token={url.searchParams.get('token')} />);
  else if (place.kind === 'callback') content = page(<Busy label={i18n.t('welcome.signingIn')} />);
  else if (!session)
    content = (
      <Welcome
        signIn={signIn}
        problem={signInError}
        signedOut={url.searchParams.has('signedOut')}
        automatic={wasSignedIn() && !signInError}
      />
    );
  else
    content = (
      <Shell
        screen={place.kind === 'screen' ? place.screen : null}
        onProfileLanguage={setProfileLanguage}
        signOut={() => settings.oidc && signOut(settings.oidc)}
      />
    );

  return (
    <I18n.Provider value={i18n}>
      <Provider value={client}>
        <a class="skip" href="#main">
          {i18n.t('app.skip')}
        </a>
        <header class="top">
          <p class="brand">{i18n.t('app.title')}</p>
          <LanguageSwitch language={language} choose={choose} />
          {session && (
            <button type="button" class="link" onClick={() => settings.oidc && signOut(settings.oidc)}>
              {i18n.t('app.signOut')}
            </button>
          )}
        </header>
        {content}
      </Provider>
    </I18n.Provider>
  );
}

function LanguageSwitch({ language, choose }: { language: Language; choose: (l: Language) => void }) {
  const { t } = useI18n();
  return (
    <label class="language">
      <span class="visually-hidden">{t('app.language')}</span>
      <select
        value={language}
        onChange={(e) => {
          const code = e.currentTarget.value;
          if (isLanguage(code)) choose(code);
        }}
      >
        {Object.entries(LANGUAGES).map(([code, { name }]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

function Welcome({
  signIn,
  problem,
  signedOut,
  automatic,
}: {
  signIn: () => void;
  problem: string | null;
  signedOut: boolean;
  automatic: boolean;
}) {
  const { t } = useI18n();
  return (
    <main id="main" class="welcome" tabIndex={-1}>
      <h1>{t('welcome.title')}</h1>
      <p class="lead">{t('welcome.body')}</p>
      {signedOut && <p role="status">{t('welcome.signedOut')}</p>}
      {problem && (
        <p class="problem" role="alert">
          {t('error.signIn', { detail: problem })}
        </p>
      )}
      {automatic ? (
        <Busy label={t('welcome.signingIn')} />
      ) : (
        <button type="button" class="primary big" onClick={signIn}>
          {t('welcome.signIn')}
        </button>
      )}
    </main>
  );
}

function Shell({
  screen,
  onProfileLanguage,
  signOut,
}: {
  screen: Screen | null;
  onProfileLanguage: (language: string | null) => void;
  signOut: () => void;
}) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: ShellQuery });
  const [erased, setErased] = useState(false);
  useEffect(() => onProfileLanguage(data?.me?.preferences?.language ?? null), [data?.me?.preferences?.language]);
  useEffect(() => {
    // Focus moves to the new screen's content, so keyboard and screen-reader users start there.
    document.getElementById('main')?.focus();
  }, [screen]);
  const pages: Record<Screen, () => preact.JSX.Element> = {
    overview: () => <Overview />,
    details: () => <Details />,
    consents: () => <Consents />,
    preferences: () => <Preferences />,
    offers: () => <Offers />,
    privacy: () => <Privacy onErased={() => setErased(true)} />,
  };
  return (
    <>
      {!erased && (
        <nav aria-label={t('nav.label')}>
          <ul>
            {SCREENS.map((name) => (
              <li key={name}>
                <Link screen={name} current={name === screen}>
                  {t(`nav.${name}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {erased ? (
          <>
            <p class="done" role="status">
              {t('privacy.erased')}
            </p>
            <button type="button" onClick={signOut}>
              {t('app.signOut')}
            </button>
          </>
        ) : screen ? (
          pages[screen]()
        ) : (
          <p>{t('error.NOT_FOUND')}</p>
        )}
      </main>
    </>
  );
}
