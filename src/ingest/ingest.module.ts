import { IngestBatch } from './ingest-batch.entity';
import { IngestBatchResolver } from './ingest.resolver';
import { IngestProgressResolver } from './ingest-progress.resolver';
import { IngestProfilesResolver } from './ingest-profiles.resolver';

export const ingestModule = {
  entities: [IngestBatch],
  resolvers: [IngestBatchResolver, IngestProgressResolver, IngestProfilesResolver],
} as const;
