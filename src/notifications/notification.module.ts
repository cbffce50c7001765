import { CnilNotificationDecision } from './cnil-decision.entity';
import { CnilDecisionResolver } from './cnil-decision.resolver';
import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { Notification } from './notification.entity';
import { ExposureNotificationsResolver, NotificationResolver } from './notification.resolver';

export const notificationModule = {
  entities: [Notification, CnilNotificationDecision],
  resolvers: [NotificationResolver, ExposureNotificationsResolver, ExposureObligationsResolver, DeadlineResolver, CnilDecisionResolver],
} as const;
