import type { EntityManager } from '@mikro-orm/core';
import type { OrganizationRolesOf } from '../auth/tokens';
import { Organization } from './organization.entity';

/** The registered capacities of an organisation, read on a fork of its own: what authentication asks of this stage. */
export function organizationRolesOf(em: EntityManager): OrganizationRolesOf {
  return async (organizationId) => (await em.fork().findOne(Organization, organizationId, { fields: ['roles'] }))?.roles ?? [];
}
