import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { Notification } from './notification.entity';
import { ExposureNotificationsResolver, NotificationResolver } from './notification.resolver';
import { PersonsLetter } from './persons-letter.entity';
import { PersonsLetterResolver } from './persons-letter.resolver';

export const notificationModule = {
  entities: [Notification, PersonsLetter],
  resolvers: [NotificationResolver, ExposureNotificationsResolver, ExposureObligationsResolver, DeadlineResolver, PersonsLetterResolver],
} as const;
