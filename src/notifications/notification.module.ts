import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { Notification } from './notification.entity';
import { AuthorityNotification } from './authority-notification.entity';
import {
  AuthorityNotificationResolver,
  ExposureAuthorityNotificationsResolver,
  ExposureNotificationsResolver,
  NotificationResolver,
} from './notification.resolver';

export const notificationModule = {
  entities: [Notification, AuthorityNotification],
  resolvers: [
    NotificationResolver,
    ExposureNotificationsResolver,
    ExposureObligationsResolver,
    DeadlineResolver,
    AuthorityNotificationResolver,
    ExposureAuthorityNotificationsResolver,
  ],
} as const;
