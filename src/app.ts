import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { type Clock, systemClock } from './config/clock';
import type { Config } from './config/config';
import { createLogger } from './config/logger';
import { createOrm, migrate } from './db/orm';
import { type RunningServer, startHttpServer } from './http/server';
import { sweepOrphanBatches } from './ingest/batch-sweep';

export interface App {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  clock: Clock;
  /** Starts the HTTP server; port 0 picks a free one (tests). */
  listen(port?: number): Promise<RunningServer>;
  close(): Promise<void>;
}

/** The gateway with its database migrated: what `main` serves and what integration tests boot. */
export async function createApp(config: Config, options: { clock?: Clock; logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const orm = await createOrm(config.database);
  const applied = await migrate(orm);
  if (applied.length) logger.info({ applied }, 'database migrated');
  await sweepOrphanBatches(orm, config.database, clock, logger);
  const servers: RunningServer[] = [];
  return {
    config,
    orm,
    logger,
    clock,
    async listen(port?: number) {
      const running = await startHttpServer({ config, orm, clock, logger }, port);
      servers.push(running);
      return running;
    },
    async close() {
      await Promise.all(servers.map((s) => s.stop()));
      await orm.close(true);
    },
  };
}
