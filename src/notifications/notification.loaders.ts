import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Notification } from './notification.entity';

/** Notifications by exposure, one query per batch; the exposures were scoped when they were loaded. */
export function createNotificationLoaders(em: EntityManager) {
  return {
    notificationsByExposure: new DataLoader<string, Notification[]>(async (exposureIds) => {
      const rows = await em.find(Notification, { exposure: { $in: [...exposureIds] } }, { orderBy: { id: 'asc' } });
      return exposureIds.map((id) => rows.filter((n) => n.exposure.id === id));
    }),
  };
}
