import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { DatabaseConfig } from '../config/config';

/**
 * Who is working on a batch, as the database and the operating system see it: a claim lives as
 * long as its process (a killed process loses its claims with its connections and files), so a
 * STAGING batch nobody claims was left by a process that stopped, and can be swept or taken up.
 */
export interface BatchClaim {
  release(): Promise<void>;
}

/** The first key of the PostgreSQL session lock on a batch; the second is a hash of its id. */
const BATCH_LOCK = 4257192;

/** The batch's claim, or null when another live process (or another request of this one) holds it. */
export function tryClaimBatch(database: DatabaseConfig, batchId: string): Promise<BatchClaim | null> {
  return database.dialect === 'postgresql' ? claimOnPostgres(database.url, batchId) : claimOnSqlite(database.path, batchId);
}

/** A session lock on a connection of its own: the server releases it when that connection dies. */
async function claimOnPostgres(url: string, batchId: string): Promise<BatchClaim | null> {
  const client = new Client({ connectionString: url });
  // A connection lost mid-batch loses the claim with it, which is what a claim means: nothing to
  // report here, the ingest's own connection fails the batch.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ claimed: boolean }>('select pg_try_advisory_lock($1::int, hashtext($2)) as claimed', [
      BATCH_LOCK,
      batchId,
    ]);
    if (rows[0]?.claimed) return { release: () => client.end() };
  } catch (error) {
    await client.end();
    throw error;
  }
  await client.end();
  return null;
}

/**
 * SQLite has no lock a process could hold on a row: the claim is an exclusive transaction on a
 * small file beside the database, whose lock the operating system drops with the process. The
 * file is removed on release; one left by a killed process is removed by the next claim's release.
 */
async function claimOnSqlite(path: string, batchId: string): Promise<BatchClaim | null> {
  const file = `${path}-batch-${batchId}.lock`;
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec('begin exclusive');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return null;
    throw error;
  }
  return {
    async release() {
      // Removed while still locked: another claimant can only open a new file, after this one.
      rmSync(file, { force: true });
      db.exec('rollback');
      db.close();
    },
  };
}
