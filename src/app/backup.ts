import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { MikroORM } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config/config';
import { describeDatabase } from '../db/orm';
import { CnilRecapitulatif, FiledDocument } from '../documents/document.entities';
import { sha256Hex } from '../lib/canonical-json';

const run = promisify(execFile);

export const SQLITE_BACKUP_FILE = 'breach-gateway.sqlite';
export const PG_DUMP_FILE = 'breach-gateway.dump';
export const MANIFEST_FILE = 'manifest.json';

/** The documented PostgreSQL recipe (docs/operations.md), printed when pg_dump is not on PATH. */
export function pgDumpRecipe(dir: string): string {
  return `pg_dump --format=custom --no-owner --no-privileges --file=${join(dir, PG_DUMP_FILE)} "$DATABASE_URL"`;
}

export const KEY_ESCROW_NOTICE =
  'PSEUDONYM_KEY (and AUDIT_KEY) are not in this backup and must be escrowed separately: without PSEUDONYM_KEY a restored database can no longer match a NIR to its pseudonym, and without AUDIT_KEY its audit trail cannot be verified.';

/** One kept PDF whose bytes no longer hash to what was recorded. */
export interface PdfProblem {
  kind: 'FILING' | 'RECAPITULATIF';
  notificationId: string;
  reason: string;
}

export interface BackupManifest {
  createdAt: string;
  gatewayVersion: string;
  dialect: DatabaseConfig['dialect'];
  database: string;
  files: { name: string; bytes: number; sha256: string }[];
  keptPdfs: { filings: number; recapitulatifs: number; intact: boolean; problems: PdfProblem[] };
  secrets: string;
}

/** pg_dump is an external program: absent, the backup cannot be taken by the gateway itself. */
export class PgDumpMissingError extends Error {}

/**
 * `breach-gateway backup --to DIR`: a consistent copy of the database, and a check that every PDF
 * kept at filing (and every attached récapitulatif) still hashes to the sha256 recorded with it,
 * so a backup of silently damaged documents is known as such the day it is taken.
 */
export async function backupTo(
  orm: MikroORM,
  database: DatabaseConfig,
  dir: string,
  gatewayVersion: string,
  now: Date,
): Promise<BackupManifest> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, database.dialect === 'sqlite' ? SQLITE_BACKUP_FILE : PG_DUMP_FILE);
  if (existsSync(target)) throw new Error(`${target} already exists: back up to an empty directory`);
  if (database.dialect === 'sqlite') {
    // SQLite's online backup API: a consistent snapshot (WAL included) while the gateway keeps serving.
    const source = new Database(database.path, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
  } else {
    if (!(await onPath('pg_dump'))) throw new PgDumpMissingError(`pg_dump is not on PATH; take the backup with:\n  ${pgDumpRecipe(dir)}`);
    // The password goes by the environment, not the command line every process listing shows.
    const url = new URL(database.url);
    const password = decodeURIComponent(url.password);
    url.password = '';
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, url.toString()], {
      // eslint-disable-next-line no-restricted-properties -- pg_dump inherits PATH, the PG* settings and the locale; only the password is added.
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
  }
  const keptPdfs = await checkKeptPdfs(orm);
  const manifest: BackupManifest = {
    createdAt: now.toISOString(),
    gatewayVersion,
    dialect: database.dialect,
    database: describeDatabase(database),
    files: [{ name: target.slice(dir.length + 1), bytes: (await stat(target)).size, sha256: await fileSha256(target) }],
    keptPdfs,
    secrets: KEY_ESCROW_NOTICE,
  };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Each kept PDF read one at a time (they are blobs of hundreds of kB) and hashed against its record. */
async function checkKeptPdfs(orm: MikroORM): Promise<BackupManifest['keptPdfs']> {
  const problems: PdfProblem[] = [];
  const check = (kind: PdfProblem['kind'], notificationId: string, pdf: Buffer | null | undefined, sha256: string, bytes: number) => {
    if (!pdf) problems.push({ kind, notificationId, reason: 'no bytes kept' });
    else if (pdf.length !== bytes) problems.push({ kind, notificationId, reason: `${pdf.length} bytes kept, ${bytes} recorded` });
    else if (sha256Hex(pdf) !== sha256) problems.push({ kind, notificationId, reason: `sha256 ${sha256Hex(pdf)}, ${sha256} recorded` });
  };
  const filings = await orm.em.fork().find(FiledDocument, {}, { fields: ['notification'] });
  for (const { notification } of filings) {
    const filed = await orm.em.fork().findOneOrFail(FiledDocument, { notification: notification.id }, { populate: ['pdf'] });
    check('FILING', notification.id, filed.pdf, filed.pdfSha256, filed.byteSize);
  }
  const recapitulatifs = await orm.em.fork().find(CnilRecapitulatif, {}, { fields: ['id'] });
  for (const { id } of recapitulatifs) {
    const kept = await orm.em.fork().findOneOrFail(CnilRecapitulatif, { id }, { populate: ['pdf'] });
    check('RECAPITULATIF', kept.notification.id, kept.pdf, kept.sha256, kept.byteSize);
  }
  return { filings: filings.length, recapitulatifs: recapitulatifs.length, intact: problems.length === 0, problems };
}

async function onPath(program: string): Promise<boolean> {
  try {
    await run(program, ['--version']);
    return true;
  } catch {
    return false;
  }
}

function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
