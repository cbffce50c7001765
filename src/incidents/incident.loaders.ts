import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { exposureScope } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { Exposure } from './exposure.entity';
import { Incident } from './incident.entity';

/** Batched, scoped relation loads: the statements of an operation do not grow with its rows. */
export function createIncidentLoaders(em: EntityManager, viewer: Viewer) {
  return {
    /** Only the exposures the viewer may see: a controller never learns of another's exposure. */
    exposuresByIncident: new DataLoader<string, Exposure[]>(async (incidentIds) => {
      const rows = await em.find(
        Exposure,
        { $and: [{ incident: { $in: [...incidentIds] } }, exposureScope(viewer)] },
        { orderBy: { id: 'asc' } },
      );
      const byIncident = new Map<string, Exposure[]>(incidentIds.map((id) => [id, []]));
      for (const row of rows) byIncident.get(row.incident.id)?.push(row);
      return incidentIds.map((id) => byIncident.get(id) ?? []);
    }),
    /** Scoped too: a notification or deadline links to its exposure only where the viewer may see it. */
    exposureById: new DataLoader<string, Exposure | undefined>(async (ids) => {
      const rows = await em.find(Exposure, { $and: [{ id: { $in: [...ids] } }, exposureScope(viewer)] });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
    incidentById: new DataLoader<string, Incident | undefined>(async (ids) => {
      const rows = await em.find(Incident, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    }),
  };
}

/** The loaders of this stage, as resolvers type them in their RequestContext. */
export type IncidentLoaders = ReturnType<typeof createIncidentLoaders>;
