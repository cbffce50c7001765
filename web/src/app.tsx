import { useMemo, useState } from 'preact/hooks';
import { Provider, useQuery } from '@urql/preact';
import { gatewayClient } from './client';
import { DeadlinesScreen } from './deadlines';
import { WebViewerDocument } from './generated/graphql';
import { rolesLabel } from './labels';
import { DemoSignIn, type DemoIdentity } from './sign-in';

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
      <header class="banner">
        <p class="brand">Breach Gateway</p>
        {session && (
          <Provider value={session.client}>
            <Who onSignOut={signOut} />
          </Provider>
        )}
      </header>
      {session ? (
        <Provider value={session.client}>
          <nav aria-label="Écrans">
            <ul>
              <li>
                <a href="#contenu" aria-current="page">
                  Échéances
                </a>
              </li>
            </ul>
          </nav>
          <DeadlinesScreen />
        </Provider>
      ) : (
        <DemoSignIn onSignIn={setIdentity} />
      )}
    </>
  );
}

/** Who the token is for, as the API says (`viewer`), and the way out. */
function Who({ onSignOut }: { onSignOut: () => void }) {
  const [{ data }] = useQuery({ query: WebViewerDocument, variables: {} });
  return (
    <div class="who">
      {data && (
        <p>
          Connecté : <strong>{data.viewer.subject}</strong> — {rolesLabel(data.viewer.roles)}
          {data.viewer.organization && `, ${data.viewer.organization.legalName}`}
        </p>
      )}
      <button type="button" onClick={onSignOut}>
        Se déconnecter
      </button>
    </div>
  );
}
