import type { MikroORM } from '@mikro-orm/core';
import { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';
import type { Lifecycle } from './lifecycle';

/** A readiness check answers within this, or counts as failed: a probe must never hang on a lost database. */
export const READINESS_TIMEOUT_MS = 2_000;

/** One dependency readyz asks: resolves when it answers, rejects with why otherwise. */
export type ReadinessCheck = () => Promise<void>;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The database answers `select 1`, and no migration of this build is pending. */
export function databaseChecks(orm: MikroORM): Record<string, ReadinessCheck> {
  return {
    database: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    migrations: async () => {
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length)
        throw new Error(`${pending.length} pending (${pending.map((m) => m.name).join(', ')}): run \`breach-gateway migrate\``);
    },
  };
}

/**
 * The probes, before any rate limit or authentication (a balancer has no token, and must never be
 * refused for asking too often):
 * - `/livez` (and `/health`, its older name): the process answers; nothing else is asked, so a lost
 *   database never gets a live process restarted.
 * - `/readyz`: every check answers within READINESS_TIMEOUT_MS, and the process is not draining;
 *   503 otherwise, with each check's outcome so the operator reads what failed.
 * Checks run in order and stop at the first failure: once the database is gone, the migrations
 * cannot be read either, and the probe should not wait twice.
 */
export function probeRoutes(deps: { lifecycle: Lifecycle; checks: Record<string, ReadinessCheck>; logger: Logger }): Router {
  const router = Router();
  const live = (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  };
  router.get('/livez', live);
  router.get('/health', live);
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    let ready = !deps.lifecycle.draining;
    if (!ready) checks.shutdown = 'draining: the process is stopping';
    for (const [name, check] of Object.entries(deps.checks)) {
      if (!ready) break;
      try {
        await within(check(), READINESS_TIMEOUT_MS);
        checks[name] = 'ok';
      } catch (error) {
        ready = false;
        checks[name] = `failed: ${error instanceof Error ? error.message : String(error)}`;
        deps.logger.warn({ check: name, reason: checks[name] }, 'readiness check failed');
      }
    }
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks });
  });
  return router;
}
