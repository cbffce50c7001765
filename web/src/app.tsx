import { useMemo, useState } from 'preact/hooks';
import { Provider, useQuery } from '@urql/preact';
import { gatewayClient } from './client';
import { WebViewerDocument } from './generated/graphql';
import { rolesLabel } from './labels';
import { href, usePath } from './router';
import { SCREENS, type Screen } from './screens';
import { DemoSignIn, type DemoIdentity } from './sign-in';
import { TokenContext } from './session';
import { type Viewer, ViewerContext } from './viewer';

/**
 * The signed-in person's token lives in this component's state only: never in localStorage or a
 * cookie, so a reload signs out and no other script of the origin finds it at rest.
 */
export function App() {
  const [identity, setIdentity] = useState<DemoIdentity | null>(null);
  const session = useMemo(() => (identity ? gatewayClient(identity.token) : null), [identity]);
  const signOut = () => {
    session?.dispose();
    setIdentity(null);
  };
  return (
    <>
      <a class="skip" href="#contenu">
        Aller au contenu
      </a>
      {session ? (
        <Provider value={session.client}>
          <TokenContext.Provider value={identity?.token ?? null}>
            <Shell onSignOut={signOut} />
          </TokenContext.Provider>
        </Provider>
      ) : (
        <>
          <header class="banner">
            <p class="brand">Breach Gateway</p>
          </header>
          <DemoSignIn onSignIn={setIdentity} />
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
