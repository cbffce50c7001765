import { Client } from 'pg';
import { lock } from 'proper-lockfile';
import type { DatabaseConfig } from '../config/config';

/**
 * The key of the session-level advisory lock every instance takes before migrating a PostgreSQL
 * database ("bgmigr" in ASCII): instances started together on an empty database no longer race to
 * create the same tables; the second waits, then finds nothing pending.
 */
const MIGRATION_LOCK_KEY = '108326197012850';

/**
 * Runs `work` (the migrator) while holding the database's migration lock: on PostgreSQL an
 * advisory lock on a connection of its own, held for the whole run whatever the migrator does with
 * its pool and released by the server if this process dies; on SQLite a lock directory beside the
 * file (proper-lockfile: atomic mkdir, refreshed while held, taken over once stale if its holder
 * died), since SQLite has no lock that outlives one transaction.
 */
export async function withMigrationLock<T>(database: DatabaseConfig, work: () => Promise<T>): Promise<T> {
  if (database.dialect === 'postgresql') {
    const client = new Client({ connectionString: database.url });
    // An error on this idle connection must not crash the process: the migrator's own queries report it.
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      return await work();
    } finally {
      // Ending the session releases the lock.
      await client.end();
    }
  }
  let compromised: Error | undefined;
  const release = await lock(database.path, {
    realpath: false,
    lockfilePath: `${database.path}.migrate.lock`,
    stale: 10_000,
    // Waits as long as the holder lives (it refreshes the lock); a dead holder's lock goes stale.
    retries: { forever: true, factor: 1.5, minTimeout: 20, maxTimeout: 500 },
    onCompromised: (error) => (compromised = error),
  });
  try {
    const result = await work();
    if (compromised) throw new Error(`the migration lock beside ${database.path} was lost while migrating: ${compromised.message}`);
    return result;
  } finally {
    if (!compromised) await release();
  }
}
