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
import { type RequiredEntityData, wrap } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { FactSubmission } from '../src/facts/fact-submission.entity';
import { Exposure } from '../src/incidents/exposure.entity';
import { Incident } from '../src/incidents/incident.entity';
import { Notification } from '../src/notifications/notification.entity';
import { GATEWAY, refreshStaleStates } from '../src/notifications/derived-state';
import { canonicalHash } from '../src/lib/canonical-json';

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

/** An entity's columns as insertMany takes them (relations as ids), with some changed. */
function copyOf<T extends object>(entity: T, changes: Record<string, unknown>): RequiredEntityData<T> {
  return { ...wrap(entity).toPOJO(), ...changes } as RequiredEntityData<T>;
}

/** Rows per INSERT: SQLite binds at most 32 766 parameters in one statement. */
const BATCH = 200;

/**
 * `count` more exposures of the controller of `template` (an exposure written through the
 * services), written in bulk as copies of its incident, exposure, fact submission (if any) and
 * notification; returns how many exposures got their derived state. Through the services, every audited flush also
 * recomputes the derived state of what it touches, and a thousand exposures one by one took 10 min
 * on SQLite and 20 on PostgreSQL. What the test measures stays real: the migrated schema, the rows
 * as the services write them (copied, with fresh UUIDv7 ids, their own notification numbers and
 * fact hashes), the derived states computed by the gateway's own code (refreshStaleStates, as the
 * server runs it at start), the server and the queries. Only the audit trail of the copies is missing.
 */
export async function growByCopies(app: App, template: string, from: number, count: number): Promise<number> {
  return app.orm.em.fork().transactional(async (em) => {
    const exposure = await em.findOneOrFail(Exposure, template, { populate: ['incident'] });
    const incident = exposure.incident.getEntity();
    const [submission] = await em.find(FactSubmission, { exposure });
    const [notification] = await em.find(Notification, { exposure });
    if (!notification) throw new Error(`growByCopies: exposure ${template} has no notification to copy`);
    // A notification's number carries the last 6 hex digits of its incident's id (NotificationService):
    // among a thousand incidents two share them in a few runs out of a hundred, so an id whose digits
    // are taken is drawn again.
    const suffixes = new Set((await em.find(Incident, {}, { fields: ['id'] })).map((i) => i.id.slice(-6)));
    const incidents: RequiredEntityData<Incident>[] = [];
    const exposures: RequiredEntityData<Exposure>[] = [];
    const submissions: RequiredEntityData<FactSubmission>[] = [];
    const notifications: RequiredEntityData<Notification>[] = [];
    for (let i = from; i < from + count; i++) {
      let incidentId: string;
      do incidentId = uuidv7();
      while (suffixes.has(incidentId.slice(-6)));
      suffixes.add(incidentId.slice(-6));
      const exposureId = uuidv7();
      const exposureFacts = { ...submission?.exposureFacts, approxPersons: 1200 + i };
      const reference = `AVIS-${i + 1}`;
      incidents.push(copyOf(incident, { id: incidentId, title: `Incident de charge n° ${i + 1}` }));
      exposures.push(copyOf(exposure, { id: exposureId, incident: incidentId, approxPersons: 1000 + i }));
      if (submission)
        submissions.push(
          copyOf(submission, {
            id: uuidv7(),
            incident: incidentId,
            exposure: exposureId,
            reference,
            idempotencyKey: `grow-${i}`,
            exposureFacts,
            // The hash FactsService.submit stores, over what this copy states.
            payloadHash: canonicalHash({
              incidentId,
              exposureId,
              sourceType: submission.sourceType,
              confidence: submission.confidence,
              reference,
              incidentFacts: submission.incidentFacts,
              exposureFacts,
            }),
          }),
        );
      notifications.push(
        copyOf(notification, {
          id: uuidv7(),
          exposure: exposureId,
          number: notification.number.replace(incident.id.slice(-6).toUpperCase(), incidentId.slice(-6).toUpperCase()),
        }),
      );
    }
    for (const [entity, data] of [
      [Incident, incidents],
      [Exposure, exposures],
      [FactSubmission, submissions],
      [Notification, notifications],
    ] as const)
      for (let at = 0; at < data.length; at += BATCH) await em.insertMany(entity, data.slice(at, at + BATCH) as never[]);
    // Every copy, and only the copies, has no state yet: computed here, in this transaction.
    return refreshStaleStates({ em, clock: app.clock, viewer: GATEWAY, regimes: app.config.regimes });
  });
}
