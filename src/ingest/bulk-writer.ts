import Database from 'better-sqlite3';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import type { DatabaseConfig } from '../config/config';
import type { BatchErrorSummary } from './ingest-batch.entity';

/**
 * The ingest's own database connection: staging rows at driver speed (prepared inserts in large
 * transactions on SQLite, COPY on PostgreSQL) and the set-based merge that counts a batch. It stays
 * outside the ORM on purpose: millions of rows must not become entities.
 */
export interface StagedRow {
  line: number;
  subject: Buffer;
  controllerId: string;
  minor: boolean;
}

export interface BatchOutcome {
  batchId: string;
  incidentId: string;
  sourceId: string;
  sha256: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  errorSummary: BatchErrorSummary | null;
  finishedAt: Date;
}

export interface BulkWriter {
  /** Stages rows of a batch; resolves once the driver accepted them (backpressure). */
  stage(batchId: string, rows: readonly StagedRow[]): Promise<void>;
  /** Makes everything staged so far durable (so a crash can be resumed by restaging from scratch). */
  endStaging(): Promise<void>;
  clearStaging(batchId: string): Promise<void>;
  /** Counts the staged batch and marks it COMPLETED, in one transaction: all or nothing. */
  merge(outcome: BatchOutcome): Promise<void>;
  close(): Promise<void>;
}

/**
 * The merge, in SQL both dialects accept. `?` are positional parameters; the scope keys are built
 * from text parameters so no parameter is used both as text and as uuid (PostgreSQL would refuse).
 * `uuid` is how a uuid parameter is written in a select list: PostgreSQL needs the cast, while in
 * SQLite a cast to an unknown type name would turn the text into a number.
 */
function mergeStatements(o: BatchOutcome, finishedAt: unknown, errorSummary: string | null, uuid: string): [string, unknown[]][] {
  const { batchId, incidentId, sourceId } = o;
  // SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT, or it parses ON as a join's.
  const upsert = `on conflict (scope_key) do update set persons = subject_count.persons + excluded.persons,
      records = subject_count.records + excluded.records, minors = subject_count.minors + excluded.minors`;
  return [
    ['drop table if exists batch_person', []],
    ['drop table if exists batch_subject', []],
    [
      `create temp table batch_person as
       select s.subject as subject, s.controller_id as controller_id,
         max(case when s.minor then 1 else 0 end) as minor, count(*) as records,
         case when exists (select 1 from subject_listing l where l.incident_id = ? and l.controller_id = s.controller_id
           and l.subject = s.subject and l.source_id = ?) then 0 else 1 end as new_listing,
         case when exists (select 1 from subject_listing l where l.incident_id = ? and l.controller_id = s.controller_id
           and l.subject = s.subject) then 0 else 1 end as new_exposure,
         case when exists (select 1 from controller_subject c where c.controller_id = s.controller_id
           and c.subject = s.subject) then 0 else 1 end as new_controller
       from subject_staging s where s.batch_id = ?
       group by s.subject, s.controller_id`,
      [incidentId, sourceId, incidentId, batchId],
    ],
    [
      `create temp table batch_subject as
       select b.subject as subject, max(b.minor) as minor, sum(b.records) as records,
         case when exists (select 1 from incident_subject i where i.incident_id = ? and i.subject = b.subject) then 0 else 1 end as new_incident,
         case when exists (select 1 from subject g where g.subject = b.subject) then 0 else 1 end as new_global
       from batch_person b group by b.subject`,
      [incidentId],
    ],
    [
      `insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
       select cast(? as text) || cast(controller_id as text) || cast(? as text), 'LISTING', ${uuid}, controller_id, ${uuid},
         sum(new_listing), sum(records), sum(new_listing * minor)
       from batch_person where 1 = 1 group by controller_id ${upsert}`,
      [`LISTING:${incidentId}:`, `:${sourceId}`, incidentId, sourceId],
    ],
    [
      `insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
       select cast(? as text) || cast(controller_id as text) || ':', 'EXPOSURE', ${uuid}, controller_id, null,
         sum(new_exposure), sum(records), sum(new_exposure * minor)
       from batch_person where 1 = 1 group by controller_id ${upsert}`,
      [`EXPOSURE:${incidentId}:`, incidentId],
    ],
    [
      `insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
       select 'CONTROLLER::' || cast(controller_id as text) || ':', 'CONTROLLER', null, controller_id, null,
         sum(new_controller), sum(records), sum(new_controller * minor)
       from batch_person where 1 = 1 group by controller_id ${upsert}`,
      [],
    ],
    [
      `insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
       select cast(? as text), 'INCIDENT', ${uuid}, null, null, coalesce(sum(new_incident), 0), coalesce(sum(records), 0), coalesce(sum(new_incident * minor), 0)
       from batch_subject where 1 = 1 ${upsert}`,
      [`INCIDENT:${incidentId}::`, incidentId],
    ],
    [
      `insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
       select 'GLOBAL:::', 'GLOBAL', null, null, null, coalesce(sum(new_global), 0), coalesce(sum(records), 0), coalesce(sum(new_global * minor), 0)
       from batch_subject where 1 = 1 ${upsert}`,
      [],
    ],
    [
      `insert into subject_listing (incident_id, controller_id, subject, source_id)
       select ${uuid}, controller_id, subject, ${uuid} from batch_person where new_listing = 1`,
      [incidentId, sourceId],
    ],
    [`insert into incident_subject (incident_id, subject) select ${uuid}, subject from batch_subject where new_incident = 1`, [incidentId]],
    ['insert into controller_subject (controller_id, subject) select controller_id, subject from batch_person where new_controller = 1', []],
    ['insert into subject (subject) select subject from batch_subject where new_global = 1', []],
    ['delete from subject_staging where batch_id = ?', [batchId]],
    [
      `update ingest_batch set status = 'COMPLETED', sha256 = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?,
         error_summary = ?, finished_at = ?, updated_at = ?, version = version + 1 where id = ?`,
      [o.sha256, o.rowsRead, o.rowsAccepted, o.rowsRejected, errorSummary, finishedAt, finishedAt, batchId],
    ],
    ['drop table batch_person', []],
    ['drop table batch_subject', []],
  ];
}

