import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { CnilRecapitulatif, FiledDocument } from './document.entities';

/** Per-request batches of the documents stage; the notifications were scoped when they were loaded. */
export function createDocumentLoaders(em: EntityManager) {
  return {
    /** The attached récapitulatif of each notification (its record, without the bytes), or undefined before one is. */
    recapitulatifByNotification: new DataLoader<string, CnilRecapitulatif | undefined>(async (notificationIds) => {
      const rows = await em.find(CnilRecapitulatif, { notification: { $in: [...notificationIds] } });
      const byNotification = new Map(rows.map((row) => [row.notification.id, row]));
      return notificationIds.map((id) => byNotification.get(id));
    }),
    /** The PDF kept at filing of each filed notification, bytes included (a list asking its size or pages). */
    filedDocumentByNotification: new DataLoader<string, FiledDocument | undefined>(async (notificationIds) => {
      const rows = await em.find(FiledDocument, { notification: { $in: [...notificationIds] } }, { populate: ['pdf'] });
      const byNotification = new Map(rows.map((row) => [row.notification.id, row]));
      return notificationIds.map((id) => byNotification.get(id));
    }),
  };
}

/** The loaders of this stage, as resolvers type them in their RequestContext. */
export type DocumentLoaders = ReturnType<typeof createDocumentLoaders>;
