import { CnilNotificationDecision } from './cnil-decision.entity';
import { DeadlineAlert } from './deadline-alert.entity';
import { CnilDecisionResolver } from './cnil-decision.resolver';
import { DoraClassification, DoraRecord } from './dora.entities';
import { DoraResolver, ExposureDoraResolver } from './dora.resolver';
import { DeadlineResolver, ExposureObligationsResolver } from './deadline.resolver';
import { LiveNotificationResolver } from './live.resolver';
import { NodeResolver } from './node.resolver';
import { Notification } from './notification.entity';
import { NotificationState, ObligationState } from './derived-state.entities';
import { AuthorityNotification } from './authority-notification.entity';
import {
  AuthorityNotificationResolver,
  ExposureAuthorityNotificationsResolver,
  ExposureNotificationsResolver,
  NotificationExposureResolver,
  NotificationResolver,
} from './notification.resolver';
import { PersonsCommunication, PersonsInformationDecision } from './persons-information.entities';
import { PersonsInformationResolver } from './persons-information.resolver';
import { PersonsLetter } from './persons-letter.entity';
import { PersonsLetterResolver } from './persons-letter.resolver';

export const notificationModule = {
  entities: [
    Notification,
    PersonsInformationDecision,
    PersonsCommunication,
    CnilNotificationDecision,
    AuthorityNotification,
    PersonsLetter,
    DoraClassification,
    DoraRecord,
    NotificationState,
    ObligationState,
    DeadlineAlert,
  ],
  resolvers: [
    NotificationResolver,
    ExposureNotificationsResolver,
    NotificationExposureResolver,
    ExposureObligationsResolver,
    DeadlineResolver,
    PersonsInformationResolver,
    CnilDecisionResolver,
    AuthorityNotificationResolver,
    ExposureAuthorityNotificationsResolver,
    PersonsLetterResolver,
    DoraResolver,
    ExposureDoraResolver,
    NodeResolver,
    LiveNotificationResolver,
  ],
} as const;
