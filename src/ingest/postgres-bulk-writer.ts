import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { appendAuditRaw, type RawQuery } from '../db/audit/audit.raw';
import { CHAIN_LOCK } from '../db/audit/audit.writer';
import {
  appendCompletionEvent,
  batchHash,
  completedTwinStatement,
  completeStatement,
  completionEvents,
  type RawAudit,
} from './batch-completion';
import type { BatchIdentity, BatchOutcome, BulkWriter, CommitResult } from './bulk-writer';
import { COPY_HEADER, COPY_TRAILER, encodeRows, uuidBytes } from './copy-binary';
import { groupByPerson } from './chunk-persons';
import { CREATE_STAGING, mergeChunkStatement } from './postgres-merge';
import type { StagedChunk } from './pseudonymise';

function toPositional(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * The first key of the advisory lock that serialises the batches of one incident and source (the
 * second is a hash of both): a two-key lock never collides with the audit chain's one-key lock.
 */
const LISTING_LOCK = 4257191;

/** Rows per COPY and merge: large enough to amortise the statements, small enough to overlap. */
const CHUNK_ROWS = 50_000;

/**
 * The whole batch is one transaction on the server. Every CHUNK_ROWS rows are grouped by person,
 * copied into a temporary table and merged (postgres-merge.ts) while Node goes on parsing and
 * hashing the next chunk: the server and this process work at the same time, and a crash still
 * rolls everything back.
 */
export class PostgresBulkWriter implements BulkWriter {
  private batch: BatchIdentity | null = null;
  private controllers: Buffer[] = [];
  private pending: StagedChunk[] = [];
  private pendingRows = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private locked = false;

  private controllerIds: readonly string[] = [];

  private constructor(
    private readonly client: Client,
    private readonly audit: RawAudit,
  ) {}

  static async connect(url: string, audit: RawAudit): Promise<PostgresBulkWriter> {
    const client = new Client({ connectionString: url });
    await client.connect();
    // JIT compiles each merge statement anew (about a second apiece) for no gain on index probes.
    await client.query('set jit = off');
    return new PostgresBulkWriter(client, audit);
  }

  async begin(batch: BatchIdentity, controllerIds: readonly string[]): Promise<void> {
    this.batch = batch;
    this.controllerIds = controllerIds;
    this.controllers = controllerIds.map(uuidBytes);
    this.locked = false;
    await this.client.query('begin');
    // The merge sorts and holds a chunk's persons in memory: at the default 4 MB they would spill to disk.
    await this.client.query("set local work_mem = '64MB'");
    await this.client.query(CREATE_STAGING);
  }

  async stage(chunk: StagedChunk): Promise<void> {
    this.pending.push(chunk);
    this.pendingRows += chunk.count;
    if (this.pendingRows >= CHUNK_ROWS) {
      // Ready the rows while the server merges the previous chunk, then hand them over: one chunk
      // on the server at a time.
      const rows = this.takeRows();
      await this.inFlight;
      this.inFlight = this.mergeChunk(rows);
    }
  }

  /** The pending rows, as the persons' COPY rows. */
  private takeRows(): Buffer {
    const rows = encodeRows(groupByPerson(this.pending), this.controllers);
    this.pending = [];
    this.pendingRows = 0;
    return rows;
  }

  /**
   * Before anything is merged, this transaction waits for any other batch of the same incident and
   * source to commit or roll back. Two copies of one file would otherwise both count (each merge
   * sees the listings as committed before it), and two lists sharing persons would collide on the
   * same new listings. Batches of other sources or incidents still run side by side.
   */
  private async lockListings(): Promise<void> {
    if (this.locked) return;
    await this.client.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [
      LISTING_LOCK,
      `${this.batch!.incidentId}:${this.batch!.sourceId}`,
    ]);
    this.locked = true;
  }

  private async mergeChunk(rows: Buffer): Promise<void> {
    await this.lockListings();
    const copy = this.client.query(copyFrom('copy staging from stdin with (format binary)'));
    await pipeline(Readable.from([COPY_HEADER, rows, COPY_TRAILER]), copy);
    const [sql, params] = mergeChunkStatement(this.batch!);
    await this.client.query(sql, params);
    await this.client.query('truncate staging');
  }

  async commit(outcome: BatchOutcome): Promise<CommitResult> {
    await this.inFlight;
    await this.lockListings();
    // Under the lock, a copy of this file completed by another batch has committed: it is visible.
    const [twin, twinParams] = completedTwinStatement(outcome);
    if ((await this.client.query(toPositional(twin), twinParams)).rowCount) {
      await this.rollback();
      return 'DUPLICATE';
    }
    if (this.pendingRows > 0) await this.mergeChunk(this.takeRows());
    const query: RawQuery = async (text, values) => (await this.client.query(toPositional(text), values)).rows;
    const before = await batchHash(query, this.audit, outcome.batchId);
    const [sql, params] = completeStatement(outcome, outcome.finishedAt);
    await this.client.query(toPositional(sql), params);
    const events = await completionEvents(query, this.audit, outcome, this.controllerIds, before);
    await appendAuditRaw(query, this.audit.key, events, { lock: CHAIN_LOCK, instant: (d) => d });
    await appendCompletionEvent(query, outcome, { postgres: true, instant: (d) => d });
    await this.client.query('commit');
    return 'COMPLETED';
  }

  async rollback(): Promise<void> {
    await this.inFlight.catch(() => undefined);
    this.pending = [];
    this.pendingRows = 0;
    this.locked = false;
    await this.client.query('rollback');
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
