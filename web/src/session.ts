import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TokenSource } from './auth/session';

/**
 * The signed-in person's tokens, for the REST routes a screen calls with fetch (uploads, the PDF
 * check): GraphQL requests get them from the client. Held in the shell's memory like the client,
 * never stored.
 */
export const TokenContext = createContext<TokenSource | null>(null);

/**
 * The `Authorization` header value of the signed-in person, read when the request is sent: an
 * identity provider's token may have been renewed since the screen rendered.
 */
export function useAuthorization(): () => string {
  const tokens = useContext(TokenContext);
  if (!tokens) throw new Error('useAuthorization outside a signed-in shell');
  return () => `Bearer ${tokens.current()}`;
}
