import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { appendAuditRaw, type RawQuery } from '../db/audit/audit.raw';
import {
  appendCompletionEvent,
  batchHash,
  completedTwinStatement,
  completeStatement,
  completionEvents,
  type RawAudit,
  type Statement,
} from './batch-completion';
import type { BatchIdentity, BatchOutcome, BulkWriter, CommitResult } from './bulk-writer';
import { type StagedChunk, subjectAt } from './pseudonymise';

/**
 * Counts what is in `staging` and adds it to the listings (postgres-merge.ts is PostgreSQL's
 * counterpart, in one statement). Each person gets a flag per scope telling whether it is new
 * there, read before the insert; the flags sum into the counters. All five flags come from one
 * probe of the listings by subject (the primary key's prefix): the few listings a person already has.
 */
function mergeStatements({ incidentId, sourceId }: BatchIdentity): Statement[] {
  // SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT, or it parses ON as a join's.
  const upsert = `on conflict (scope_key) do update set persons = subject_count.persons + excluded.persons,
      records = subject_count.records + excluded.records, minors = subject_count.minors + excluded.minors`;
  /** Adds the persons new to a scope (`persons`), their rows and their minors to the scope's counter. */
  const counter = (
    scope: string,
    key: Statement,
    parts: { incident?: boolean; controller?: boolean; source?: boolean },
    [persons, minors]: [persons: string, minors: string],
    from: string,
  ): Statement => [
    `insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
     select ${key[0]}, '${scope}', ${parts.incident ? '?' : 'null'}, ${parts.controller ? 'controller_id' : 'null'}, ${parts.source ? '?' : 'null'},
       coalesce(sum(${persons}), 0), coalesce(sum(records), 0), coalesce(sum(${minors}), 0)
     from ${from} where 1 = 1 ${parts.controller ? 'group by controller_id' : ''} ${upsert}`,
    [...key[1], ...(parts.incident ? [incidentId] : []), ...(parts.source ? [sourceId] : [])],
  ];
  const perController = 'cast(controller_id as text)';
  return [
    ['drop table if exists batch_person', []],
    ['drop table if exists batch_subject', []],
    ['drop table if exists batch_controller', []],
    [
      `create temp table batch_person as
       select g.subject as subject, g.controller_id as controller_id, g.minor as minor, g.records as records,
         1 - max(case when l.incident_id = ? and l.controller_id = g.controller_id and l.source_id = ? then 1 else 0 end) as new_listing,
         1 - max(case when l.incident_id = ? and l.controller_id = g.controller_id then 1 else 0 end) as new_exposure,
         1 - max(case when l.controller_id = g.controller_id then 1 else 0 end) as new_controller,
         1 - max(case when l.incident_id = ? then 1 else 0 end) as new_incident,
         1 - max(case when l.subject is null then 0 else 1 end) as new_global
       from (select subject, controller_id, max(case when minor then 1 else 0 end) as minor, count(*) as records
             from staging group by subject, controller_id) g
       left join subject_listing l on l.subject = g.subject
       group by g.subject, g.controller_id, g.minor, g.records`,
      [incidentId, sourceId, incidentId, incidentId],
    ],
    [
      `create temp table batch_subject as
       select subject, max(minor) as minor, sum(records) as records, max(new_incident) as new_incident, max(new_global) as new_global
       from batch_person group by subject`,
      [],
    ],
    // The three per-controller counters read one scan of the persons, summed per controller.
    [
      `create temp table batch_controller as
       select controller_id, sum(records) as records, sum(new_listing) as listings, sum(new_listing * minor) as listing_minors,
         sum(new_exposure) as exposures, sum(new_exposure * minor) as exposure_minors,
         sum(new_controller) as controllers, sum(new_controller * minor) as controller_minors
       from batch_person group by controller_id`,
      [],
    ],
    counter(
      'LISTING',
      [`cast(? as text) || ${perController} || cast(? as text)`, [`LISTING:${incidentId}:`, `:${sourceId}`]],
      { incident: true, controller: true, source: true },
      ['listings', 'listing_minors'],
      'batch_controller',
    ),
    counter(
      'EXPOSURE',
      [`cast(? as text) || ${perController} || ':'`, [`EXPOSURE:${incidentId}:`]],
      { incident: true, controller: true },
      ['exposures', 'exposure_minors'],
      'batch_controller',
    ),
    counter(
      'CONTROLLER',
      [`'CONTROLLER::' || ${perController} || ':'`, []],
      { controller: true },
      ['controllers', 'controller_minors'],
      'batch_controller',
    ),
    counter(
      'INCIDENT',
      ['cast(? as text)', [`INCIDENT:${incidentId}::`]],
      { incident: true },
      ['new_incident', 'new_incident * minor'],
      'batch_subject',
    ),
    counter('GLOBAL', [`'GLOBAL:::'`, []], {}, ['new_global', 'new_global * minor'], 'batch_subject'),
    [
      `insert into subject_listing (subject, incident_id, controller_id, source_id)
       select subject, ?, controller_id, ? from batch_person where new_listing = 1`,
      [incidentId, sourceId],
    ],
    ['drop table batch_person', []],
    ['drop table batch_subject', []],
    ['drop table batch_controller', []],
  ];
}

