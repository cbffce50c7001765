import type { NewEvent } from '../db/outbox/outbox';
import type { BatchStatus } from './ingest-batch.entity';

export const INGEST_BATCH_PROGRESS = 'INGEST_BATCH_PROGRESS';

/** How often a running batch says how far it got, at most. */
export const PROGRESS_INTERVAL_MS = 500;

/** An INGEST_BATCH_PROGRESS event's payload: identifiers, status and counts; never the file's name (it may name a person). */
export interface BatchProgressPayload {
  batchId: string;
  incidentId: string;
  status: BatchStatus;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}

/** The event for the organisation that submitted the batch (its people all receive it, auth/scope.ts). */
export function batchProgress(payload: BatchProgressPayload, sourceId: string, at: Date): NewEvent {
  return { kind: INGEST_BATCH_PROGRESS, occurredAt: at, audience: { submitterId: sourceId }, payload: { ...payload } };
}
