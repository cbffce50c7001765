import { IngestBatch } from './ingest-batch.entity';
import { IngestBatchResolver } from './ingest.resolver';

export const ingestModule = {
  entities: [IngestBatch],
  resolvers: [IngestBatchResolver],
} as const;
