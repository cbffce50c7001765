import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The signed-in person's bearer token, for the REST routes a screen calls with fetch (uploads,
 * downloads): GraphQL requests get it from the client. Held in the shell's memory like the client,
 * never stored.
 */
export const TokenContext = createContext<string | null>(null);

/** The `Authorization` header value of the signed-in person. */
export function useAuthorization(): string {
  const token = useContext(TokenContext);
  if (!token) throw new Error('useAuthorization outside a signed-in shell');
  return `Bearer ${token}`;
}
