import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { organizationContactScope, organizationScope } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { Organization } from './organization.entity';

/**
 * Organisations by id, one query per batch, within the viewer's organisation scope: every field
 * that returns an organisation goes through here, so none returns one the viewer may not read.
 */
export function createOrganizationLoaders(em: EntityManager, viewer: Viewer) {
  const inScope = (scope: typeof organizationScope) =>
    new DataLoader<string, Organization | undefined>(async (ids) => {
      const rows = await em.find(Organization, { $and: [{ id: { $in: [...ids] } }, scope(viewer)] });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    });
  return {
    organizationById: inScope(organizationScope),
    /** The same organisations, when the viewer may also read their people; see organizationContactScope. */
    organizationWithContactsById: inScope(organizationContactScope),
  };
}

/** The loaders of this stage, as resolvers type them in their RequestContext. */
export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;
