import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';

/** A GraphQL client for one signed-in person: its token goes on every request and in connection_init. */
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
 * Queries and mutations over HTTP POST (the gateway answers subscriptions only on the WebSocket, and
 * POST with a JSON body passes its CSRF rules); subscriptions over graphql-ws. No document cache: the
 * screens read afresh when an event says something changed.
 */
export function gatewayClient(token: string): GatewayClient {
  const authorization = `Bearer ${token}`;
  const ws = createWsClient({ url: subscriptionsUrl(), connectionParams: { authorization }, lazy: true });
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers: { authorization } },
    exchanges: [
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
  return { client, dispose: () => void ws.dispose() };
}