/** How long a merge waits for SQLite's write lock (other merges, the ORM's writes) before failing. */
const WRITE_LOCK_WAIT_MS = 60_000;

/**
 * SQLite runs in this thread, so there is nothing to overlap: rows go to a temporary table (which
 * takes no lock on the database), and one transaction merges them all and completes the batch.
 */
export class SqliteBulkWriter implements BulkWriter {
  private readonly db: Database.Database;
  private batch: BatchIdentity | null = null;
  private controllerIds: readonly string[] = [];
  private readonly insertMany: (chunk: StagedChunk) => void;

  constructor(
    path: string,
    private readonly audit: RawAudit,
  ) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = wal');
    // No busy wait: better-sqlite3 would wait synchronously, blocking the event loop while the write
    // lock may be held by an ORM transaction of this very process, which then cannot finish (a
    // deadlock until the timeout, then SQLITE_BUSY). The write lock is awaited in beginImmediate.
    this.db.pragma('busy_timeout = 0');
    this.db.exec('create temp table staging (subject blob not null, controller_id text not null, minor integer not null)');
    const insert = this.db.prepare('insert into staging (subject, controller_id, minor) values (?, ?, ?)');
    this.insertMany = this.db.transaction((chunk: StagedChunk) => {
      for (let i = 0; i < chunk.count; i++) insert.run(subjectAt(chunk, i), this.controllerIds[chunk.controllers[i]!], chunk.minors[i]);
    });
  }

  async begin(batch: BatchIdentity, controllerIds: readonly string[]): Promise<void> {
    this.batch = batch;
    this.controllerIds = controllerIds;
    this.db.exec('delete from staging');
  }

  async stage(chunk: StagedChunk): Promise<void> {
    this.insertMany(chunk);
  }

  async commit(outcome: BatchOutcome): Promise<CommitResult> {
    const query: RawQuery = async (sql, params) => {
      const statement = this.db.prepare(sql);
      return statement.reader ? (statement.all(...params) as Record<string, unknown>[]) : (statement.run(...params), []);
    };
    // Immediate: the transaction takes the write lock before reading the audit chain's head, and
    // before looking for a completed copy of the file, which no other writer can then add.
    await this.beginImmediate();
    try {
      const [twin, twinParams] = completedTwinStatement(outcome);
      if (this.db.prepare(twin).get(...twinParams)) {
        this.db.exec('rollback');
        this.db.exec('delete from staging');
        return 'DUPLICATE';
      }
      for (const [sql, params] of mergeStatements(this.batch!)) this.db.prepare(sql).run(...params);
      const before = await batchHash(query, this.audit, outcome.batchId);
      // MikroORM stores SQLite datetimes as epoch milliseconds.
      const [sql, params] = completeStatement(outcome, outcome.finishedAt.getTime());
      this.db.prepare(sql).run(...params);
      const events = await completionEvents(query, this.audit, outcome, this.controllerIds, before);
      await appendAuditRaw(query, this.audit.key, events, { lock: null, instant: (d) => d.getTime() });
      await appendCompletionEvent(query, outcome, { postgres: false, instant: (d) => d.getTime() });
      this.db.exec('commit');
    } catch (error) {
      this.db.exec('rollback');
      throw error;
    }
    this.db.exec('delete from staging');
    return 'COMPLETED';
  }

  /** Takes the write lock, yielding to the event loop between tries so its holder can finish. */
  private async beginImmediate(): Promise<void> {
    const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
    for (;;) {
      try {
        this.db.exec('begin immediate');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
        await delay(10);
      }
    }
  }

  async rollback(): Promise<void> {
    this.db.exec('delete from staging');
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
