import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app';
import { type BackupManifest, MANIFEST_FILE, PG_DUMP_FILE, SQLITE_BACKUP_FILE } from '../../src/app/backup';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { postgresAdminUrl } from '../../src/db/scratch';
import { CnilRecapitulatif, FiledDocument } from '../../src/documents/document.entities';
import { dialect, startGateway, TEST_AUDIT_KEY, TEST_PSEUDONYM_KEY, testConfig } from '../support/app';
import { withDemo } from '../support/demo';
import { MAIN } from '../support/gateway-process';

const run = promisify(execFile);

/**
 * Issue 17's restore drill: the demo's filed notifications, a backup taken by the real command while
 * the gateway serves, the database wiped, the backup restored as docs/operations.md says; then the
 * audit trail verifies and every kept PDF downloads, through the real route, byte for byte as before.
 */
describe(`backup and restore on ${dialect}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'breach-gateway-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restores a backup taken while serving: audit verify passes, every kept PDF downloads byte for byte', async () => {
    const clock = fixedClock('2024-02-06T12:00:00Z');
    const gw = await startGateway({ clock });
    const { database } = gw.scratch;
    const env = {
      PATH: process.env.PATH,
      LOG_LEVEL: 'warn',
      AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'),
      ...(database.dialect === 'postgresql' ? { DATABASE_URL: database.url } : { SQLITE_PATH: database.path }),
    };
    let restored: Awaited<ReturnType<typeof createApp>> | undefined;
    try {
      await withDemo(gw);
      const em = gw.app.orm.em.fork();
      const kept = [
        ...(await em.find(FiledDocument, {}, { populate: ['notification.exposure'] })).map((f) => ({
          path: `/notifications/${f.notification.id}/filing.pdf`,
          controller: f.notification.getEntity().exposure.getEntity().controller.id,
        })),
        ...(await em.find(CnilRecapitulatif, {}, { populate: ['notification.exposure'] })).map((r) => ({
          path: `/notifications/${r.notification.id}/recapitulatif.pdf`,
          controller: r.notification.getEntity().exposure.getEntity().controller.id,
        })),
      ];
      expect(kept.filter((k) => k.path.endsWith('filing.pdf')).length).toBeGreaterThan(0);
      expect(kept.filter((k) => k.path.endsWith('recapitulatif.pdf')).length).toBeGreaterThan(0);
      const download = async (baseUrl: string, { path, controller }: (typeof kept)[number]) => {
        const token = await gw.token(controller, [Role.CONTROLLER_LEGAL], 'legal@backup.example');
        const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
        expect(response.status, path).toBe(200);
        return Buffer.from(await response.arrayBuffer());
      };
      const before = await Promise.all(kept.map((k) => download(gw.baseUrl, k)));

      // Taken while the gateway serves, by the command an operator runs.
      const backupDir = join(dir, 'backup');
      const { stdout } = await run('node', [MAIN, 'backup', '--to', backupDir], { env });
      expect(stdout).toContain('must be escrowed separately');
      const manifest = JSON.parse(readFileSync(join(backupDir, MANIFEST_FILE), 'utf8')) as BackupManifest;
      expect(manifest.keptPdfs).toEqual({
        filings: kept.filter((k) => k.path.endsWith('filing.pdf')).length,
        recapitulatifs: kept.filter((k) => k.path.endsWith('recapitulatif.pdf')).length,
        intact: true,
        problems: [],
      });
      const backupFile = join(backupDir, database.dialect === 'sqlite' ? SQLITE_BACKUP_FILE : PG_DUMP_FILE);
      expect(manifest.files.map((f) => f.name)).toEqual([backupFile.slice(backupDir.length + 1)]);
      // The pseudonymisation key is never part of a backup, in hex or raw.
      for (const file of readdirSync(backupDir)) {
        const bytes = readFileSync(join(backupDir, file));
        expect(bytes.includes(TEST_PSEUDONYM_KEY), file).toBe(false);
        expect(bytes.includes(Buffer.from(TEST_PSEUDONYM_KEY.toString('hex'))), file).toBe(false);
      }

      if (database.dialect === 'postgresql') {
        // Without pg_dump the command prints the recipe to run instead, and fails.
        const missing = await run(process.execPath, [MAIN, 'backup', '--to', join(dir, 'no-pg-dump')], {
          env: { ...env, PATH: '/nonexistent' },
        }).then(
          () => null,
          (error: { code: number; stderr: string }) => error,
        );
        expect(missing?.code).toBe(1);
        expect(JSON.parse(missing!.stderr).msg).toMatch(/^pg_dump is not on PATH; take the backup with:\n {2}pg_dump --format=custom /);
      }

      // Wiped, then restored as docs/operations.md says.
      await gw.app.close();
      if (database.dialect === 'sqlite') {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${database.path}${suffix}`, { force: true });
        copyFileSync(backupFile, database.path);
      } else {
        const name = new URL(database.url).pathname.slice(1);
        const admin = new Client({ connectionString: postgresAdminUrl() });
        await admin.connect();
        try {
          await admin.query(`drop database "${name}" with (force)`);
          await admin.query(`create database "${name}"`);
        } finally {
          await admin.end();
        }
        await run('pg_restore', [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--dbname=${database.url}`,
          backupFile,
        ]);
      }

      expect((await run('node', [MAIN, 'audit', 'verify'], { env })).stdout).toMatch(/^Audit trail intact/);
      restored = await createApp(testConfig(database), { clock, logger: pino({ level: 'silent' }), migrations: 'require-current' });
      const running = await restored.listen(0);
      const after = await Promise.all(kept.map((k) => download(running.url, k)));
      after.forEach((bytes, i) => expect(bytes.equals(before[i]!), kept[i]!.path).toBe(true));

      // A kept PDF whose bytes were damaged is named by the next backup, which exits 1.
      const damaged = kept.find((k) => k.path.endsWith('filing.pdf'))!;
      const notificationId = damaged.path.split('/')[2]!;
      await restored.orm.em
        .getConnection()
        .execute(`update filed_document set pdf = ? where notification_id = ?`, [Buffer.from('%PDF-1.7 damaged'), notificationId]);
      const refused = await run('node', [MAIN, 'backup', '--to', join(dir, 'second')], { env }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused?.code).toBe(1);
      expect(refused?.stderr).toContain(`FILING of notification ${notificationId}`);
      const second = JSON.parse(readFileSync(join(dir, 'second', MANIFEST_FILE), 'utf8')) as BackupManifest;
      expect(second.keptPdfs).toMatchObject({ intact: false, problems: [{ kind: 'FILING', notificationId }] });
    } finally {
      await restored?.close();
      await gw.scratch.drop();
    }
  });
});
