import type { AuditFields } from '../db/audit/audit-chain';
import { hashRows, type RawQuery, type RowShape } from '../db/audit/row-hash';
import { appendEventsRaw } from '../db/outbox/outbox';
import { batchProgress } from './batch-events';
import type { BatchIdentity, BatchOutcome } from './bulk-writer';
import { BatchStatus } from './ingest-batch.entity';

/** One SQL statement with `?` positional parameters, as both dialects' writers run them. */
export type Statement = [sql: string, params: unknown[]];

/** What the ingest's raw connection needs to extend the audit chain: its key and the rows' shapes. */
export interface RawAudit {
  key: Buffer;
  batch: RowShape;
  count: RowShape;
}

/**
 * The counter rows a batch may have changed (keys as the merge statements of both dialects build
 * them): per listing, exposure and controller for each controller it lists, its incident, and the
 * whole gateway.
 */
function countKeys({ incidentId, sourceId }: BatchIdentity, controllerIds: readonly string[]): string[] {
  return [
    ...controllerIds.flatMap((c) => [`LISTING:${incidentId}:${c}:${sourceId}`, `EXPOSURE:${incidentId}:${c}:`, `CONTROLLER::${c}:`]),
    `INCIDENT:${incidentId}::`,
    'GLOBAL:::',
  ];
}

/**
 * The audit events of a batch's completion, read back inside the merge's transaction: the batch row
 * (before and after) and each counter it may have changed, hashed as the database holds them so
 * that `audit verify` can tell a count edited later. A counter's state before the batch is its
 * previous event's `afterHash`; it is not read again here (the merge of PostgreSQL's chunks already
 * changed it earlier in the transaction).
 */
export async function completionEvents(
  query: RawQuery,
  audit: RawAudit,
  o: BatchOutcome,
  controllerIds: readonly string[],
  batchBefore: string | undefined,
): Promise<Omit<AuditFields, 'seq'>[]> {
  const who = { at: o.finishedAt, actor: o.actor.subject, organizationId: o.actor.organizationId, action: 'UPDATE' };
  const [batchAfter] = (await hashRows(query, audit.batch, [o.batchId])).values();
  const counts = await hashRows(query, audit.count, countKeys(o, controllerIds));
  return [
    { ...who, entityType: audit.batch.entityType, entityId: o.batchId, beforeHash: batchBefore, afterHash: batchAfter },
    ...[...counts].map(([id, hash]) => ({ ...who, entityType: audit.count.entityType, entityId: id, afterHash: hash })),
  ];
}

/** The batch row's hash before its completion. */
export async function batchHash(query: RawQuery, audit: RawAudit, batchId: string): Promise<string | undefined> {
  return (await hashRows(query, audit.batch, [batchId])).get(batchId);
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
    [
      o.sha256,
      o.rowsRead,
      o.rowsAccepted,
      o.rowsRejected,
      o.errorSummary ? JSON.stringify(o.errorSummary) : null,
      finishedAt,
      finishedAt,
      o.batchId,
    ],
  ];
}

/** The batch's COMPLETED event, appended in the writer's transaction that marks it so. */
export function appendCompletionEvent(query: RawQuery, o: BatchOutcome, options: { postgres: boolean; instant: (date: Date) => unknown }) {
  const { batchId, incidentId, rowsRead, rowsAccepted, rowsRejected } = o;
  const payload = { batchId, incidentId, status: BatchStatus.COMPLETED, rowsRead, rowsAccepted, rowsRejected };
  return appendEventsRaw(query, [batchProgress(payload, o.sourceId, o.finishedAt)], options);
}
