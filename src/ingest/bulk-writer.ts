import Database from 'better-sqlite3';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { appendAuditRaw, type RawQuery } from '../audit/audit.raw';
import { CHAIN_LOCK } from '../audit/audit.writer';
import type { DatabaseConfig } from '../config/config';
import { canonicalHash } from '../lib/canonical-json';
import type { BatchErrorSummary } from './ingest-batch.entity';
import type { StagedChunk } from './pseudonymise';

/**
 * The ingest's own database connection, outside the ORM on purpose (millions of rows must not
 * become entities): rows are staged in a temporary table at driver speed, then merged into the
 * listings and counters by set-based SQL. Nothing is counted until `commit`, which marks the batch
 * COMPLETED in the same transaction; a crash or `rollback` leaves the counts as they were, and the
 * temporary table dies with the connection.
 */
const KEY_BYTES = 32;

/** The subject key of row `i` of a chunk, as a Buffer over the same memory. */
function subjectAt(chunk: StagedChunk, i: number): Buffer {
  return Buffer.from(chunk.subjects.buffer, chunk.subjects.byteOffset + i * KEY_BYTES, KEY_BYTES);
}

export interface BatchIdentity {
  batchId: string;
  incidentId: string;
  sourceId: string;
}

export interface BatchOutcome extends BatchIdentity {
  /** Who ingested: the batch's completion is audited in the merge's own transaction. */
  actor: { subject: string; organizationId: string };
  sha256: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  errorSummary: BatchErrorSummary | null;
  finishedAt: Date;
}

export interface BulkWriter {
  /** `controllerIds` resolves the controller indexes of the chunks staged in this batch. */
  begin(batch: BatchIdentity, controllerIds: readonly string[]): Promise<void>;
  /** Resolves when the writer can take more rows (backpressure). */
  stage(chunk: StagedChunk): Promise<void>;
  /** Counts everything staged and marks the batch COMPLETED: all or nothing. */
  commit(outcome: BatchOutcome): Promise<void>;
  /** Forgets everything staged; nothing was counted. */
  rollback(): Promise<void>;
  close(): Promise<void>;
}

type Statement = [sql: string, params: unknown[]];

/**
 * Counts what is in `staging` and adds it to the listings, in SQL both dialects accept (`?` are
 * positional). Each person gets a flag per scope telling whether it is new there, read before the
 * insert; the flags sum into the counters. All five flags come from one probe of the listings by
 * subject (the primary key's prefix): the few listings a person already has. `uuid` is how a uuid parameter is written in a select
 * list: PostgreSQL needs the cast, while SQLite would turn an unknown type name into a number.
 * The scope keys are built from text parameters so none is used both as text and as uuid.
 */
