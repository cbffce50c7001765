import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { FiledDocument, IssuedDocument } from '../documents/document.entities';
import { Notification } from './notification.entity';
import { ExposureNotificationsResolver, NotificationResolver } from './notification.resolver';
import { RegisterExport } from '../register/register-export.entity';
import { RegisterResolver } from '../register/register.resolver';

export const notificationModule = {
  entities: [Notification, FiledDocument, IssuedDocument, RegisterExport],
  resolvers: [NotificationResolver, ExposureNotificationsResolver, ExposureObligationsResolver, DeadlineResolver, RegisterResolver],
} as const;
