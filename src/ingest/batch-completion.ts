import { canonicalHash } from '../lib/canonical-json';
import type { BatchOutcome } from './bulk-writer';

/** One SQL statement with `?` positional parameters, as both dialects' writers run them. */
export type Statement = [sql: string, params: unknown[]];

/** The audit event of a batch's completion: the counted batch, hashed. */
export function completionAudit(o: BatchOutcome) {
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

/**
 * Another batch of the same bytes already COMPLETED for this incident and source: this one must
 * count nothing. Run inside the writer's transaction, once it is serialised with the other
 * batches of the same incident and source, so a concurrent copy is seen once it has committed.
 */
export function completedTwinStatement(o: BatchOutcome): Statement {
  return [
    `select id from ingest_batch where incident_id = ? and source_organization_id = ? and sha256 = ? and status = 'COMPLETED' and id <> ?`,
    [o.incidentId, o.sourceId, o.sha256, o.batchId],
  ];
}

/** Marks the batch COMPLETED; `finishedAt` is the instant as the dialect stores it. */
export function completeStatement(o: BatchOutcome, finishedAt: unknown): Statement {
  return [
    `update ingest_batch set status = 'COMPLETED', sha256 = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?,
       error_summary = ?, finished_at = ?, updated_at = ?, version = version + 1 where id = ?`,
    [o.sha256, o.rowsRead, o.rowsAccepted, o.rowsRejected, o.errorSummary ? JSON.stringify(o.errorSummary) : null, finishedAt, finishedAt, o.batchId],
  ];
}
