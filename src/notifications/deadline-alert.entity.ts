import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { Exposure } from '../incidents/exposure.entity';
import type { Obligation } from './obligations';

export type DeadlineAlertStatus = 'SCHEDULED' | 'SENT' | 'CANCELLED' | 'SKIPPED';

/** Why a scheduled alert will not fire: what the duty's state said when it was cancelled. */
export type AlertCancelReason = 'DONE' | 'NOT_REQUIRED' | 'DUE_MOVED' | 'NO_LONGER_LISTED' | 'THRESHOLD_REMOVED';

/** The threshold of an OVERDUE reminder; every other threshold is an ISO-8601 duration before due. */
export const OVERDUE = 'OVERDUE';

/**
 * One alert of one duty's due instant: scheduled in the transaction that computed the duty
 * (derived-state.ts), fired by the scheduler (alert-scheduler.ts) in the transaction that writes its
 * DEADLINE_ALERT event to the outbox. Delivery machinery: written outside audited flushes, never
 * audited row by row (db/unaudited.ts). Unique per duty, threshold, due instant and fire instant:
 * a moved deadline gets alerts of its own, and each OVERDUE reminder is its own row.
 */
@Entity({ tableName: 'deadline_alert' })
@Unique({ properties: ['obligationId', 'threshold', 'dueAt', 'fireAt'] })
@Index({ properties: ['status', 'fireAt'] })
export class DeadlineAlert {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** `<exposureId>:<CODE>`: the ObligationState (and the Deadline) it alerts on. */
  @Property({ type: 'string' })
  obligationId!: string;

  @ManyToOne(() => Exposure, { ref: true, index: true })
  exposure!: Ref<Exposure>;

  @Property({ type: 'uuid' })
  controllerId!: string;

  /** The incident's source organisation, for a duty of its own as processor; null for the controller's duties. */
  @Property({ type: 'uuid', nullable: true })
  processorId?: string | null;

  @Property({ type: 'string' })
  code!: Obligation['code'];

  /** `PT24H`, `PT6H`, `PT1H`, `PT0S` (before due) or OVERDUE. */
  @Property({ type: 'string', length: 20 })
  threshold!: string;

  /** The due instant the alert was computed for: fired only while the duty is still due then. */
  @Property({ type: DateTimeType })
  dueAt!: Date;

  @Property({ type: DateTimeType })
  fireAt!: Date;

  @Property({ type: 'string', length: 10 })
  status!: DeadlineAlertStatus;

  @Property({ type: DateTimeType, nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'string', length: 20, nullable: true })
  cancelledReason?: AlertCancelReason | null;

  /** The outbox event written when it fired. */
  @Property({ type: 'integer', nullable: true })
  eventId?: number | null;
}
