import { OrganizationEntityFacts } from './entity-facts.entity';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';
import { ProcessorEngagement } from './processor-engagement.entity';
import { ViewerResolver } from './viewer.resolver';

export const organizationModule = {
  entities: [Organization, ProcessorEngagement, OrganizationEntityFacts],
  resolvers: [OrganizationResolver, ViewerResolver],
} as const;
