import { useEffect, useState } from 'preact/hooks';
import type { UserManager } from 'oidc-client-ts';
import { fetchWebAppSettings, fixedSession, type OidcSettings, type Session, type WebAppSettings } from './auth/session';
import { rolesLabel } from './labels';

export interface DemoIdentity {
  label: string;
  subject: string;
  roles: string[];
  token: string;
}

type Loading<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'unavailable'; reason: string };

/**
 * The sign-in page: the ways the gateway's settings (GET /web-app/config) open, the demo identities
 * in demo mode, the identity provider when one is configured, both when both are. Loaded back from the
 * provider (`/?code=…`), it completes the sign-in first. `notice` says why the person is here again
 * (their session expired).
 */
export function SignIn({ onSignIn, notice }: { onSignIn: (session: Session) => void; notice: string | null }) {
  const [settings, setSettings] = useState<Loading<WebAppSettings>>({ state: 'loading' });
  const [manager, setManager] = useState<UserManager | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    fetchWebAppSettings()
      .then(async (value) => {
        // oidc-client-ts is nearly a third of the app's script: only a gateway with a provider sends it.
        const oidc = value.oidc ? await import('./auth/oidc') : null;
        const manager = oidc && value.oidc ? oidc.oidcManager(value.oidc) : null;
        setManager(manager);
        if (oidc && manager && oidc.redirectKind(window.location)) {
          const user = await oidc.completeRedirect(manager).catch((error: unknown) => {
            setProblem(`Le fournisseur d’identité a refusé la connexion : ${error instanceof Error ? error.message : String(error)}`);
            return null;
          });
          if (user) return onSignIn(oidc.oidcSession(manager, user));
        }
        setSettings({ state: 'ready', value });
      })
      .catch(() => setSettings({ state: 'unavailable', reason: 'Le serveur ne répond pas.' }));
  }, []);
  const ready = settings.state === 'ready' ? settings.value : null;
  return (
    <main id="contenu" class="sign-in">
      <h1>Connexion</h1>
      {notice && <p role="alert">{notice}</p>}
      {problem && <p role="alert">{problem}</p>}
      {settings.state === 'loading' && <p role="status">Chargement…</p>}
      {settings.state === 'unavailable' && <p role="alert">{settings.reason}</p>}
      {ready?.oidc && manager && <ProviderSignIn settings={ready.oidc} manager={manager} />}
      {ready?.demo && <DemoSignIn onSignIn={(identity) => onSignIn(fixedSession(identity.token))} />}
      {ready && !ready.oidc && !ready.demo && (
        <p role="alert">
          Aucune connexion n’est configurée sur ce serveur : il faut un fournisseur d’identité (variables OIDC_ISSUER et OIDC_CLIENT_ID) ou
          le mode démo (serve --demo).
        </p>
      )}
    </main>
  );
}

/** The identity provider's button: a redirect to its authorization endpoint, with a PKCE challenge. */
function ProviderSignIn({ settings, manager }: { settings: OidcSettings; manager: UserManager }) {
  const [problem, setProblem] = useState<string | null>(null);
  const provider = new URL(settings.issuer).host;
  const signIn = () => {
    setProblem(null);
    manager.signinRedirect().catch(() => setProblem(`Le fournisseur d’identité ${provider} ne répond pas.`));
  };
  return (
    <section aria-labelledby="connexion-fournisseur">
      <h2 id="connexion-fournisseur">Avec votre compte</h2>
      <p>Vous serez redirigé vers votre fournisseur d’identité, puis ramené ici.</p>
      <button type="button" onClick={signIn}>
        Se connecter avec {provider}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

/**
 * The demo's sign-in: the gateway hands out its demo people's tokens (GET /demo/identities) only
 * when it runs in demo mode.
 */
function DemoSignIn({ onSignIn }: { onSignIn: (identity: DemoIdentity) => void }) {
  const [loading, setLoading] = useState<Loading<DemoIdentity[]>>({ state: 'loading' });
  useEffect(() => {
    fetch('/demo/identities', { headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) return setLoading({ state: 'unavailable', reason: `Le serveur a répondu ${response.status}.` });
        const body = (await response.json()) as { identities: DemoIdentity[] };
        setLoading({ state: 'ready', value: body.identities });
      })
      .catch(() => setLoading({ state: 'unavailable', reason: 'Le serveur ne répond pas.' }));
  }, []);
  return (
    <section aria-labelledby="connexion-demo">
      <h2 id="connexion-demo">Connexion de démonstration</h2>
      <p>Choisissez la personne au nom de laquelle consulter la passerelle. Les données sont fictives.</p>
      {loading.state === 'loading' && <p role="status">Chargement des identités…</p>}
      {loading.state === 'unavailable' && <p role="alert">{loading.reason}</p>}
      {loading.state === 'ready' && (
        <ul class="identities">
          {loading.value.map((identity) => (
            <li key={identity.subject}>
              <button type="button" onClick={() => onSignIn(identity)}>
                <span class="role">{rolesLabel(identity.roles)}</span>
                <span class="subject">{identity.subject}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
