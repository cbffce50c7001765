import { useEffect, useState } from 'preact/hooks';
import { rolesLabel } from './labels';

export interface DemoIdentity {
  label: string;
  subject: string;
  roles: string[];
  token: string;
}

type Loading = { state: 'loading' } | { state: 'ready'; identities: DemoIdentity[] } | { state: 'unavailable'; reason: string };

/**
 * The demo's sign-in: the gateway hands out its demo people's tokens (GET /demo/identities) only
 * when it runs in demo mode; elsewhere the page says so.
 */
export function DemoSignIn({ onSignIn }: { onSignIn: (identity: DemoIdentity) => void }) {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  useEffect(() => {
    fetch('/demo/identities', { headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (response.status === 404)
          return setLoading({ state: 'unavailable', reason: 'La connexion de démonstration n’existe qu’en mode démo (serve --demo).' });
        if (!response.ok) return setLoading({ state: 'unavailable', reason: `Le serveur a répondu ${response.status}.` });
        const body = (await response.json()) as { identities: DemoIdentity[] };
        setLoading({ state: 'ready', identities: body.identities });
      })
      .catch(() => setLoading({ state: 'unavailable', reason: 'Le serveur ne répond pas.' }));
  }, []);
  return (
    <main id="contenu" class="sign-in">
      <h1>Connexion de démonstration</h1>
      <p>Choisissez la personne au nom de laquelle consulter la passerelle. Les données sont fictives.</p>
      {loading.state === 'loading' && <p role="status">Chargement des identités…</p>}
      {loading.state === 'unavailable' && <p role="alert">{loading.reason}</p>}
      {loading.state === 'ready' && (
        <ul class="identities">
          {loading.identities.map((identity) => (
            <li key={identity.subject}>
              <button type="button" onClick={() => onSignIn(identity)}>
                <span class="role">{rolesLabel(identity.roles)}</span>
                <span class="subject">{identity.subject}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
