import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig } from '../config/config';
import type { Dialect } from './orm';

/**
 * A throw-away database of either dialect: what tests, the migration generator and the drift check
 * run against. PostgreSQL databases are created through the admin URL and dropped afterwards.
 */
export interface ScratchDatabase {
  database: DatabaseConfig;
  drop(): Promise<void>;
}

export function postgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(dialect: Dialect, label = 'scratch'): Promise<ScratchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `breach-gateway-${label}-`));
    return { database: { dialect, path: join(dir, 'db.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `bg_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await withAdmin((client) => client.query(`create database "${name}"`));
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return {
    database: { dialect, url: url.toString() },
    drop: () => withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}
