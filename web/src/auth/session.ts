/**
 * A signed-in person, whichever way they signed in: the token the API is called with (which may be
 * renewed while the page is open) and how the session ends.
 */
export interface Session {
  tokens: TokenSource;
  /** Signing out: for an identity provider, a navigation to its end-session endpoint; for a demo identity, nothing more. */
  signOut(): Promise<void>;
  /** Stops whatever the session runs in the background (renewal), when the page leaves it without signing out. */
  end(): void;
}

/** The access token to send now, and word of each renewal (the WebSocket reconnects with the new one). */
export interface TokenSource {
  current(): string;
  /** Calls the listener after each renewal; returns what stops it. */
  onRenewed(listener: () => void): () => void;
}

/** A demo identity's token: handed out by the gateway, never renewed (it lasts the working day). */
export function fixedSession(token: string): Session {
  return {
    tokens: { current: () => token, onRenewed: () => () => undefined },
    signOut: () => Promise.resolve(),
    end: () => undefined,
  };
}

/** What GET /web-app/config tells the page before anyone signs in (src/app/http/web-app.ts). */
export interface WebAppSettings {
  demo: boolean;
  oidc: OidcSettings | null;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

export async function fetchWebAppSettings(): Promise<WebAppSettings> {
  const response = await fetch('/web-app/config', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Le serveur a répondu ${response.status}.`);
  return (await response.json()) as WebAppSettings;
}