function mergeStatements({ incidentId, sourceId }: BatchIdentity, uuid: string): Statement[] {
  // SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT, or it parses ON as a join's.
  const upsert = `on conflict (scope_key) do update set persons = subject_count.persons + excluded.persons,
      records = subject_count.records + excluded.records, minors = subject_count.minors + excluded.minors`;
  /** Adds the persons new to a scope (`flag`), their rows and their minors to the scope's counter. */
  const counter = (scope: string, key: Statement, parts: { incident?: boolean; controller?: boolean; source?: boolean }, flag: string, from: string): Statement => [
    `insert into subject_count (scope_key, scope, incident_id, controller_id, source_id, persons, records, minors)
     select ${key[0]}, '${scope}', ${parts.incident ? uuid : 'null'}, ${parts.controller ? 'controller_id' : 'null'}, ${parts.source ? uuid : 'null'},
       coalesce(sum(${flag}), 0), coalesce(sum(records), 0), coalesce(sum(${flag} * minor), 0)
     from ${from} where 1 = 1 ${parts.controller ? 'group by controller_id' : ''} ${upsert}`,
    [...key[1], ...(parts.incident ? [incidentId] : []), ...(parts.source ? [sourceId] : [])],
  ];
  const perController = "cast(controller_id as text)";
  return [
    ['drop table if exists batch_person', []],
    ['drop table if exists batch_subject', []],
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
    counter('LISTING', [`cast(? as text) || ${perController} || cast(? as text)`, [`LISTING:${incidentId}:`, `:${sourceId}`]], { incident: true, controller: true, source: true }, 'new_listing', 'batch_person'),
    counter('EXPOSURE', [`cast(? as text) || ${perController} || ':'`, [`EXPOSURE:${incidentId}:`]], { incident: true, controller: true }, 'new_exposure', 'batch_person'),
    counter('CONTROLLER', [`'CONTROLLER::' || ${perController} || ':'`, []], { controller: true }, 'new_controller', 'batch_person'),
    counter('INCIDENT', ['cast(? as text)', [`INCIDENT:${incidentId}::`]], { incident: true }, 'new_incident', 'batch_subject'),
    counter('GLOBAL', [`'GLOBAL:::'`, []], {}, 'new_global', 'batch_subject'),
    [
      `insert into subject_listing (subject, incident_id, controller_id, source_id)
       select subject, ${uuid}, controller_id, ${uuid} from batch_person where new_listing = 1`,
      [incidentId, sourceId],
    ],
    ['drop table batch_person', []],
    ['drop table batch_subject', []],
  ];
}

/** The audit event of a batch's completion: the counted batch, hashed. */
function completionAudit(o: BatchOutcome) {
  return {
    at: o.finishedAt,
    actor: o.actor.subject,
    organizationId: o.actor.organizationId,
    action: 'UPDATE',
    entityType: 'IngestBatch',
    entityId: o.batchId,
    afterHash: canonicalHash({ status: 'COMPLETED', sha256: o.sha256, rowsRead: o.rowsRead, rowsAccepted: o.rowsAccepted, rowsRejected: o.rowsRejected }),
  };
}

function completeStatement(o: BatchOutcome, finishedAt: unknown): Statement {
  return [
    `update ingest_batch set status = 'COMPLETED', sha256 = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?,
       error_summary = ?, finished_at = ?, updated_at = ?, version = version + 1 where id = ?`,
    [o.sha256, o.rowsRead, o.rowsAccepted, o.rowsRejected, o.errorSummary ? JSON.stringify(o.errorSummary) : null, finishedAt, finishedAt, o.batchId],
  ];
}

/**
 * SQLite runs in this thread, so there is nothing to overlap: rows go to a temporary table (which
 * takes no lock on the database), and one transaction merges them all and completes the batch.
 */
