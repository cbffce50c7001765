import type { FilterQuery } from '@mikro-orm/core';
import type { ServiceContext } from '../auth/context';
import { NotFoundError } from '../lib/errors';
import { IngestBatch } from './ingest-batch.entity';

/** Batches are the submitting organisation's business: each sees those it ingested (an admin, all). */
export class IngestBatchService {
  constructor(private readonly ctx: ServiceContext) {}

  private scope(): FilterQuery<IngestBatch> {
    return this.ctx.viewer.isAdmin ? {} : { sourceOrganization: this.ctx.viewer.organizationId };
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
