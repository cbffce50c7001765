import { codeEnum } from '../../lib/code-enum';

/** The kinds of event the outbox carries (src/db/outbox/outbox.entity.ts), as webhooks subscribe to them. */
export const EventKind = codeEnum('EventKind', 'What an outbox event reports; a webhook subscribes to some of them.', {
  NOTIFICATION_CHANGED: "A notification's status, version or completeness changed.",
  DEADLINE_ALERT: "A duty's deadline is near, reached or past (24 h, 6 h, 1 h before, at the due instant, overdue).",
  INGEST_BATCH_PROGRESS: 'An ingest batch of affected-person lists moved on.',
});
export type EventKind = keyof typeof EventKind;
export const EVENT_KINDS = Object.keys(EventKind) as EventKind[];
