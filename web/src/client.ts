import { Client, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { CloseCode, createClient as createWsClient } from 'graphql-ws';
import type { TokenSource } from './auth/session';

/** A GraphQL client for one signed-in person: its current token goes on every request and in connection_init. */
export interface GatewayClient {
  client: Client;
  /** Closes the WebSocket: what signing out does, so no subscription outlives the token in memory. */
  dispose(): void;
}

/** The subscriptions' URL: /graphql on this origin, ws: or wss: as the page was served. */
function subscriptionsUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * How the gateway closes a WebSocket whose token it refuses, or whose token expired while open
 * (src/app/graphql/subscriptions.ts); Forbidden as well, which graphql-ws would otherwise retry.
 */
const REFUSED_CLOSE_CODES: readonly number[] = [CloseCode.Unauthorized, CloseCode.Forbidden];

/**
 * Queries and mutations over HTTP POST (the gateway answers subscriptions only on the WebSocket, and
 * POST with a JSON body passes its CSRF rules); subscriptions over graphql-ws. No document cache: the
 * screens read afresh when an event says something changed.
 *
 * The token is read at each request and each connection, so a renewed one is used from then on. The
 * open WebSocket was authenticated with the previous token and the gateway closes it when that one
 * expires: on renewal it is closed normally, and graphql-ws reconnects at once (with the new token)
 * and subscribes again. `onRefused` is called when the API refuses the token (HTTP 401, or the
 * WebSocket closed as unauthorized): the session is over.
 */
export function gatewayClient(tokens: TokenSource, onRefused: () => void): GatewayClient {
  const authorization = () => `Bearer ${tokens.current()}`;
  let socket: WebSocket | null = null;
  const ws = createWsClient({
    url: subscriptionsUrl(),
    connectionParams: () => ({ authorization: authorization() }),
    lazy: true,
    on: {
      connected: (connected) => {
        socket = connected as WebSocket;
      },
      closed: (event) => {
        socket = null;
        if (REFUSED_CLOSE_CODES.includes((event as CloseEvent).code)) onRefused();
      },
    },
  });
  const stopListening = tokens.onRenewed(() => socket?.close(1000, 'Token renewed'));
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => ({ headers: { authorization: authorization() } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.response instanceof Response && error.response.status === 401) onRefused();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              return { unsubscribe: ws.subscribe(input, sink) };
            },
          };
        },
      }),
    ],
  });
  return {
    client,
    dispose: () => {
      stopListening();
      void ws.dispose();
    },
  };
}
