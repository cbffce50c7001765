import { DateTimeType, Entity, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { EventKind } from '../db/outbox/event-kind';
import { codeEnum } from '../lib/code-enum';

export const WebhookStatus = codeEnum('WebhookStatus', 'Whether a webhook receives deliveries.', {
  ENABLED: 'Events are delivered to it.',
  DISABLED: 'Nothing is sent; its pending deliveries wait until it is enabled again.',
});
export type WebhookStatus = keyof typeof WebhookStatus;

/**
 * An organisation's endpoint for pushed events, registered by its DPO or an admin. Audited like any
 * change a person makes. The signing secret is stored (the gateway signs each delivery with it) but
 * never read back through the API: it is shown once, in the payload of the mutation that set it.
 */
@ObjectType({ description: "An organisation's HTTPS endpoint that receives its events, signed (Standard Webhooks)." })
@Entity()
@Index({ properties: ['organizationId', 'id'] })
export class Webhook extends BaseEntity<'status' | 'disabledReason' | 'disabledAt'> {
  @Field({ description: 'The organisation whose events it receives.' })
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Field({ description: 'Where the events are POSTed.' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => [EventKind], { description: 'The kinds of event it receives.' })
  @Property({ type: 'json' })
  events!: EventKind[];

  /** `whsec_<base64>`; never a GraphQL field. */
  @Property({ type: 'string', length: 255, lazy: true })
  secret!: string;

  @Field(() => WebhookStatus, { description: 'ENABLED or DISABLED (by a person, or after consecutive failures).' })
  @Property({ type: 'string', length: 16 })
  status: WebhookStatus = 'ENABLED';

  @Field(() => String, { nullable: true, description: 'Why it was disabled, e.g. « 3 échecs consécutifs : HTTP 500 ».' })
  @Property({ type: 'text', nullable: true })
  disabledReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was disabled.' })
  @Property({ type: DateTimeType, nullable: true })
  disabledAt?: Date | null;
}

/** The addresses an organisation registered for deadline alerts by e-mail (src/channels/alert-email.ts). */
@ObjectType({ description: 'Where an organisation receives its deadline alerts by e-mail.' })
@Entity()
export class AlertEmailSetting extends BaseEntity {
  @Field({ description: 'The organisation.' })
  @Property({ type: 'uuid', unique: true })
  organizationId!: string;

  @Field(() => [String], { description: 'The addresses every DEADLINE_ALERT of the organisation is e-mailed to; empty: none.' })
  @Property({ type: 'json' })
  addresses!: string[];
}

export const DeliveryStatus = codeEnum('DeliveryStatus', 'Where a delivery stands.', {
  PENDING: 'Waiting for its next attempt (nextAttemptAt).',
  SENDING: 'An instance holds it and is sending it now (until leaseUntil).',
  DELIVERED: 'The receiver answered 2xx (e-mail: the SMTP server accepted it).',
  FAILED: 'Given up after the last attempt; replayWebhookDelivery sends it again.',
});
export type DeliveryStatus = keyof typeof DeliveryStatus;

export const DeliveryChannel = codeEnum('DeliveryChannel', 'How a delivery is sent.', {
  WEBHOOK: "POSTed to one of the organisation's webhooks.",
  EMAIL: "E-mailed to the organisation's alert addresses.",
});
export type DeliveryChannel = keyof typeof DeliveryChannel;

/**
 * One event for one receiver (a webhook, or an organisation's alert addresses): the unit of retry.
 * Its id is the `webhook-id` header, the same on every attempt and replay, on which receivers
 * deduplicate. Delivery machinery (db/unaudited.ts): written by the dispatcher, not audited row by row.
 */
@ObjectType({ description: 'One event sent to one webhook (or e-mailed), with its attempts.' })
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['webhookId', 'id'] })
@Unique({ properties: ['target', 'eventId'] })
export class WebhookDelivery extends BaseEntity<
  'status' | 'attempts' | 'leaseUntil' | 'lastStatusCode' | 'lastError' | 'deliveredAt' | 'replayRequestedAt' | 'webhookId'
> {
  @Field(() => DeliveryChannel, { description: 'WEBHOOK or EMAIL.' })
  @Property({ type: 'string', length: 16 })
  channel!: DeliveryChannel;

  /** The webhook's id, or `email:<organizationId>`: one delivery per event and receiver. */
  @Property({ type: 'string', length: 60 })
  target!: string;

  @Field(() => String, { nullable: true, description: 'The webhook; null for an e-mail.' })
  @Property({ type: 'uuid', nullable: true })
  webhookId?: string | null;

  @Field({ description: 'The receiving organisation.' })
  @Property({ type: 'uuid' })
  @Index()
  organizationId!: string;

  @Field(() => Int, { description: 'The outbox event it carries.' })
  @Property({ type: 'integer' })
  eventId!: number;

  @Field(() => EventKind, { description: 'The kind of that event.' })
  @Property({ type: 'string', length: 40 })
  kind!: EventKind;

  @Field(() => DeliveryStatus, { description: 'PENDING, SENDING, DELIVERED or FAILED.' })
  @Property({ type: 'string', length: 16 })
  status: DeliveryStatus = 'PENDING';

  @Field(() => Int, { description: 'Attempts made so far, replays included.' })
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Field({ description: 'When it is next tried (PENDING).' })
  @Property({ type: DateTimeType })
  nextAttemptAt!: Date;

  /** Until when the instance that claimed it (SENDING) holds it; past it, another instance takes it over. */
  @Property({ type: DateTimeType, nullable: true })
  leaseUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: "The last attempt's HTTP status; null for none (e-mail, network error)." })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Field(() => String, { nullable: true, description: "The last attempt's error, if it failed." })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was delivered.' })
  @Property({ type: DateTimeType, nullable: true })
  deliveredAt?: Date | null;

  /** Set by replayWebhookDelivery, cleared by the attempt it asked for (which the log marks as a replay). */
  @Property({ type: DateTimeType, nullable: true })
  replayRequestedAt?: Date | null;
}

/** One try of a delivery: what the receiver answered and how long it took. */
@ObjectType({ description: 'One attempt at a delivery.' })
@Entity()
@Index({ properties: ['webhookId', 'at'] })
export class WebhookAttempt extends BaseEntity<'statusCode' | 'error'> {
  @Property({ type: 'uuid' })
  @Index()
  deliveryId!: string;

  /** Kept here too, to count a webhook's consecutive failures without a join. */
  @Property({ type: 'uuid', nullable: true })
  webhookId?: string | null;

  @Field(() => Int, { description: 'Its number within the delivery, from 1 (replays continue the count).' })
  @Property({ type: 'integer' })
  attemptNo!: number;

  @Field({ description: 'When it started.' })
  @Property({ type: DateTimeType })
  at!: Date;

  @Field({ description: 'Whether it succeeded (2xx; e-mail: accepted).' })
  @Property({ type: 'boolean' })
  ok!: boolean;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none came (timeout, refused connection).' })
  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  @Property({ type: 'integer' })
  durationMs!: number;

  @Field({ description: 'Whether it was a replay asked for with replayWebhookDelivery.' })
  @Property({ type: 'boolean' })
  replay!: boolean;
}
