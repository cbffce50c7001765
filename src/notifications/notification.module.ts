import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { FiledDocument, IssuedDocument } from './document.entities';
import { Notification } from './notification.entity';
import { ExposureNotificationsResolver, NotificationResolver } from './notification.resolver';
import { RegisterResolver } from './register.resolver';

export const notificationModule = {
  entities: [Notification, FiledDocument, IssuedDocument],
  resolvers: [NotificationResolver, ExposureNotificationsResolver, ExposureObligationsResolver, DeadlineResolver, RegisterResolver],
} as const;
