import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { flushAudited } from '../db/audit/audit.writer';
import type { Clock } from '../config/clock';
import type { DatabaseConfig } from '../config/config';
import { tryClaimBatch } from './batch-claim';
import { BatchStatus, IngestBatch } from './ingest-batch.entity';

/** Who the sweep's changes are audited as. */
const SWEEPER = { subject: 'system:start-up', organizationId: null };

export const ORPHAN_REASON =
  'the ingest stopped before the batch completed (its process was killed or lost its database); nothing was counted: send the file again';

/**
 * At start-up: a STAGING batch nobody claims was left by a process that was killed mid-batch
 * (nothing of it was counted). It is marked REJECTED with the reason, so no batch stays STAGING.
 * Batches other processes are working on hold their claim and are left alone; a rerun of the same
 * file still takes the rejected batch up and completes it.
 */
export async function sweepOrphanBatches(orm: MikroORM, database: DatabaseConfig, clock: Clock, logger: Logger): Promise<number> {
  const em = orm.em.fork();
  let swept = 0;
  for (const batch of await em.find(IngestBatch, { status: BatchStatus.STAGING })) {
    const claim = await tryClaimBatch(database, batch.id);
    if (!claim) continue;
    try {
      await em.refresh(batch);
      if (batch.status !== BatchStatus.STAGING) continue;
      Object.assign(batch, {
        status: BatchStatus.REJECTED,
        rowsAccepted: 0,
        errorSummary: { total: 1, byField: { file: 1 }, first: [{ file: batch.fileName, line: 0, field: 'file', reason: ORPHAN_REASON }] },
        finishedAt: clock.now(),
      });
      await flushAudited(em, SWEEPER, clock);
      swept++;
    } finally {
      await claim.release();
    }
  }
  if (swept > 0) logger.warn({ swept }, 'ingest batches left STAGING by a stopped process marked REJECTED');
  return swept;
}
