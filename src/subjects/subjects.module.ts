import { SubjectCount, SubjectListing } from './subject.entities';
import { ConsolidatedCountsResolver, ExposureCountsResolver, IncidentCountsResolver } from './subject-counts.resolver';

export const subjectsModule = {
  entities: [SubjectListing, SubjectCount],
  resolvers: [ConsolidatedCountsResolver, ExposureCountsResolver, IncidentCountsResolver],
} as const;
