import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One event worth pushing (a notification changed, a deadline threshold was reached, an ingest
 * moved on), written in the same transaction as the change it reports, so an event exists exactly
 * when its change committed. Subscriptions, webhooks and e-mails read it from here, never from
 * memory. It carries who may receive it (the audience columns, judged by auth/scope.ts
 * `mayReceiveEvent`) and a payload of identifiers, statuses, instants and counts: never a NIR nor
 * anything about a person.
 */
@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['fannedOut', 'id'] })
export class OutboxEvent {
  /** Increasing in insertion order; on SQLite (one writer) also in commit order. */
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** What happened: NOTIFICATION_CHANGED, DEADLINE_ALERT, INGEST_BATCH_PROGRESS (the GraphQL subscription names it). */
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Property({ type: DateTimeType })
  @Index()
  occurredAt!: Date;

  /** The controller whose file the event is about: its readers receive it. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  controllerId?: string | null;

  /** An organisation receiving it as a processor (a duty of its own as the incident's source). */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  processorId?: string | null;

  /** The organisation that submitted what the event is about (its ingest batches): all its people receive it. */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  submitterId?: string | null;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /**
   * Whether the webhook dispatcher (src/channels/) has turned it into deliveries. A marker per event
   * rather than a cursor: on PostgreSQL ids commit out of order, and a cursor would step over an id
   * whose transaction had not yet committed.
   */
  @Property({ type: 'boolean', default: false })
  fannedOut: boolean & Opt = false;
}