/** Large transactions keep SQLite's per-commit cost negligible without holding the lock for long. */
class SqliteBulkWriter implements BulkWriter {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly insertMany: (batchId: string, rows: readonly StagedRow[]) => void;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = wal');
    this.db.pragma('synchronous = normal');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = on');
    this.insert = this.db.prepare('insert into subject_staging (batch_id, line, subject, controller_id, minor) values (?, ?, ?, ?, ?)');
    this.insertMany = this.db.transaction((batchId: string, rows: readonly StagedRow[]) => {
      for (const row of rows) this.insert.run(batchId, row.line, row.subject, row.controllerId, row.minor ? 1 : 0);
    });
  }

  async stage(batchId: string, rows: readonly StagedRow[]): Promise<void> {
    this.insertMany(batchId, rows);
  }

  async endStaging(): Promise<void> {}

  async clearStaging(batchId: string): Promise<void> {
    this.db.prepare('delete from subject_staging where batch_id = ?').run(batchId);
  }

  async merge(outcome: BatchOutcome): Promise<void> {
    // MikroORM stores SQLite datetimes as epoch milliseconds.
    const statements = mergeStatements(outcome, outcome.finishedAt.getTime(), outcome.errorSummary ? JSON.stringify(outcome.errorSummary) : null, '?');
    this.db.transaction(() => {
      for (const [sql, params] of statements) this.db.prepare(sql).run(...params);
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toPositional(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * COPY streams the staging rows; the merge runs as one transaction on the same connection. Each COPY
 * is closed after COPY_ROWS rows so the staged part of a long file is durable, as on SQLite.
 */
const COPY_ROWS = 100_000;

class PostgresBulkWriter implements BulkWriter {
  private copy: Writable | null = null;
  private copyDone: Promise<void> | null = null;
  private copied = 0;

  constructor(private readonly client: Client) {}

  static async connect(url: string): Promise<PostgresBulkWriter> {
    const client = new Client({ connectionString: url });
    await client.connect();
    return new PostgresBulkWriter(client);
  }

  private openCopy(): Writable {
    if (!this.copy) {
      const stream = this.client.query(copyFrom('copy subject_staging (batch_id, line, subject, controller_id, minor) from stdin'));
      this.copyDone = new Promise((resolve, reject) => {
        stream.on('finish', () => resolve());
        stream.on('error', reject);
      });
      this.copy = stream;
    }
    return this.copy;
  }

  async stage(batchId: string, rows: readonly StagedRow[]): Promise<void> {
    const copy = this.openCopy();
    let text = '';
    for (const row of rows) {
      text += `${batchId}\t${row.line}\t\\\\x${row.subject.toString('hex')}\t${row.controllerId}\t${row.minor ? 't' : 'f'}\n`;
    }
    if (!copy.write(text)) await new Promise<void>((resolve) => copy.once('drain', () => resolve()));
    this.copied += rows.length;
    if (this.copied >= COPY_ROWS) await this.endStaging();
  }

  async endStaging(): Promise<void> {
    if (!this.copy) return;
    this.copy.end();
    await this.copyDone;
    this.copy = null;
    this.copyDone = null;
    this.copied = 0;
  }

  async clearStaging(batchId: string): Promise<void> {
    await this.endStaging();
    await this.client.query('delete from subject_staging where batch_id = $1', [batchId]);
  }

  async merge(outcome: BatchOutcome): Promise<void> {
    await this.endStaging();
    const statements = mergeStatements(outcome, outcome.finishedAt, outcome.errorSummary ? JSON.stringify(outcome.errorSummary) : null, 'cast(? as uuid)');
    await this.client.query('begin');
    try {
      for (const [sql, params] of statements) await this.client.query(toPositional(sql), params);
      await this.client.query('commit');
    } catch (error) {
      await this.client.query('rollback');
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.copy) {
      this.copy.destroy();
      this.copy = null;
    }
    await this.client.end();
  }
}

export async function openBulkWriter(database: DatabaseConfig): Promise<BulkWriter> {
  return database.dialect === 'postgresql' ? PostgresBulkWriter.connect(database.url) : new SqliteBulkWriter(database.path);
}
