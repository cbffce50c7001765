import { IngestBatch } from './ingest-batch.entity';
import { ExposureCountsResolver, IncidentCountsResolver, IngestBatchResolver } from './ingest.resolver';
import { SubjectCount, SubjectListing } from '../subjects/subject.entities';

export const ingestModule = {
  entities: [IngestBatch, SubjectListing, SubjectCount],
  resolvers: [IngestBatchResolver, ExposureCountsResolver, IncidentCountsResolver],
} as const;
