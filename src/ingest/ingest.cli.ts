import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { Role } from '../auth/roles';
import { csvRow } from '../lib/csv';
import { Viewer } from '../auth/viewer';
import { Organization } from '../organizations/organization.entity';
import { NotFoundError } from '../lib/errors';
import { BatchStatus, OnError } from './ingest-batch.entity';
import { IngestService } from './ingest.service';
import { loadProfile } from './profiles';
import { progressReporter } from './progress';

/**
 * The ingest's working set is a few chunks, whatever the file's size, but V8 grows its heap lazily
 * up to a limit sized from the machine's memory. Running it with a bounded old space keeps the
 * process's resident memory bounded too (about 250 MB at most, 10 million rows or not).
 */
export const INGEST_HEAP_FLAG = '--max-old-space-size=160';

/** True when this process already runs with a bounded heap. */
export function hasBoundedHeap(): boolean {
  return process.execArgv.some((arg) => arg.startsWith('--max-old-space-size'));
}

/**
 * Runs this same command again in a child with a bounded heap; resolves to its exit code. The IPC
 * channel ties the child to this process: if this one is killed, the child stops too (and its
 * uncommitted batch counts nothing) rather than running on unseen.
 */
export function rerunWithBoundedHeap(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, INGEST_HEAP_FLAG, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** In the child of rerunWithBoundedHeap: stop at once when the parent is gone. */
export function exitWithParent(): void {
  if (!process.send) return;
  process.once('disconnect', () => process.exit(1));
  // The channel is only a lifeline: it must not keep this process alive once its work is done.
  process.channel?.unref();
}

/** Hashing first lets a rerun of a crashed or completed file resume or skip before reading a row. */
async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * `breach-gateway ingest`: run on the gateway's host by its operator, so it acts as an admin on
 * behalf of the named source organisation. Prints one JSON result per file; false if any was rejected.
 */
export async function ingestFiles(
  app: { orm: MikroORM; clock: Clock; config: Config },
  files: string[],
  options: { incident: string; source: string; profile: string; onError: string; errorReport?: string },
): Promise<boolean> {
  const profile = loadProfile(options.profile);
  const em = app.orm.em.fork();
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(options.source);
  const source = await em.findOne(Organization, isId ? { id: options.source } : { siren: options.source.replace(/\s/g, '') });
  if (!source) throw new NotFoundError('Organization', options.source);
  const viewer = new Viewer(`cli:${userInfo().username}`, source.id, [Role.ADMIN], source.roles);
  const report = options.errorReport ? createWriteStream(options.errorReport) : null;
  report?.write(`${csvRow(['file', 'line', 'field', 'reason'], ';')}\n`);
  let ok = true;
  try {
    for (const file of files) {
      const reporter = progressReporter(process.stderr, basename(file));
      let last = null;
      const batch = await new IngestService({ em: app.orm.em.fork(), viewer, clock: app.clock }, app.config).ingest({
        incidentId: options.incident,
        sourceOrganizationId: source.id,
        profile,
        fileName: basename(file),
        input: createReadStream(file),
        sha256: await fileSha256(file),
        totalBytes: statSync(file).size,
        onError: options.onError === 'quarantine' ? OnError.QUARANTINE : OnError.REJECT,
        onProgress: (progress) => {
          last = progress;
          reporter.update(progress);
        },
        // The file's name is the operator's, and could start like a formula: csvRow neutralises it.
        onRejectedRow: (e) => report?.write(`${csvRow([e.file, String(e.line), e.field, e.reason], ';')}\n`),
      });
      reporter.stop(last);
      if (batch.status === BatchStatus.REJECTED) ok = false;
      const { id, status, sha256, rowsRead, rowsAccepted, rowsRejected, errorSummary } = batch;
      console.log(
        JSON.stringify({
          file,
          batch: id,
          status,
          sha256,
          rowsRead,
          rowsAccepted,
          rowsRejected,
          errors: errorSummary?.first.slice(0, 10) ?? [],
        }),
      );
    }
  } finally {
    await new Promise((resolve) => (report ? report.end(resolve) : resolve(null)));
  }
  return ok;
}
