import { IngestBatch } from './ingest-batch.entity';
import { ExposureCountsResolver, IncidentCountsResolver, IngestBatchResolver } from './ingest.resolver';
import { ControllerSubject, IncidentSubject, Subject, SubjectCount, SubjectListing, SubjectStaging } from './subject.entities';

export const ingestModule = {
  entities: [IngestBatch, SubjectStaging, SubjectListing, IncidentSubject, ControllerSubject, Subject, SubjectCount],
  resolvers: [IngestBatchResolver, ExposureCountsResolver, IncidentCountsResolver],
} as const;
