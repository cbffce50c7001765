import { codeEnum } from '../lib/code-enum';
import { DomainError } from '../lib/errors';

/**
 * The life of a notification, as an explicit table: a draft is made ready once complete, a ready one
 * is filed (or reopened), and a filed one never changes again: corrections are a new complementary
 * notification.
 */
export const NOTIFICATION_STATUS = codeEnum('NotificationStatus', 'Where a notification stands in its life: draft, ready, filed.', {
  DRAFT: 'Being prepared: the only status in which it can be edited.',
  READY: 'Complete and frozen for filing; it can be reopened as a draft.',
  FILED: 'Filed with the CNIL: never changes again; corrections are a complementary notification.',
});
export type NotificationStatus = keyof typeof NOTIFICATION_STATUS;
export type NotificationAction = 'EDIT' | 'MARK_READY' | 'REOPEN' | 'RECORD_FILING' | 'START_COMPLEMENTARY';

export const TRANSITIONS: Readonly<Record<NotificationAction, { from: readonly NotificationStatus[]; to: NotificationStatus | null }>> = {
  EDIT: { from: ['DRAFT'], to: null },
  MARK_READY: { from: ['DRAFT'], to: 'READY' },
  REOPEN: { from: ['READY'], to: 'DRAFT' },
  RECORD_FILING: { from: ['READY'], to: 'FILED' },
  // Acts on a filed notification and leaves it as it is: the new draft is another notification.
  START_COMPLEMENTARY: { from: ['FILED'], to: null },
};

export class InvalidTransitionError extends DomainError {
  constructor(
    action: NotificationAction,
    status: NotificationStatus,
    details: { reason: string } & Record<string, unknown> = { reason: '' },
  ) {
    const allowed = TRANSITIONS[action].from.join(' or ');
    const why = details.reason || `only from ${allowed}`;
    super('INVALID_STATE_TRANSITION', `cannot ${action.toLowerCase().replace(/_/g, ' ')} a ${status} notification (${why})`, {
      ...details,
      action,
      status,
    });
  }
}

/** The status after `action`, or INVALID_STATE_TRANSITION. */
export function transition(status: NotificationStatus, action: NotificationAction): NotificationStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) throw new InvalidTransitionError(action, status);
  return rule.to ?? status;
}
