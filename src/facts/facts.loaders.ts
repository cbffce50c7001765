import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { factSubmissionScope } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { Exposure } from '../incidents/exposure.entity';
import { FactSubmission } from './fact-submission.entity';

/** The visible submissions that bear on each exposure: its own, and its incident's incident-level ones. */
export function createFactLoaders(em: EntityManager, viewer: Viewer) {
  return {
    factSubmissionsForExposure: new DataLoader<Exposure, FactSubmission[], string>(
      async (exposures) => {
        const rows = await em.find(
          FactSubmission,
          {
            $and: [
              {
                $or: [
                  { exposure: { $in: exposures.map((e) => e.id) } },
                  { exposure: null, incident: { $in: [...new Set(exposures.map((e) => e.incident.id))] } },
                ],
              },
              factSubmissionScope(viewer),
            ],
          },
          { orderBy: { submittedAt: 'asc', id: 'asc' } },
        );
        return exposures.map((e) => rows.filter((s) => (s.exposure ? s.exposure.id === e.id : s.incident.id === e.incident.id)));
      },
      { cacheKeyFn: (exposure) => exposure.id },
    ),
  };
}

/** The loaders of this stage, as resolvers type them in their RequestContext. */
export type FactLoaders = ReturnType<typeof createFactLoaders>;
