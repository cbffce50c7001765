import { FactSubmission } from './fact-submission.entity';
import { ExposureFactsResolver, FactSourceResolver, FactSubmissionResolver } from './facts.resolver';

export const factsModule = {
  entities: [FactSubmission],
  resolvers: [FactSubmissionResolver, ExposureFactsResolver, FactSourceResolver],
} as const;
