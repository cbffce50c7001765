import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';

export const organizationModule = { entities: [Organization], resolvers: [OrganizationResolver] } as const;
