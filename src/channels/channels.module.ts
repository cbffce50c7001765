import { AlertEmailSetting, Webhook, WebhookAttempt, WebhookDelivery } from './webhook.entity';
import { WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver';

export const channelsModule = {
  entities: [Webhook, AlertEmailSetting, WebhookDelivery, WebhookAttempt],
  resolvers: [WebhookResolver, WebhookDeliveryResolver],
} as const;
