import type { FilterQuery } from '@mikro-orm/core';
import { codeEnum } from '../lib/code-enum';
import { Field, ID, InputType } from 'type-graphql';
import { notificationScope } from '../auth/scope';
import type { ServiceContext } from '../auth/context';
import { NOTIFICATION_TYPE } from '../cnil/enums';
import type { NotificationType } from '../cnil/vocabulary';
import {
  type Connection,
  keysetPage,
  memoryPage,
  type Order,
  orderByInput,
  type PageArgs,
  SortDirection,
  type SortKey,
} from '../lib/connection';
import { checkFilterIds } from '../lib/id-filter';
import type { Exposure } from '../incidents/exposure.entity';
import { Notification } from './notification.entity';
import { NOTIFICATION_STATUS, type NotificationStatus } from './transitions';

export const NotificationOrderField = codeEnum('NotificationOrderField', 'What a list of notifications is sorted by.', {
  CREATED_AT: 'When the draft was created.',
  UPDATED_AT: 'When the notification last changed.',
  FILED_AT: 'When it was filed with the CNIL; not yet filed ones come last in ASC, first in DESC.',
});
export type NotificationOrderField = keyof typeof NotificationOrderField;

export const NotificationOrder = orderByInput(
  'NotificationOrder',
  NotificationOrderField,
  'How to sort notifications (default CREATED_AT ASC).',
);
export type NotificationOrder = InstanceType<typeof NotificationOrder>;

const KEYS: Record<NotificationOrderField, SortKey<Notification>> = {
  CREATED_AT: { field: 'CREATED_AT', kind: 'date', property: 'createdAt', value: (n) => n.createdAt },
  UPDATED_AT: { field: 'UPDATED_AT', kind: 'date', property: 'updatedAt', value: (n) => n.updatedAt },
  FILED_AT: { field: 'FILED_AT', kind: 'date', property: 'filedAt', value: (n) => n.filedAt ?? null },
};

@InputType({ description: 'Narrows a list of notifications; every given criterion must hold.' })
export class NotificationFilter {
  @Field(() => [NOTIFICATION_STATUS], { nullable: true, description: 'Any of these statuses.' })
  status?: NotificationStatus[] | null;
  @Field(() => [NOTIFICATION_TYPE.values], { nullable: true, description: 'Any of these types.' }) type?: NotificationType[] | null;
  @Field(() => ID, { nullable: true, description: 'Notifications of this incident’s exposures.' }) incidentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Notifications of this controller.' }) controllerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Notifications of this exposure.' }) exposureId?: string | null;
}

function filterQuery(filter: NotificationFilter): FilterQuery<Notification> {
  const where: FilterQuery<Notification>[] = [];
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.type?.length) where.push({ type: { $in: filter.type } });
  if (filter.exposureId) where.push({ exposure: filter.exposureId });
  if (filter.incidentId) where.push({ exposure: { incident: filter.incidentId } });
  if (filter.controllerId) where.push({ exposure: { controller: filter.controllerId } });
  return { $and: where };
}

/** The CNIL notifications the viewer may read (the controller's file), keyset-paged in SQL. */
export function listNotifications(
  ctx: ServiceContext,
  filter: NotificationFilter = {},
  orderBy: NotificationOrder | null | undefined,
  page: PageArgs,
): Promise<Connection<Notification>> {
  checkFilterIds(filter);
  return keysetPage(ctx.em, Notification, () => ({ $and: [notificationScope(ctx.viewer), filterQuery(filter)] }), page, order(orderBy));
}

function order(orderBy: NotificationOrder | null | undefined): Order<Notification> {
  return { key: KEYS[orderBy?.field ?? NotificationOrderField.CREATED_AT], direction: orderBy?.direction ?? SortDirection.ASC };
}

/**
 * One exposure's notifications, a page of them. They come from the batched, scoped loader (one
 * statement for every exposure of the page whatever their number): paging each exposure's few
 * notifications in SQL would cost a statement per exposure. Same filter, order and cursors as the root.
 */
export function pageExposureNotifications(
  exposure: Exposure,
  notifications: readonly Notification[],
  filter: NotificationFilter = {},
  orderBy: NotificationOrder | null | undefined,
  page: PageArgs,
): Connection<Notification> {
  checkFilterIds(filter);
  const ofExposure =
    (!filter.exposureId || filter.exposureId === exposure.id) &&
    (!filter.incidentId || filter.incidentId === exposure.incident.id) &&
    (!filter.controllerId || filter.controllerId === exposure.controller.id);
  const rows = notifications.filter(
    (n) =>
      ofExposure && (!filter.status?.length || filter.status.includes(n.status)) && (!filter.type?.length || filter.type.includes(n.type)),
  );
  return memoryPage(rows, page, order(orderBy), (n) => n.id);
}
