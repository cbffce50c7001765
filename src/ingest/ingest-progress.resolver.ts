import { Arg, Field, ID, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { LiveContext } from '../auth/live-events';
import { type BatchProgressPayload, INGEST_BATCH_PROGRESS } from './batch-events';
import { BatchStatus } from './ingest-batch.entity';

@ObjectType({ description: 'How far an ingest batch got: when it starts, while it runs, and when it ends.' })
export class IngestBatchProgress {
  @Field(() => ID, { description: 'The batch.' })
  batchId!: string;

  @Field(() => ID, { description: 'The incident the list is for.' })
  incidentId!: string;

  @Field(() => BatchStatus, { description: 'STAGING while it runs, then COMPLETED, REJECTED or DUPLICATE.' })
  status!: BatchStatus;

  @Field(() => Int, { description: 'Rows read so far.' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows valid so far (counted only once COMPLETED).' })
  rowsAccepted!: number;

  @Field(() => Int, { description: 'Rows refused so far.' })
  rowsRejected!: number;
}

/** The progress of the viewer's organisation's ingest batches, read from the outbox as it commits. */
@Resolver()
export class IngestProgressResolver {
  @Subscription(() => IngestBatchProgress, {
    description: "Progress of the ingest batches the viewer's organisation submits (all of them for an admin).",
    subscribe: ({ args, context }: { args: { batchId?: string | null }; context: LiveContext }) =>
      context.live.stream<BatchProgressPayload>(INGEST_BATCH_PROGRESS, (p) => args.batchId == null || p.batchId === args.batchId),
  })
  ingestBatchProgress(
    @Root() payload: BatchProgressPayload,
    @Arg('batchId', () => ID, { nullable: true, description: 'Only this batch.' }) _batchId?: string | null,
  ): IngestBatchProgress {
    return payload;
  }
}
