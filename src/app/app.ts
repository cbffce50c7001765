import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { useAuditKey } from '../db/audit/audit.writer';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import { type Clock, systemClock } from '../config/clock';
import type { Config } from '../config/config';
import { createLogger } from '../config/logger';
import { migrate, type MigrationMode, requireCurrentSchema } from '../db/orm';
import { openOrm } from './orm';
import { renderBudget } from './http/rate-limit';
import { type RunningServer, startHttpServer } from './http/server';
import { sweepOrphanBatches } from '../ingest/batch-sweep';
import { PdfRendering } from '../pdf/renderer';
import { useDerivedState } from '../db/derived-state';
import { EventBus } from '../db/outbox/event-bus';
import { AlertScheduler } from '../notifications/alert-scheduler';
import { WebhookDispatcher } from '../channels/webhook-dispatcher';
import { derivedStateRefresher, GATEWAY, refreshStaleStates } from '../notifications/derived-state';
import { Lifecycle } from './service/lifecycle';
import { connectSharedStore, type SharedStore } from './service/shared-store';
import { AppMetrics } from './metrics/metrics';

export interface App {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  clock: Clock;
  /** The render threads and the cache of rendered PDFs, shared by every request. */
  rendering: PdfRendering;
  /** The outbox as it commits, pushed to this instance's subscriptions (started by `listen`). */
  events: EventBus;
  /** Writes due deadline alerts to the outbox (started by `listen` when ALERT_SCHEDULER is on). */
  alerts: AlertScheduler;
  /** Serving, draining, or past the shutdown's grace period (src/app/service/shutdown.ts drives it). */
  lifecycle: Lifecycle;
  /** This app's metrics when `/metrics` is served (METRICS_PORT or METRICS_TOKEN), else null. */
  metrics: AppMetrics | null;
  /** Where `/metrics` listens when on a port of its own (METRICS_PORT), once `listen` ran. */
  metricsUrl(): string | undefined;
  /** Starts the HTTP server; port 0 picks a free one (tests). */
  listen(port?: number): Promise<RunningServer>;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  /**
   * `apply` (the default) migrates the database, creating it when missing; `require-current` refuses
   * a database that is missing or not at the latest migration (src/db/orm.ts) and changes nothing.
   */
  migrations?: MigrationMode;
  /**
   * Whether start-up rejects orphaned ingest batches and recomputes overtaken derived states (true
   * by default): the commands that only read leave that housekeeping to the serving instances.
   */
  housekeeping?: boolean;
}

/** The gateway with its database migrated (or checked current): what `main` serves and what integration tests boot. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const { migrations = 'apply', housekeeping = true } = options;
  const orm = await openOrm(config.database, { migrations });
  // A start that failed leaves no pool open: the process can exit.
  const closeOnFailure = async (error: unknown): Promise<never> => {
    await orm.close(true);
    throw error;
  };
  useAuditKey(orm, config.auditKey);
  await prepareSchema(orm, config, migrations, logger).catch(closeOnFailure);
  if (housekeeping) await sweepOrphanBatches(orm, config.database, clock, logger).catch(closeOnFailure);
  // Derived state is recomputed by every audited flush; what time has overtaken (or what predates
  // the states) is recomputed now, before anything is served, and then every STATE_REFRESH_SECONDS.
  useDerivedState(orm, derivedStateRefresher(config.regimes, config.alerts));
  const refreshStates = () =>
    orm.em.fork().transactional((em) => refreshStaleStates({ em, clock, viewer: GATEWAY, regimes: config.regimes }, config.alerts));
  if (housekeeping) await refreshStates().catch(closeOnFailure);
  const servers: RunningServer[] = [];
  // Threads start on the first render: commands that never render (migrate, ingest) start none.
  const rendering = new PdfRendering(config.pdf);
  // In memory until a server starts: only serving connects to Redis (REDIS_URL), not migrate or ingest.
  let budget = renderBudget(config);
  let shared: SharedStore | null = null;
  const renderer = (viewer: Viewer) => rendering.forRequest(() => budget.charge(viewer));
  let refresher: NodeJS.Timeout | undefined;
  const events = new EventBus(orm, config.database, logger);
  let eventsStarted: Promise<void> | undefined;
  const alerts = new AlertScheduler(orm, clock, config.alerts, logger);
  // Delivers the outbox to webhooks and alert e-mails; started by the first `listen` (a serving gateway).
  const dispatcher = new WebhookDispatcher(orm, config, clock, logger);
  let dispatching = false;
  const lifecycle = new Lifecycle();
  const metrics = config.metrics && (config.metrics.port !== null || config.metrics.token) ? new AppMetrics(orm, clock) : null;
  let metricsServer: Awaited<ReturnType<AppMetrics['listenSeparately']>> | undefined;
  return {
    config,
    orm,
    logger,
    clock,
    rendering,
    events,
    alerts,
    lifecycle,
    metrics,
    metricsUrl: () => metricsServer?.url,
    async listen(port?: number) {
      // Before the first request: a change made through this server is already an event to push.
      await (eventsStarted ??= events.start());
      if (config.service.redis && !shared) {
        shared = await connectSharedStore(config.service.redis, logger);
        budget.close();
        budget = renderBudget(config, shared);
      }
      if (config.webhooks.dispatch && !dispatching) {
        dispatching = true;
        dispatcher.start(events);
      }
      const running = await startHttpServer(
        { config, orm, clock, logger, renderer, events, lifecycle, shared, metrics: metrics ?? undefined },
        port,
      );
      if (metrics && config.metrics?.port != null && !metricsServer) {
        metricsServer = await metrics.listenSeparately({ ...config.metrics, port: config.metrics.port }, logger);
      }
      // A server will render: its threads start now, not on a first request that would wait for them.
      rendering.pool.warm();
      servers.push(running);
      if (config.alerts.scheduler) alerts.start();
      if (config.stateRefreshSeconds > 0)
        refresher ??= setInterval(() => {
          refreshStates().catch((error: unknown) => logger.error({ err: error }, 'derived state refresh failed'));
        }, config.stateRefreshSeconds * 1000).unref();
      return running;
    },
    async close() {
      if (refresher) clearInterval(refresher);
      await alerts.stop();
      await Promise.all(servers.map((s) => s.stop()));
      await metricsServer?.close();
      await dispatcher.close();
      await events.close();
      await rendering.close();
      budget.close();
      await shared?.close();
      await orm.close(true);
    },
  };
}

/** Migrates under the migration lock, or refuses a database that is not current, as the command asked. */
async function prepareSchema(orm: MikroORM, config: Config, migrations: MigrationMode, logger: Logger): Promise<void> {
  if (migrations === 'require-current') return requireCurrentSchema(orm, config.database);
  const applied = await migrate(orm, config.database);
  if (applied.length) logger.info({ applied }, 'database migrated');
}
