import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContext } from '../auth/context';
import { ingestBatchScope } from '../auth/scope';
import { NotFoundError } from '../lib/errors';
import { IngestBatch } from './ingest-batch.entity';

/** Batches are the submitting organisation's business (ingestBatchScope). */
export class IngestBatchService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<IngestBatch> {
    return ingestBatchScope(this.ctx.viewer);
  }

  list(incidentId: string): Promise<IngestBatch[]> {
    return this.ctx.em.find(IngestBatch, { $and: [{ incident: incidentId }, this.scope()] }, { orderBy: { id: 'desc' } });
  }

  async get(id: string): Promise<IngestBatch> {
    const batch = await this.ctx.em.findOne(IngestBatch, { $and: [{ id }, this.scope()] });
    if (!batch) throw new NotFoundError('IngestBatch', id);
    return batch;
  }
}
