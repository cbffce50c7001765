import type { DatabaseConfig } from '../config/config';
import type { RawAudit } from './batch-completion';
import type { BatchErrorSummary } from './ingest-batch.entity';
import { PostgresBulkWriter } from './postgres-bulk-writer';
import type { StagedChunk } from './pseudonymise';
import { SqliteBulkWriter } from './sqlite-bulk-writer';

/**
 * The ingest's own database connection, outside the ORM on purpose (millions of rows must not
 * become entities): rows are staged in a temporary table at driver speed, then merged into the
 * listings and counters by set-based SQL. Nothing is counted until `commit`, which marks the batch
 * COMPLETED in the same transaction; a crash or `rollback` leaves the counts as they were, and the
 * temporary table dies with the connection.
 */
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

/** COMPLETED, or DUPLICATE when the same file was completed first (then nothing is counted). */
export type CommitResult = 'COMPLETED' | 'DUPLICATE';

export interface BulkWriter {
  /** `controllerIds` resolves the controller indexes of the chunks staged in this batch. */
  begin(batch: BatchIdentity, controllerIds: readonly string[]): Promise<void>;
  /** Resolves when the writer can take more rows (backpressure). */
  stage(chunk: StagedChunk): Promise<void>;
  /**
   * Counts everything staged and marks the batch COMPLETED: all or nothing. When a batch of the
   * same bytes, incident and source completed first, even concurrently, counts nothing instead.
   */
  commit(outcome: BatchOutcome): Promise<CommitResult>;
  /** Forgets everything staged; nothing was counted. */
  rollback(): Promise<void>;
  close(): Promise<void>;
}

export async function openBulkWriter(database: DatabaseConfig, audit: RawAudit): Promise<BulkWriter> {
  return database.dialect === 'postgresql' ? PostgresBulkWriter.connect(database.url, audit) : new SqliteBulkWriter(database.path, audit);
}
