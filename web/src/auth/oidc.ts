import { InMemoryWebStorage, type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { OidcSettings, Session } from './session';

/**
 * Renewal starts this long before the access token expires, or halfway through its life when that is
 * later: a fixed lead time alone (oidc-client-ts's automatic renewal) would renew a short-lived token
 * again and again, each renewal reconnecting the WebSocket.
 */
const RENEW_LEAD_SECONDS = 60;

/**
 * The OpenID Connect client of the web app: authorization code with PKCE, as a public client, back
 * to `/` both after sign-in and after sign-out.
 *
 * - The user (access, refresh and ID tokens) lives in memory only (InMemoryWebStorage): no other
 *   script of the origin finds it at rest, and a reload signs out of the page (the provider's own
 *   session may sign the person in again without a password).
 * - The request state must survive the redirect to the provider and back, a full page load, so it
 *   is kept in sessionStorage: the PKCE code verifier, the state and nonce, never a token. It is
 *   removed when the provider's answer is read (and the verifier is worthless once its code is spent).
 * - Renewal uses the refresh token grant, never a hidden iframe: the page's CSP allows no frame of
 *   the provider, and the provider's cookies would be third-party in one. Without a refresh token
 *   there is no renewal: the session ends when the access token does.
 */
export function oidcManager(settings: OidcSettings): UserManager {
  const home = new URL('/', window.location.href).href;
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: home,
    post_logout_redirect_uri: home,
    response_type: 'code',
    scope: settings.scope,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    monitorSession: false,
  });
}

/** What the URL `/` was loaded with says: the provider's answer to a sign-in, its return from a sign-out, or nothing. */
export function redirectKind(location: Location): 'sign-in' | 'sign-out' | null {
  const params = new URLSearchParams(location.search);
  if (params.has('state') && (params.has('code') || params.has('error'))) return 'sign-in';
  if (params.has('state')) return 'sign-out';
  return null;
}

/** Takes the provider's answer off the address bar (and the history): the code is spent, the page is `/`. */
function cleanUrl(): void {
  window.history.replaceState(null, '', `/${window.location.hash}`);
}

/**
 * Reads the provider's answer to `/?code=…&state=…` (the code exchanged for tokens with its PKCE
 * verifier); null after a return from sign-out. The URL is cleaned either way, error or not.
 */
export async function completeRedirect(manager: UserManager): Promise<User | null> {
  try {
    if (redirectKind(window.location) === 'sign-out') {
      await manager.signoutRedirectCallback();
      return null;
    }
    return await manager.signinRedirectCallback();
  } finally {
    cleanUrl();
  }
}

/**
 * A session on the provider's tokens: renewed with the refresh token before the access token
 * expires, the listeners told after each renewal; signing out ends the session at the provider
 * (its end-session endpoint, with the ID token as hint, back to `/`).
 */
export function oidcSession(manager: UserManager, user: User): Session {
  let current = user;
  let timer: number | undefined;
  const listeners = new Set<() => void>();
  const schedule = () => {
    const left = current.expires_in;
    if (left === undefined || !current.refresh_token) return;
    timer = window.setTimeout(() => void renew(), Math.max(left - RENEW_LEAD_SECONDS, left / 2) * 1000);
  };
  const renew = async () => {
    try {
      const renewed = await manager.signinSilent();
      if (!renewed) return;
      current = renewed;
      for (const listener of listeners) listener();
      schedule();
    } catch {
      // The current token runs on until it expires; the API's refusal then says the session has expired.
    }
  };
  schedule();
  const end = () => window.clearTimeout(timer);
  return {
    tokens: {
      current: () => current.access_token,
      onRenewed(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    },
    async signOut() {
      end();
      await manager.signoutRedirect();
    },
    end() {
      end();
      void manager.removeUser();
    },
  };
}
