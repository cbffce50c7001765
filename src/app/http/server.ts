import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/core';
import express from 'express';
import type { Logger } from 'pino';
import { authenticator } from '../../auth/tokens';
import { printableCodePoints } from '../../lib/fonts';
import type { Clock } from '../../config/clock';
import type { Config } from '../../config/config';
import type { Viewer } from '../../auth/viewer';
import type { DocumentRenderer } from '../../pdf/renderer';
import { createRequestContext, type GatewayContext } from '../graphql/context';
import { createErrorFormatter } from '../graphql/format-error';
import { hardenedApolloOptions } from '../graphql/hardening';
import { gatewaySchema } from '../graphql/schema';
import { ingestRouter } from '../../ingest/ingest.route';
import { organizationRolesOf } from '../../organizations/organization-roles';
import { documentRouter } from '../../documents/document.route';
import { verifyRouter } from '../../documents/verify.route';
import { registerRouter } from '../../register/register.route';
import { DownloadLinks } from '../../documents/download-link';
import { corsFor } from './cors';
import { graphqlBody } from './body';
import { errorHandler, notFound } from './fallback';
import { requestBudget } from './rate-limit';
import { startSubscriptions } from '../graphql/subscriptions';
import type { EventSource } from '../../auth/live-events';
import type { Lifecycle } from '../service/lifecycle';
import { databaseChecks, probeRoutes } from '../service/probes';
import type { SharedStore } from '../service/shared-store';
import { accessLog, operationNameForLog } from './access-log';
import { reenterRequestScope, requestId } from './request-id';
import { webAppRoutes } from './web-app';
import { demoIdentitiesRoute } from './demo-identities';
import type { AppMetrics } from '../metrics/metrics';
import { currentRequestScope, requestScopeOf } from '../../lib/request-scope';

export interface HttpDeps {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  /** A request's renderer: the shared render threads and cache, charged to this viewer's budget. */
  renderer: (viewer: Viewer) => DocumentRenderer;
  /** The outbox as it commits: what the subscriptions push. */
  events: EventSource;
  /** Draining or past the grace period: what readyz and a running upload read (src/app/service/). */
  lifecycle: Lifecycle;
  /** Redis (REDIS_URL): the budgets and persisted queries several instances share; null: this process's memory. */
  shared?: SharedStore | null;
  /** The app's metrics, when `/metrics` is served (METRICS_PORT or METRICS_TOKEN). */
  metrics?: AppMetrics;
}

export interface RunningServer {
  url: string;
  server: Server;
  /** WebSocket connections open on /graphql. */
  liveConnections(): number;
  /** Closes every WebSocket (1001, going away) and refuses new ones; `stop` does it too. */
  closeLive(): Promise<void>;
  stop(): Promise<void>;
}

/** Express with Apollo on /graphql, a health probe, and room for the download and ingest routes. */
export async function startHttpServer(deps: HttpDeps, port = deps.config.port, host = deps.config.host): Promise<RunningServer> {
  const { config, orm, clock, logger, renderer } = deps;
  const verify = authenticator(config.jwt, organizationRolesOf(orm.em));
  // The viewer's organisation goes on the request's access log line (the person's subject does not).
  const authenticate: typeof verify = async (authorization) => {
    const viewer = await verify(authorization);
    const scope = currentRequestScope();
    if (scope) scope.organizationId = viewer.organizationId;
    return viewer;
  };
  const downloadLinks = new DownloadLinks(config.downloadLinks, clock);
  const routeDeps = { ...deps, authenticate, downloadLinks, stopping: deps.lifecycle.graceOver };
  if (config.downloadLinks.keySource === 'generated')
    logger.warn('download links are signed with a key of this process only: set DOWNLOAD_LINK_KEY when several instances serve the API');
  const app = express();
  app.disable('x-powered-by');
  if (config.rateLimit.trustProxyHops > 0) app.set('trust proxy', config.rateLimit.trustProxyHops);
  const server = createServer(app);
  const hardened = hardenedApolloOptions(config.graphql);
  const schema = await gatewaySchema();
  const formatErrorOnly = createErrorFormatter(logger, { suggestions: config.graphql.introspection });
  const formatError: typeof formatErrorOnly = (formatted, error) => {
    const answer = formatErrorOnly(formatted, error);
    deps.metrics?.countError(answer.extensions?.code);
    return answer;
  };
  const budget = requestBudget(config, deps.shared);
  const subscriptions = startSubscriptions({
    server,
    schema,
    graphql: config.graphql,
    limits: config.subscriptions,
    authenticate,
    events: deps.events,
    budget,
    trustProxyHops: config.rateLimit.trustProxyHops,
    logger,
    formatError,
  });
  const apollo = new ApolloServer<GatewayContext>({
    ...hardened,
    // Persisted queries registered through one instance are found by hash on the others (unless trusted documents turn them off).
    ...(deps.shared && hardened.persistedQueries !== false ? { persistedQueries: { cache: deps.shared.persistedQueries } } : {}),
    schema,
    formatError,
    // Apollo would stop itself on SIGTERM/SIGINT, closing the server before readiness is withdrawn:
    // the serve command's shutdown (src/app/service/shutdown.ts) does it in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      subscriptions.plugin,
      ...hardened.plugins,
      operationNameForLog(),
      ...(deps.metrics ? [deps.metrics.apolloPlugin()] : []),
    ],
  });
  await apollo.start();
  // Every string input is checked against the fonts' repertoire: read it now (about 150 ms), not in the first request.
  printableCodePoints();

  // First: every answer, refusals included, gets its request id, its log line and its timing.
  app.use(requestId(), accessLog(logger));
  if (deps.metrics) app.use(deps.metrics.httpMiddleware());
  // Before the rate limit: a scraper every 15 s must not spend a budget (its token is not a JWT).
  if (deps.metrics && config.metrics?.token && config.metrics.port === null)
    app.get('/metrics', deps.metrics.tokenRoute(config.metrics.token));
  app.use(
    probeRoutes({
      lifecycle: deps.lifecycle,
      checks: { ...databaseChecks(orm), ...(deps.shared ? { redis: deps.shared.ping } : {}) },
      logger,
    }),
  );
  // Before the rate limit: the page and its assets are static files a browser loads on every visit.
  app.use(webAppRoutes({ demo: config.demo, oidc: config.oidc ?? null }, config.webAppDirectory));
  // Before the rate limit: a preflight carries no token and must not spend the anonymous budget.
  app.use(corsFor(config.cors));
  app.use(budget.middleware);
  app.use(demoIdentitiesRoute(deps));
  app.use('/ingest', ingestRouter(routeDeps));
  app.use(registerRouter(routeDeps));
  app.use(documentRouter(routeDeps));
  app.use(verifyRouter(routeDeps));
  app.use(
    '/graphql',
    ...graphqlBody(),
    reenterRequestScope(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await verify(req.headers.authorization);
        const scope = requestScopeOf(res);
        if (scope) scope.organizationId = viewer.organizationId;
        return createRequestContext({
          em: orm.em,
          viewer,
          clock,
          logger,
          renderer: renderer(viewer),
          downloadLinks,
          personsInformationTargetDays: config.personsInformation.targetDays,
          regimes: config.regimes,
          webhookConfig: config.webhooks,
        });
      },
    }),
  );
  app.use(notFound(), errorHandler(logger));

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
    server,
    liveConnections: subscriptions.connections,
    closeLive: subscriptions.close,
    stop: () => apollo.stop(),
  };
}