class SqliteBulkWriter implements BulkWriter {
  private readonly db: Database.Database;
  private batch: BatchIdentity | null = null;
  private controllerIds: readonly string[] = [];
  private readonly insertMany: (chunk: StagedChunk) => void;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = wal');
    this.db.pragma('busy_timeout = 10000');
    this.db.exec('create temp table staging (subject blob not null, controller_id text not null, minor integer not null)');
    const insert = this.db.prepare('insert into staging (subject, controller_id, minor) values (?, ?, ?)');
    this.insertMany = this.db.transaction((chunk: StagedChunk) => {
      for (let i = 0; i < chunk.count; i++) insert.run(subjectAt(chunk, i), this.controllerIds[chunk.controllers[i]], chunk.minors[i]);
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

  async commit(outcome: BatchOutcome): Promise<void> {
    // MikroORM stores SQLite datetimes as epoch milliseconds.
    const statements = [...mergeStatements(this.batch!, '?'), completeStatement(outcome, outcome.finishedAt.getTime())];
    // Immediate: the transaction takes the write lock before reading the audit chain's head.
    this.db.exec('begin immediate');
    try {
      for (const [sql, params] of statements) this.db.prepare(sql).run(...params);
      const query: RawQuery = async (sql, params) => {
        const statement = this.db.prepare(sql);
        return statement.reader ? (statement.all(...params) as Record<string, unknown>[]) : (statement.run(...params), []);
      };
      await appendAuditRaw(query, completionAudit(outcome), { lock: null, instant: (d) => d.getTime() });
      this.db.exec('commit');
    } catch (error) {
      this.db.exec('rollback');
      throw error;
    }
    this.db.exec('delete from staging');
  }

  async rollback(): Promise<void> {
    this.db.exec('delete from staging');
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toPositional(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Rows per COPY and merge: large enough to amortise the statements, small enough to overlap. */
const CHUNK_ROWS = 50_000;

/**
 * The whole batch is one transaction on the server. Every CHUNK_ROWS rows are copied into a
 * temporary table and merged while Node goes on parsing the next chunk: the server and this process
 * work at the same time, and a crash still rolls everything back.
 */
class PostgresBulkWriter implements BulkWriter {
  private batch: BatchIdentity | null = null;
  private controllerIds: readonly string[] = [];
  private pending: string[] = [];
  private pendingRows = 0;
  private inFlight: Promise<void> = Promise.resolve();

  private constructor(private readonly client: Client) {}

  static async connect(url: string): Promise<PostgresBulkWriter> {
    const client = new Client({ connectionString: url });
    await client.connect();
    // JIT compiles each merge statement anew (about a second apiece) for no gain on index probes.
    await client.query('set jit = off');
    return new PostgresBulkWriter(client);
  }

  async begin(batch: BatchIdentity, controllerIds: readonly string[]): Promise<void> {
    this.batch = batch;
    this.controllerIds = controllerIds;
    await this.client.query('begin');
    // Listings grow within this transaction, unseen by statistics: a hash or merge join would then
    // read the whole table for every chunk, where the index probe per person costs the chunk's size.
    await this.client.query('set local enable_hashjoin = off');
    await this.client.query('set local enable_mergejoin = off');
    await this.client.query('create temp table staging (subject bytea not null, controller_id uuid not null, minor boolean not null) on commit drop');
  }

  async stage(chunk: StagedChunk): Promise<void> {
    let text = '';
    for (let i = 0; i < chunk.count; i++) {
      text += `\\\\x${subjectAt(chunk, i).toString('hex')}\t${this.controllerIds[chunk.controllers[i]]}\t${chunk.minors[i] ? 't' : 'f'}\n`;
    }
    this.pending.push(text);
    this.pendingRows += chunk.count;
    if (this.pendingRows >= CHUNK_ROWS) {
      // One chunk on the server at a time: wait for the previous one, then hand this one over.
      await this.inFlight;
      this.inFlight = this.mergeChunk(this.takePending());
    }
  }

  private takePending(): string[] {
    const chunk = this.pending;
    this.pending = [];
    this.pendingRows = 0;
    return chunk;
  }

  private async mergeChunk(chunk: string[]): Promise<void> {
    await pipeline(Readable.from(chunk), this.client.query(copyFrom('copy staging (subject, controller_id, minor) from stdin')));
    for (const [sql, params] of mergeStatements(this.batch!, 'cast(? as uuid)')) await this.client.query(toPositional(sql), params);
    await this.client.query('truncate staging');
  }

  async commit(outcome: BatchOutcome): Promise<void> {
    await this.inFlight;
    if (this.pendingRows > 0) await this.mergeChunk(this.takePending());
    const [sql, params] = completeStatement(outcome, outcome.finishedAt);
    await this.client.query(toPositional(sql), params);
    const query: RawQuery = async (text, values) => (await this.client.query(toPositional(text), values)).rows;
    await appendAuditRaw(query, completionAudit(outcome), { lock: CHAIN_LOCK, instant: (d) => d });
    await this.client.query('commit');
  }

  async rollback(): Promise<void> {
    await this.inFlight.catch(() => undefined);
    this.takePending();
    await this.client.query('rollback');
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

export async function openBulkWriter(database: DatabaseConfig): Promise<BulkWriter> {
  return database.dialect === 'postgresql' ? PostgresBulkWriter.connect(database.url) : new SqliteBulkWriter(database.path);
}
