import type { Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import proxyAddr from 'proxy-addr';
import { type WebSocket, WebSocketServer } from 'ws';
import { type EventSource, type LiveContext, LiveEvents } from '../../auth/live-events';
import type { Authenticate } from '../../auth/tokens';
import type { Viewer } from '../../auth/viewer';
import type { GraphqlConfig, SubscriptionConfig } from '../../config/config';
import { UnauthenticatedError } from '../../lib/errors';
import { ipKey, personKey, type RequestBudget } from '../http/rate-limit';
import { knownOperationTypes } from './hardening';
import { GRAPHQL_LIMITS, GraphqlLimitError, graphqlArmorRules, operationCost, tokenRefusal } from './limits';
import { namedId, trustedDocument } from './trusted-documents';

/** Close codes beyond graphql-ws's own (4400 bad request, 4408 no connection_init in time…). */
export const SUBSCRIPTION_CLOSE = {
  /** No token, a token refused, or a token that expired while the connection was open. */
  unauthorized: CloseCode.Unauthorized,
  /** The person already holds as many connections as allowed (graphql-ws clients do not retry it). */
  tooManyConnections: CloseCode.TooManyInitialisationRequests,
  /** The client reads its events too slowly: WebSocket's "try again later". */
  tooSlow: 1013,
} as const;

/** Refusals of a subscribe message of this module's own (the limits' and trusted documents' have theirs). */
export const SUBSCRIPTION_ERROR_CODES = ['TOO_MANY_SUBSCRIPTIONS'] as const;

/** A slow client's socket is destroyed this long after its close frame, whether or not it answered. */
const SLOW_CLOSE_GRACE_MS = 1000;
/** The largest setTimeout delay; a token living longer is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A subscribe message is a GraphQL document and its variables: the same bound as an HTTP body. */
const MAX_MESSAGE_BYTES = 100 * 1024;

export interface SubscriptionDeps {
  server: Server;
  schema: GraphQLSchema;
  graphql: GraphqlConfig;
  limits: SubscriptionConfig;
  authenticate: Authenticate;
  events: EventSource;
  budget: RequestBudget;
  /** TRUST_PROXY_HOPS: the upgrade counts against the client's address as Express reads it for HTTP requests. */
  trustProxyHops: number;
  logger: Logger;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** What the gateway knows of one open connection once its token was accepted. */
interface Connection {
  viewer: Viewer;
  key: string;
  active: number;
  expiry?: NodeJS.Timeout;
}

/** A close reason is at most 123 bytes (RFC 6455). */
function closeReason(text: string): string {
  return Buffer.from(text)
    .subarray(0, 123)
    .toString()
    .replace(/\uFFFD$/, '');
}

/**
 * GraphQL subscriptions on /graphql over the graphql-ws protocol, on the HTTP server's own port.
 * The token arrives in `connection_init` (`{ authorization: 'Bearer …' }` or `{ token }`) and is
 * verified like an HTTP request's; the connection closes when it expires. A subscription document
 * passes the same checks as an HTTP one (trusted documents, tokens, depth, aliases, directives,
 * introspection, cost) and counts against the same request budget; only subscriptions run here.
 * Events come from the outbox (EventBus), filtered per viewer by auth/live-events.ts.
 */
export function startSubscriptions(deps: SubscriptionDeps): { plugin: ApolloServerPlugin; connections(): number; close(): Promise<void> } {
  const { schema, graphql, limits, authenticate, events, budget, logger, formatError } = deps;
  const connections = new WeakMap<WebSocket, Connection>();
  const perPerson = new Map<string, number>();
  const rules = [
    ...specifiedRules,
    knownOperationTypes,
    ...graphqlArmorRules(),
    ...(graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];

  const wss = new WebSocketServer({
    server: deps.server,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
    // The upgrade is a request like any other: it spends its address's budget before a socket exists.
    // The address is read with proxy-addr, as Express's `trust proxy` reads req.ip: behind N proxies,
    // the client's, not the proxy's (which would put every client in one budget).
    verifyClient: (info, done) => {
      budget.charge(ipKey(proxyAddr(info.req, (_address, hop) => hop < deps.trustProxyHops))).then(
        (refused) => (refused ? done(false, 429, refused) : done(true)),
        () => done(false, 500),
      );
    },
  });

  const refuse = (errors: GraphQLError[]) =>
    errors.map((error) => {
      const formatted = formatError(error.toJSON(), error);
      return new GraphQLError(formatted.message, { extensions: formatted.extensions });
    });
  const refusal = (code: string, message: string) => refuse([new GraphQLError(message, { extensions: { code } })]);

  /** The document a subscribe message may run, parsed and validated, or its refusal. */
  const checkedDocument = (payload: SubscribePayload): DocumentNode | GraphQLError[] => {
    let text: string | GraphQLError = payload.query;
    if (graphql.trustedDocuments) {
      const documentId = (payload as { documentId?: unknown }).documentId;
      text = trustedDocument(graphql.trustedDocuments, payload.query, namedId(documentId, payload.extensions ?? undefined));
      if (text instanceof GraphQLError) return refuse([text]);
    }
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens: GRAPHQL_LIMITS.tokens });
    } catch (error) {
      const parseError = error as GraphQLError;
      return refuse([tokenRefusal(parseError) ?? new GraphQLError(parseError.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length)
      return refuse(
        invalid.map((e) =>
          e instanceof GraphqlLimitError
            ? e
            : new GraphQLError(e.message, { extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }),
        ),
      );
    return document;
  };

  const closeWhenExpired = (socket: WebSocket, connection: Connection) => {
    const left = (connection.viewer.tokenExpiresAt?.getTime() ?? Infinity) - Date.now();
    if (left === Infinity) return;
    connection.expiry = setTimeout(
      () => {
        if (left > MAX_TIMER_MS) return closeWhenExpired(socket, connection);
        socket.close(SUBSCRIPTION_CLOSE.unauthorized, 'Unauthenticated: the token has expired; reconnect with a new one');
      },
      Math.max(0, Math.min(left, MAX_TIMER_MS)),
    );
    connection.expiry.unref();
  };

  const server = useServer<Record<string, unknown> | undefined, { socket: WebSocket }>(
    {
      schema,
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const params = ctx.connectionParams ?? {};
        const header =
          typeof params.authorization === 'string'
            ? params.authorization
            : typeof params.token === 'string'
              ? `Bearer ${params.token}`
              : undefined;
        let viewer: Viewer;
        try {
          viewer = await authenticate(header);
        } catch (error) {
          // UnauthenticatedError says why ("Unauthenticated: the token has expired"); anything else is not the client's to read.
          const why = error instanceof UnauthenticatedError ? error.message : 'Unauthenticated: the token was refused';
          socket.close(
            SUBSCRIPTION_CLOSE.unauthorized,
            closeReason(header ? why : 'Unauthenticated: send { authorization: "Bearer <token>" } in connection_init'),
          );
          return false;
        }
        const key = personKey(viewer);
        const held = perPerson.get(key) ?? 0;
        if (held >= limits.connectionsPerPerson) {
          socket.close(
            SUBSCRIPTION_CLOSE.tooManyConnections,
            `Too many connections: at most ${limits.connectionsPerPerson} per person (SUBSCRIPTION_CONNECTIONS_PER_PERSON)`,
          );
          return false;
        }
        perPerson.set(key, held + 1);
        const connection: Connection = { viewer, key, active: 0 };
        connections.set(socket, connection);
        closeWhenExpired(socket, connection);
        socket.once('close', () => {
          clearTimeout(connection.expiry);
          const left = (perPerson.get(key) ?? 1) - 1;
          if (left > 0) perPerson.set(key, left);
          else perPerson.delete(key);
        });
        return true;
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const { socket } = ctx.extra;
        const connection = connections.get(socket)!;
        if (connection.active >= limits.perConnection)
          return refusal(
            'TOO_MANY_SUBSCRIPTIONS',
            `at most ${limits.perConnection} subscriptions run at once on one connection; complete one first`,
          );
        const overBudget = await budget.charge(personKey(connection.viewer));
        if (overBudget) return refusal('RATE_LIMITED', overBudget);
        const document = checkedDocument(payload);
        if (Array.isArray(document)) return document;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refusal('BAD_REQUEST', 'the document has no operation of that name, or several and no operationName');
        if (operation.operation !== 'subscription')
          return refusal('BAD_REQUEST', `only subscriptions run over WebSocket; send a ${operation.operation} over HTTP`);
        const variables = payload.variables ?? {};
        let cost: number;
        try {
          cost = operationCost(schema, document, operation, variables);
        } catch (error) {
          if (error instanceof GraphqlLimitError) return refuse([error]);
          cost = 0; // variables that do not coerce: execution refuses them with graphql-js's own message
        }
        if (cost > GRAPHQL_LIMITS.cost) return refuse([new GraphqlLimitError('cost', cost)]);
        const live = new LiveEvents(events, connection.viewer, {
          queueMax: limits.queueMax,
          congested: () => socket.bufferedAmount > limits.bufferBytes,
          overflow: (reason) => {
            logger.warn({ subject: connection.viewer.subject }, 'subscription client too slow; connection closed');
            socket.close(SUBSCRIPTION_CLOSE.tooSlow, closeReason(reason));
            // Its unsent events are not kept waiting for a client that does not read its close frame either.
            setTimeout(() => socket.terminate(), SLOW_CLOSE_GRACE_MS).unref();
          },
        });
        const contextValue: LiveContext = { viewer: connection.viewer, live };
        connection.active += 1;
        return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
      },
      onComplete: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (connection) connection.active -= 1;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    },
    wss,
  );

  // Once: a shutdown closes the sockets first (shutdown.ts), then Apollo's stop asks again.
  let disposed: Promise<void> | undefined;
  const close = () => (disposed ??= Promise.resolve(server.dispose()));
  return {
    // Apollo's stop closes every socket (1001, going away) and the WebSocket server with the HTTP one.
    plugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            await close();
          },
        };
      },
    },
    connections: () => wss.clients.size,
    close,
  };
}
