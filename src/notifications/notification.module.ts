import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { Notification } from './notification.entity';
import { ExposureNotificationsResolver, NotificationResolver } from './notification.resolver';

export const notificationModule = {
  entities: [Notification],
  resolvers: [NotificationResolver, ExposureNotificationsResolver, ExposureObligationsResolver, DeadlineResolver],
} as const;
