import DataLoader from 'dataloader';
import { notificationScope } from '../auth/scope';
import type { ServiceContext } from '../auth/context';
import type { Exposure } from '../incidents/exposure.entity';
import { Notification } from './notification.entity';
import { type PersonsInformation, personsInformationOf } from './persons-information.read';
import { type ExposureSituation, loadSituations } from './situation';

/** Per-request batches; the exposures were scoped when they were loaded. */
export function createNotificationLoaders(ctx: ServiceContext) {
  const { em } = ctx;
  return {
    situationByExposure: new DataLoader<Exposure, ExposureSituation, string>((exposures) => loadSituations(ctx, exposures), {
      cacheKeyFn: (e) => e.id,
    }),
    notificationsByExposure: new DataLoader<string, Notification[]>(async (exposureIds) => {
      const rows = await em.find(
        Notification,
        { $and: [{ exposure: { $in: [...exposureIds] } }, notificationScope(ctx.viewer)] },
        { orderBy: { id: 'asc' } },
      );
      return exposureIds.map((id) => rows.filter((n) => n.exposure.id === id));
    }),
    /** Unscoped: the resolver asks only for exposures whose controller file the viewer reads. */
    personsInformationByExposure: new DataLoader<string, PersonsInformation>(async (exposureIds) => {
      const files = await personsInformationOf(em, exposureIds);
      return exposureIds.map((id) => files.get(id)!);
    }),
  };
}

/** The loaders of this stage, as resolvers type them in their RequestContext. */
export type NotificationLoaders = ReturnType<typeof createNotificationLoaders>;
