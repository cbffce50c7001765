import { DERIVED_ENTITIES } from './derived-state';

/**
 * The delivery machinery: the outbox and what reads it (scheduled alerts, webhook deliveries and
 * their attempts). It records what was pushed to whom, never a fact or a decision, and is written
 * by the delivery loops outside any audited flush; the events themselves are written in the
 * audited transaction of the change they report.
 */
export const DELIVERY_ENTITIES: ReadonlySet<string> = new Set(['OutboxEvent', 'DeadlineAlert', 'WebhookDelivery', 'WebhookAttempt']);

/**
 * Tables the audit trail does not vouch for row by row, which a flush may write outside
 * flushAudited: derived state (recomputed from audited rows) and the delivery machinery.
 */
export function isUnaudited(entityName: string): boolean {
  return DERIVED_ENTITIES.has(entityName) || DELIVERY_ENTITIES.has(entityName);
}
