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
import { withMigrationLock } from './migration-lock';

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

/**
 * Migrations either applied at start (`apply`: serve, migrate, demo, ingest) or required to be
 * there already (`require-current`: the commands that only read, and `serve --no-migrate`), which
 * then never create a database, a file or a table.
 */
export type MigrationMode = 'apply' | 'require-current';

/** The database is missing, has no schema or lacks migrations, for a command that must not create or migrate it. */
export class SchemaNotCurrentError extends Error {}

/** Where the database is, for a message: the SQLite path, or the PostgreSQL URL without its password. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.dialect === 'sqlite') return database.path;
  try {
    const url = new URL(database.url);
    url.password = '';
    return url.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

export async function createOrm(
  database: DatabaseConfig,
  entities: EntityList,
  { migrations = 'apply' }: { migrations?: MigrationMode } = {},
): Promise<MikroORM> {
  // Opening a SQLite file creates it: a mistyped DATA_DIR would be an empty database, not an error.
  if (migrations === 'require-current' && database.dialect === 'sqlite' && !existsSync(database.path))
    throw new SchemaNotCurrentError(
      `no database at ${database.path}: run \`breach-gateway migrate\` first (or check DATA_DIR and SQLITE_PATH)`,
    );
  const orm = await MikroORM.init({
    ...ormOptions(database, entities, await loadMigrations(database.dialect)),
    // MikroORM creates a missing PostgreSQL database by default; a command that must find it never does.
    ensureDatabase: migrations === 'apply',
  });
  try {
    if (database.dialect === 'sqlite') {
      // busy_timeout first: switching to WAL takes a lock another process opening the file may hold.
      // WAL lets dashboards read while an ingest writes; busy_timeout waits out short write locks.
      await orm.em.getConnection().execute('pragma busy_timeout = 5000');
      await orm.em.getConnection().execute('pragma journal_mode = wal');
    }
    return orm;
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}

/**
 * Applies the pending migrations under the database's migration lock (src/db/migration-lock.ts):
 * of instances started together, one migrates and the others wait, then find nothing pending.
 */
export async function migrate(orm: MikroORM, database: DatabaseConfig): Promise<string[]> {
  const applied = await withMigrationLock(database, () => orm.getMigrator().up());
  return applied.map((m) => m.name);
}

const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * The migrations not yet applied, found without creating anything: MikroORM's own listing creates
 * its table (and on PostgreSQL the database) when missing. A database without that table has none.
 */
export async function pendingMigrations(orm: MikroORM, database: DatabaseConfig): Promise<string[]> {
  const connection = orm.em.getConnection();
  let tables: unknown[];
  try {
    tables =
      database.dialect === 'sqlite'
        ? await connection.execute(`select name from sqlite_master where type = 'table' and name = ?`, [MIGRATIONS_TABLE])
        : await connection.execute(`select 1 from pg_tables where schemaname = current_schema() and tablename = ?`, [MIGRATIONS_TABLE]);
  } catch (error) {
    if ((error as { code?: string }).code === '3D000')
      throw new SchemaNotCurrentError(`no database at ${describeDatabase(database)}: create it, then run \`breach-gateway migrate\``);
    throw error;
  }
  if (tables.length === 0) return allMigrationNames(orm);
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}

function allMigrationNames(orm: MikroORM): string[] {
  return (orm.config.get('migrations').migrationsList ?? []).map((m) => m.name);
}

/** Refuses a database that is not at the latest migration, naming what is missing. */
export async function requireCurrentSchema(orm: MikroORM, database: DatabaseConfig): Promise<void> {
  const pending = await pendingMigrations(orm, database);
  if (pending.length === 0) return;
  const where = describeDatabase(database);
  throw new SchemaNotCurrentError(
    pending.length === allMigrationNames(orm).length
      ? `the database at ${where} has no schema: run \`breach-gateway migrate\` first`
      : `migrations pending at ${where}: ${pending.join(', ')}: run \`breach-gateway migrate\` first`,
  );
}
