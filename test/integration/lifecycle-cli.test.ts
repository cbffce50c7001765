import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../src/db/orm';
import { createScratchDatabase, postgresAdminUrl, type ScratchDatabase } from '../../src/db/scratch';
import { dialect, TEST_AUDIT_KEY, TEST_JWT, TEST_PSEUDONYM_KEY } from '../support/app';
import { MAIN } from '../support/gateway-process';

const run = promisify(execFile);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const cli = (args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> =>
  run('node', [MAIN, ...args], { env, timeout: 30_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

/** A failed command's stderr: exactly one JSON line, pino's shape. */
function failureLine(outcome: Outcome): { level: number; msg: string; command?: string } {
  expect(outcome.code, outcome.stdout + outcome.stderr).toBe(1);
  const lines = outcome.stderr.trim().split('\n');
  expect(lines, outcome.stderr).toHaveLength(1);
  return JSON.parse(lines[0]!) as { level: number; msg: string; command?: string };
}

/**
 * Issue 17: commands that only read never create nor migrate a database, `serve --no-migrate` and
 * `migrate --check` say what is pending, and a failed command is one JSON line and exit 1.
 */
describe(`the command's lifecycle on ${dialect}`, () => {
  let scratch: ScratchDatabase;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const sql = async (query: string, params: unknown[] = []): Promise<unknown[]> => {
    if (scratch.database.dialect === 'sqlite') {
      const db = new Database(scratch.database.path);
      try {
        const statement = db.prepare(query);
        return statement.reader ? statement.all(...params) : (statement.run(...params), []);
      } finally {
        db.close();
      }
    }
    const client = new Client({ connectionString: scratch.database.url });
    await client.connect();
    try {
      return (await client.query(query, params)).rows;
    } finally {
      await client.end();
    }
  };
  const tables = () =>
    dialect === 'sqlite'
      ? Promise.resolve(existsSync((scratch.database as { path: string }).path) ? ['(file)'] : [])
      : sql(`select tablename from pg_tables where schemaname = 'public'`);

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'lifecycle');
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-lifecycle-'));
    const database =
      scratch.database.dialect === 'postgresql' ? { DATABASE_URL: scratch.database.url } : { SQLITE_PATH: scratch.database.path };
    env = {
      PATH: process.env.PATH,
      DATA_DIR: dir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'),
      // serve's; the readers leave them unread (test/unit/config.test.ts).
      JWT_SECRET: TEST_JWT.secret,
      PSEUDONYM_KEY: TEST_PSEUDONYM_KEY.toString('hex'),
      ...database,
    };
  });
  afterAll(async () => {
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect((await cli(['--version'], env)).stdout.trim()).toBe(version);
  });

  it('refuses, in one line, to read a database that was never migrated, and creates nothing', async () => {
    const refusal =
      dialect === 'sqlite'
        ? /^no database at .*: run `breach-gateway migrate` first/
        : /has no schema: run `breach-gateway migrate` first$/;
    const commands = [
      ['verify', join(dir, 'some.pdf')],
      ['audit', 'verify'],
      ['audit', 'checkpoint'],
      ['render', '0190a000-0000-7000-8000-0000000000c1', '-o', join(dir, 'out.pdf')],
      ['backup', '--to', join(dir, 'backup')],
      ['serve', '--no-migrate'],
    ];
    for (const args of commands) {
      const line = failureLine(await cli(args, env));
      expect(line.msg, args.join(' ')).toMatch(refusal);
      expect(line.level).toBe(50);
    }
    expect(await tables()).toEqual([]);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('lists every migration as pending with migrate --check, exit 1, then none once migrated', async () => {
    const all = readdirSync(migrationsDir(dialect))
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    const before = await cli(['migrate', '--check'], env);
    if (dialect === 'sqlite') expect(failureLine(before).msg).toMatch(/^no database at /);
    else {
      expect(before.code).toBe(1);
      expect(
        before.stdout
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.trim()),
      ).toEqual(all);
      expect(await tables()).toEqual([]);
    }
    expect((await cli(['migrate'], env)).code).toBe(0);
    expect(await cli(['migrate', '--check'], env)).toMatchObject({ code: 0, stdout: 'No pending migration.\n' });
    // A release's new migration, not yet applied: check names it, serve --no-migrate and the readers refuse.
    const latest = all[all.length - 1]!;
    await sql(`delete from mikro_orm_migrations where name = ${dialect === 'sqlite' ? '?' : '$1'}`, [latest]);
    expect(await cli(['migrate', '--check'], env)).toMatchObject({ code: 1, stdout: `Pending migrations:\n  ${latest}\n` });
    for (const args of [
      ['serve', '--no-migrate'],
      ['audit', 'checkpoint'],
    ])
      expect(failureLine(await cli(args, env)).msg).toMatch(
        new RegExp(`^migrations pending at .*: ${latest}: run \`breach-gateway migrate\` first$`),
      );
    await sql(`insert into mikro_orm_migrations (name) values (${dialect === 'sqlite' ? '?' : '$1'})`, [latest]);
    expect((await cli(['audit', 'checkpoint'], env)).stdout).toMatch(/^audit-checkpoint seq=/);
  });

  it.runIf(dialect === 'postgresql')('never creates a PostgreSQL database a reader was pointed at by mistake', async () => {
    const url = new URL(postgresAdminUrl());
    url.pathname = '/bg_lifecycle_mistyped';
    const line = failureLine(await cli(['audit', 'checkpoint'], { ...env, DATABASE_URL: url.toString() }));
    expect(line.msg).toMatch(/^no database at postgres:\/\/.*\/bg_lifecycle_mistyped: create it, then run `breach-gateway migrate`$/);
    const admin = new Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
    try {
      expect((await admin.query(`select 1 from pg_database where datname = 'bg_lifecycle_mistyped'`)).rows).toEqual([]);
    } finally {
      await admin.end();
    }
  });

  it('fails a start it cannot finish with one fatal JSON line and exit 1, naming no secret', async () => {
    const outcome = await cli(['serve'], {
      ...env,
      DATABASE_URL: 'postgres://gateway:topsecret-password@127.0.0.1:1/nowhere',
    });
    const line = failureLine(outcome);
    expect(line).toMatchObject({ level: 60, command: 'serve', msg: expect.stringMatching(/^serve failed: .*ECONNREFUSED/) });
    expect(outcome.stderr + outcome.stdout).not.toMatch(/topsecret/);
  });
});
