import type { NewEvent } from '../db/outbox/outbox';
import type { CompletenessIssue } from './completeness';
import type { NotificationStatus } from './transitions';

export const NOTIFICATION_CHANGED = 'NOTIFICATION_CHANGED';

/** Written by the alert scheduler (alert-scheduler.ts); read by subscriptions, webhooks and e-mails. */
export const DEADLINE_ALERT = 'DEADLINE_ALERT';

/** What a DEADLINE_ALERT event says: ids, the duty, its threshold and instants; nothing about a person. */
export interface DeadlineAlertPayload {
  alertId: string;
  obligationId: string;
  exposureId: string;
  incidentId: string;
  controllerId: string;
  code: string;
  authority: string;
  party: string;
  /** The obligation's French label. */
  label: string;
  /** `PT24H`, `PT6H`, `PT1H`, `PT0S` (ISO-8601 before due) or OVERDUE. */
  threshold: string;
  /** ISO 8601 instants. */
  dueAt: string;
  firedAt: string;
}

/** What a `notificationChanged` event says: identifiers, status, version and completeness, nothing about a person. */
export interface NotificationChangedPayload {
  notificationId: string;
  exposureId: string;
  incidentId: string;
  controllerId: string;
  type: string;
  status: NotificationStatus;
  version: number;
  /** Whether nothing is missing from the draft. */
  complete: boolean;
  /** Items missing or to check (completeness), and of those, how many block READY. */
  missing: number;
  blocking: number;
  contentSha256: string;
  /** Its status and version as last pushed; null for a notification seen for the first time. */
  previous: { status: NotificationStatus; version: number } | null;
}

/** A notification's state as compared between two recomputations. */
export interface ComparedState {
  status: NotificationStatus;
  version: number;
  completeness: readonly Pick<CompletenessIssue, 'code' | 'path' | 'blocksReady'>[];
}

const completenessKey = (issues: ComparedState['completeness']) =>
  issues.map((i) => `${i.code}|${i.path}|${i.blocksReady ? 1 : 0}`).join(',');

/**
 * The event when what a dashboard shows of a notification moved: its status, its version, or what
 * it lacks. A recomputation that changes neither (time passing, a fact feeding another exposure) says nothing.
 */
export function notificationChanged(
  before: ComparedState | undefined,
  after: ComparedState & Omit<NotificationChangedPayload, 'status' | 'version' | 'complete' | 'missing' | 'blocking' | 'previous'>,
  at: Date,
): NewEvent | null {
  if (
    before &&
    before.status === after.status &&
    before.version === after.version &&
    completenessKey(before.completeness) === completenessKey(after.completeness)
  )
    return null;
  const payload: NotificationChangedPayload = {
    notificationId: after.notificationId,
    exposureId: after.exposureId,
    incidentId: after.incidentId,
    controllerId: after.controllerId,
    type: after.type,
    status: after.status,
    version: after.version,
    complete: after.completeness.length === 0,
    missing: after.completeness.length,
    blocking: after.completeness.filter((i) => i.blocksReady).length,
    contentSha256: after.contentSha256,
    previous: before ? { status: before.status, version: before.version } : null,
  };
  return { kind: NOTIFICATION_CHANGED, occurredAt: at, audience: { controllerId: after.controllerId }, payload: { ...payload } };
}
