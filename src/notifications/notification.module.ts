import { CnilNotificationDecision } from './cnil-decision.entity';
import { CnilDecisionResolver } from './cnil-decision.resolver';
import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { Notification } from './notification.entity';
import { ExposureNotificationsResolver, NotificationResolver } from './notification.resolver';
import { PersonsCommunication, PersonsInformationDecision } from './persons-information.entities';
import { PersonsInformationResolver } from './persons-information.resolver';

export const notificationModule = {
  entities: [Notification, PersonsInformationDecision, PersonsCommunication, CnilNotificationDecision],
  resolvers: [
    NotificationResolver,
    ExposureNotificationsResolver,
    ExposureObligationsResolver,
    DeadlineResolver,
    PersonsInformationResolver,
    CnilDecisionResolver,
  ],
} as const;
