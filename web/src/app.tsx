import { useEffect, useMemo, useState } from 'preact/hooks';
import { Provider, useQuery } from '@urql/preact';
import type { Session } from './auth/session';
import { gatewayClient } from './client';
import { WebViewerDocument } from './generated/graphql';
import { rolesLabel } from './labels';
import { href, usePath } from './router';
import { SCREENS, type Screen } from './screens';
import { TokenContext } from './session';
import { SignIn } from './sign-in';
import { type Viewer, ViewerContext } from './viewer';

/**
 * The signed-in person's token lives in this component's state only (and, signed in with an identity
 * provider, in oidc-client-ts's memory store): never in localStorage or a cookie, so a reload signs
 * out and no other script of the origin finds it at rest. When the API refuses the token (it expired
 * and could not be renewed), the sign-in page comes back and says so.
 */
export function App() {
  const [signedIn, setSignedIn] = useState<Session | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const session = useMemo(() => {
    if (!signedIn) return null;
    const expired = () => {
      signedIn.end();
      setNotice('Votre session a expiré : connectez-vous à nouveau.');
      setSignedIn(null);
    };
    return gatewayClient(signedIn.tokens, expired);
  }, [signedIn]);
  useEffect(() => () => session?.dispose(), [session]);
  const signIn = (next: Session) => {
    setNotice(null);
    setSignedIn(next);
  };
  const signOut = () => {
    session?.dispose();
    void signedIn?.signOut();
    setSignedIn(null);
  };
  return (
    <>
      <a class="skip" href="#contenu">
        Aller au contenu
      </a>
      {session ? (
        <Provider value={session.client}>
          <TokenContext.Provider value={signedIn?.tokens ?? null}>
            <Shell onSignOut={signOut} />
          </TokenContext.Provider>
        </Provider>
      ) : (
        <>
          <header class="banner">
            <p class="brand">Breach Gateway</p>
          </header>
          <SignIn onSignIn={signIn} notice={notice} />
        </>
      )}
    </>
  );
}

/** The screens the viewer's capabilities open. */
function screensFor(viewer: Viewer): Screen[] {
  return SCREENS.filter((screen) => screen.needs.some((capability) => viewer.capabilities.includes(capability)));
}

/**
 * Who the token is for, as the API says (`viewer`), the navigation among the screens the viewer may
 * open, and the screen the fragment names (the first one when it names none the viewer may open).
 */
function Shell({ onSignOut }: { onSignOut: () => void }) {
  const [{ data, error }] = useQuery({ query: WebViewerDocument, variables: {} });
  const path = usePath();
  const viewer = data?.viewer ?? null;
  const screens = viewer ? screensFor(viewer) : [];
  const [first, ...params] = path;
  const current = screens.find((screen) => screen.path === first) ?? screens[0];
  return (
    <ViewerContext.Provider value={viewer}>
      <header class="banner">
        <p class="brand">Breach Gateway</p>
        <div class="who">
          {viewer && (
            <p>
              Connecté : <strong>{viewer.subject}</strong> — {rolesLabel(viewer.roles)}
              {viewer.organization && `, ${viewer.organization.legalName}`}
            </p>
          )}
          <button type="button" onClick={onSignOut}>
            Se déconnecter
          </button>
        </div>
      </header>
      {error && (
        <main id="contenu">
          <p role="alert">Votre identité n’a pas pu être lue : {error.message}</p>
        </main>
      )}
      {viewer && (
        <>
          <nav aria-label="Écrans">
            <ul>
              {screens
                .filter((screen) => screen.inNavigation)
                .map((screen) => (
                  <li key={screen.path}>
                    <a href={href(screen.path)} aria-current={screen === current ? 'page' : undefined}>
                      {screen.label}
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
          {current ? (
            // Keyed by the whole path: another screen, or the same one for another record, starts afresh.
            <div key={path.join('/')}>{current.render(current.path === first ? params : [])}</div>
          ) : (
            <main id="contenu">
              <p role="alert">Vos rôles n’ouvrent aucun écran de cette application.</p>
            </main>
          )}
        </>
      )}
    </ViewerContext.Provider>
  );
}
