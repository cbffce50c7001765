import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { Notification } from './notification.entity';
import { ExposureNotificationsResolver, NotificationResolver } from './notification.resolver';
import { PersonsCommunication, PersonsInformationDecision } from './persons-information.entities';
import { PersonsInformationResolver } from './persons-information.resolver';

export const notificationModule = {
  entities: [Notification, PersonsInformationDecision, PersonsCommunication],
  resolvers: [
    NotificationResolver,
    ExposureNotificationsResolver,
    ExposureObligationsResolver,
    DeadlineResolver,
    PersonsInformationResolver,
  ],
} as const;
