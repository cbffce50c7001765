import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Constructor, EntityClass, MigrationObject, Options } from '@mikro-orm/core';
import { FlushMode, MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config/config';
import { compiled, projectRoot } from '../lib/paths';
import { UnauditedFlushGuard } from './audit/audit.writer';

export type Dialect = DatabaseConfig['dialect'];

/** The entity classes of every stage, listed by the composition root (src/app/modules.ts). */
export type EntityList = readonly EntityClass<object>[];

/**
 * The migrations of a dialect are written to `migrations/<dialect>/` and run from there under the
 * test runner, or from `dist/migrations/<dialect>/` once built. They are loaded as an explicit list
 * rather than by glob so the same code works from JavaScript and from TypeScript.
 */
export function migrationsDir(dialect: Dialect, { source = false } = {}): string {
  return join(projectRoot, compiled && !source ? 'dist' : '', 'migrations', dialect);
}

async function loadMigrations(dialect: Dialect): Promise<MigrationObject[]> {
  const dir = migrationsDir(dialect);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(join(dir, file))) as Record<string, Constructor<Migration>>;
      const name = file.replace(/\.(ts|js)$/, '');
      const migration = module[name];
      if (!migration) throw new Error(`${join(dir, file)} must export a class named ${name}`);
      return { name, class: migration };
    }),
  );
}

export function ormOptions(database: DatabaseConfig, entities: EntityList, migrationsList: MigrationObject[]): Options {
  const common = {
    entities: [...entities],
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Request code always works on a fork; touching the global context is a bug we want loud.
    allowGlobalContext: false,
    // Optimistic locking must be the database's: every update of a versioned row is its own
    // `UPDATE … SET version = version + 1 WHERE id = ? AND version = ?`, checked for one affected
    // row (else OptimisticLockError, our CONFLICT). MikroORM's batched update of several rows of one
    // entity instead SELECTs the versions first and then updates by id alone: a writer committing
    // between the two is overwritten silently. Our flushes change a handful of rows, so one
    // statement per row costs nothing.
    useBatchUpdates: false,
    // Nothing is written but by an explicit flush (flushAudited: with its audit events, in one
    // transaction). The default AUTO mode flushed a changed entity before any query on its table:
    // recordNotificationFiling wrote FILED, unaudited, before its own checks and rendering ran.
    flushMode: FlushMode.COMMIT,
    migrations: { migrationsList, transactional: true, allOrNothing: true, emit: 'ts' as const, snapshot: false, silent: true },
    discovery: { warnWhenNoEntities: true },
    // Every flush of an audited entity goes through flushAudited: any other fails before writing.
    subscribers: [new UnauditedFlushGuard()],
  };
  if (database.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: database.url };
  }
  return { ...common, driver: BetterSqliteDriver, dbName: database.path };
}

export async function createOrm(database: DatabaseConfig, entities: EntityList): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database, entities, await loadMigrations(database.dialect)));
  if (database.dialect === 'sqlite') {
    // WAL lets dashboards read while an ingest writes; busy_timeout waits out short write locks.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
