import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { type App, createApp } from '../src/app/app';
import type { ServiceContext } from '../src/auth/context';
import { type Config, loadConfig } from '../src/config/config';
import type { Dialect } from '../src/db/orm';
import { createScratchDatabase } from '../src/db/scratch';
import { ExposureService } from '../src/incidents/exposure.service';
import { IncidentService } from '../src/incidents/incident.service';
import { NotificationService } from '../src/notifications/notification.service';

/** What the HTTP benchmarks share: their arguments, their table rows, and the real gateway on a scratch database. */

export function positiveInteger(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

/** `--db sqlite|postgres` (or postgresql). */
export function dialectArg(raw: string | undefined): Dialect {
  if (raw === 'sqlite') return 'sqlite';
  if (raw === 'postgres' || raw === 'postgresql') return 'postgresql';
  throw new Error(`--db must be sqlite or postgres, got "${raw}"`);
}

export const pad = (cells: (string | number)[], widths: number[]) => cells.map((cell, i) => String(cell).padStart(widths[i]!)).join('  ');

/**
 * The real app (createApp, as `serve` builds it, with loadConfig's settings and fresh keys) on a
 * migrated scratch database of the dialect, handed to `work`, then closed and dropped whatever
 * happens. `env` adds settings (the rate limits a benchmark raises).
 */
export async function withScratchApp(
  dialect: Dialect,
  name: string,
  env: Record<string, string>,
  work: (app: App, config: Config) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `${name.replace(/_/g, '-')}-`));
  const scratch = await createScratchDatabase(dialect, name);
  let app: App | undefined;
  try {
    const config = loadConfig({
      DATA_DIR: dataDir,
      ...(scratch.database.dialect === 'postgresql' ? { DATABASE_URL: scratch.database.url } : { SQLITE_PATH: scratch.database.path }),
      JWT_SECRET: randomBytes(32).toString('base64url'),
      PSEUDONYM_KEY: randomBytes(32).toString('hex'),
      AUDIT_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      ...env,
    });
    app = await createApp(config);
    await work(app, config);
  } finally {
    await app?.close();
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const DAY_MS = 86_400_000;

/**
 * One incident of `sourceOrganizationId` exposing `controllerId`, with a draft initial notification,
 * through the services: awareness four days before `now`, so its deadline is overdue. The draft's id.
 */
export async function seedDraft(
  ctx: ServiceContext,
  { sourceOrganizationId, controllerId, index, now }: { sourceOrganizationId: string; controllerId: string; index: number; now: number },
): Promise<string> {
  const incident = await new IncidentService(ctx).create({
    title: `Incident n° ${index + 1}`,
    sourceOrganizationId,
    startPrecision: 'EXACT',
    startAt: new Date(now - 6 * DAY_MS),
    detectedAt: new Date(now - 5 * DAY_MS),
    natures: ['CONFIDENTIALITY'],
  });
  const exposure = await new ExposureService(ctx).create({
    incidentId: incident.id,
    controllerId,
    processorAlertedAt: new Date(now - 4 * DAY_MS - 3_600_000),
    awareAt: new Date(now - 4 * DAY_MS),
    approxPersons: 1000 + index,
    dataCategories: ['CIVIL_STATUS', 'NIR'],
  });
  return (await new NotificationService(ctx).create({ exposureId: exposure.id, type: 'INITIAL' })).id;
}

/** One autocannon run, as the benchmarks print it. */
export interface Run {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx answers, connection errors, timeouts and bodies other than an expected one. */
  failures: number;
}

export function runOf(result: autocannon.Result): Run {
  return {
    reqPerSec: result.requests.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}
