import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Organization } from './organization.entity';

/**
 * Organisations by id, one query per batch. The organisations reached this way are the other
 * side of an incident or exposure the viewer already may see, so no further scope applies.
 */
export function createOrganizationLoaders(em: EntityManager) {
  return {
    organizationById: new DataLoader<string, Organization | undefined>(async (ids) => {
      const rows = await em.find(Organization, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
  };
}
