import DataLoader from 'dataloader';
import { notificationScope } from '../auth/scope';
import type { ServiceContext } from '../auth/context';
import type { Exposure } from '../incidents/exposure.entity';
import { Notification } from './notification.entity';
import { type PersonsInformation, personsInformationOf } from './persons-information.read';
import {
  exposuresObligations,
  type ExposureObligations,
  type NotificationContents,
  notificationsContents,
  type NotificationDerived,
  notificationsDerived,
} from './derived-state.read';
import { NotificationService, type NotificationView } from './notification.service';

/** Per-request batches; the exposures were scoped when they were loaded. */
export function createNotificationLoaders(ctx: ServiceContext) {
  const { em } = ctx;
  /** A notification's content, assembled at most once per request, only when a stored state cannot answer. */
  const viewOfNotification = new DataLoader<Notification, NotificationView, string>(
    (notifications) => Promise.all(notifications.map((n) => new NotificationService(ctx).view(n))),
    { cacheKeyFn: (n) => n.id },
  );
  return {
    obligationsByExposure: new DataLoader<Exposure, ExposureObligations, string>((exposures) => exposuresObligations(ctx, exposures), {
      cacheKeyFn: (e) => e.id,
    }),
    /** What dashboards read of a draft (hash, completeness, severity, obligations), from its stored state. */
    derivedOfNotification: new DataLoader<Notification, NotificationDerived, string>(
      (notifications) => notificationsDerived(ctx, notifications, (n) => viewOfNotification.load(n)),
      { cacheKeyFn: (n) => n.id },
    ),
    /** Its content and letters, from the stored state too: only for the fields that show them. */
    contentsOfNotification: new DataLoader<Notification, NotificationContents, string>(
      (notifications) => notificationsContents(ctx, notifications, (n) => viewOfNotification.load(n)),
      { cacheKeyFn: (n) => n.id },
    ),
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
