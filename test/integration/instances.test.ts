import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../src/db/orm';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/tokens';
import { dialect, TEST_JWT } from '../support/app';
import { type GatewayProcess, gatewayEnv, spawnGateway } from '../support/gateway-process';

/** PostgreSQL is where instances share a database in production: ten rounds; SQLite (one host, one file) needs fewer. */
const ROUNDS = dialect === 'postgresql' ? 10 : 3;

const MIGRATIONS = readdirSync(migrationsDir(dialect)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).length;

async function appliedMigrations(scratch: ScratchDatabase): Promise<number> {
  if (scratch.database.dialect === 'sqlite') {
    const db = new Database(scratch.database.path, { readonly: true });
    try {
      return (db.prepare('select count(*) as n from mikro_orm_migrations').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }
  const client = new Client({ connectionString: scratch.database.url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('select count(*) as n from mikro_orm_migrations')).rows[0]!.n);
  } finally {
    await client.end();
  }
}

/**
 * Issue 17: two instances started together on an empty database. Before the migration lock, the
 * loser of the race to create the tables printed a raw stack and hung; now one migrates, the other
 * waits for the lock and finds nothing pending, and both serve.
 */
describe(`two instances starting together on an empty ${dialect} database`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'breach-gateway-instances-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  for (let round = 1; round <= ROUNDS; round++) {
    it(`both serve, and the migrations ran exactly once (round ${round} of ${ROUNDS})`, async () => {
      const scratch = await createScratchDatabase(dialect, 'instances');
      const env = gatewayEnv(scratch, dataDir, { ALERT_SCHEDULER: 'off', WEBHOOK_DISPATCH: 'off', PDF_RENDER_THREADS: '1' });
      const started = await Promise.allSettled([spawnGateway(env), spawnGateway(env)]);
      const gateways = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        for (const s of started) if (s.status === 'rejected') throw s.reason;
        for (const gateway of gateways as GatewayProcess[]) {
          const health = await fetch(gateway.url.replace(/\/graphql$/, '/health'));
          expect(health.status, gateway.output()).toBe(200);
          const token = await signToken(TEST_JWT, {
            sub: 'ops@test.example',
            org: '0190a000-0000-7000-8000-0000000000c1',
            roles: [Role.ADMIN],
          });
          const graphql = await fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: '{ __typename }' }),
          });
          expect(graphql.status, gateway.output()).toBe(200);
          expect(await graphql.json()).toMatchObject({ data: { __typename: 'Query' } });
        }
        expect(await appliedMigrations(scratch)).toBe(MIGRATIONS);
        const migrated = gateways.filter((g) => g.output().includes('"msg":"database migrated"'));
        expect(migrated.length, gateways.map((g) => g.output()).join('\n---\n')).toBe(1);
      } finally {
        await Promise.all(gateways.map((g) => g.kill9()));
        await scratch.drop();
      }
    });
  }
});
