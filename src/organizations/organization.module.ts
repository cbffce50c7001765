import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';
import { ProcessorEngagement } from './processor-engagement.entity';

export const organizationModule = { entities: [Organization, ProcessorEngagement], resolvers: [OrganizationResolver] } as const;
