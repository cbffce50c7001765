import { Arg, Field, ID, InputType, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { LiveContext } from '../auth/live-events';
import { DEADLINE_ALERT, type DeadlineAlertPayload, NOTIFICATION_CHANGED, type NotificationChangedPayload } from './notification-events';
import { NOTIFICATION_STATUS, type NotificationStatus } from './transitions';

@ObjectType({ description: 'A deadline reaching a threshold (24 h, 6 h, 1 h before it is due, due, overdue), pushed as it happens.' })
export class DeadlineAlert {
  @Field(() => ID, { description: 'This alert: the same alert is never pushed twice.' })
  alertId!: string;

  @Field({ description: 'The obligation: "<exposureId>:<CODE>", as Exposure.obligations names it.' })
  obligationId!: string;

  @Field(() => ID, { description: 'The exposure the obligation belongs to.' })
  exposureId!: string;

  @Field(() => ID, { description: 'The incident of that exposure.' })
  incidentId!: string;

  @Field(() => ID, { description: 'The controller whose file it is.' })
  controllerId!: string;

  @Field({ description: "The obligation's code (CNIL_NOTIFICATION, PROCESSOR_ALERT…)." })
  code!: string;

  @Field({ description: 'The authority the duty is owed to (or the persons, or the controller).' })
  authority!: string;

  @Field({ description: 'Who owes it: CONTROLLER or PROCESSOR.' })
  party!: string;

  @Field({ description: "The obligation's label, in French." })
  label!: string;

  @Field({ description: 'The threshold reached: an ISO-8601 duration before the due date (PT24H, PT6H, PT1H, PT0S at due) or OVERDUE.' })
  threshold!: string;

  @Field({ description: 'When the obligation is due.' })
  dueAt!: Date;

  @Field({ description: 'When the threshold was reached and the alert written.' })
  firedAt!: Date;
}

@InputType({ description: 'Which deadline alerts a subscription wants; every field given must match.' })
export class DeadlineAlertFilter {
  @Field(() => ID, { nullable: true, description: 'Only this incident.' })
  incidentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this exposure.' })
  exposureId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these thresholds (PT24H, PT6H, PT1H, PT0S, OVERDUE).' })
  thresholds?: string[] | null;
}

@ObjectType({ description: 'A notification whose status, version or completeness moved, pushed as the change commits.' })
export class NotificationChange {
  @Field(() => ID, { description: 'The notification.' })
  notificationId!: string;

  @Field(() => ID, { description: 'Its exposure.' })
  exposureId!: string;

  @Field(() => ID, { description: 'Its incident.' })
  incidentId!: string;

  @Field(() => ID, { description: 'The controller whose notification it is.' })
  controllerId!: string;

  @Field({ description: 'Initial, complementary or complete.' })
  type!: string;

  @Field(() => NOTIFICATION_STATUS, { description: 'Its status now.' })
  status!: NotificationStatus;

  @Field(() => Int, { description: 'Its version now.' })
  version!: number;

  @Field({ description: 'Whether nothing is missing from the draft.' })
  complete!: boolean;

  @Field(() => Int, { description: 'Items missing or to check.' })
  missing!: number;

  @Field(() => Int, { description: 'Of those, how many block READY.' })
  blocking!: number;

  @Field({ description: 'The sha256 of its content now.' })
  contentSha256!: string;

  @Field(() => NOTIFICATION_STATUS, { nullable: true, description: 'Its status when last pushed; null the first time.' })
  previousStatus?: NotificationStatus | null;

  @Field(() => Int, { nullable: true, description: 'Its version when last pushed; null the first time.' })
  previousVersion?: number | null;
}

const matches = (wanted: string | null | undefined, value: string) => wanted == null || wanted === value;

/** Live deadlines and drafts, read from the outbox as it commits (src/auth/live-events.ts). */
@Resolver()
export class LiveNotificationResolver {
  @Subscription(() => DeadlineAlert, {
    description: 'Deadline alerts of the files the viewer may read, as the scheduler fires them.',
    subscribe: ({ args, context }: { args: { filter?: DeadlineAlertFilter | null }; context: LiveContext }) => {
      const filter = args.filter ?? {};
      return context.live.stream<DeadlineAlertPayload>(
        DEADLINE_ALERT,
        (p) =>
          matches(filter.incidentId, p.incidentId) &&
          matches(filter.exposureId, p.exposureId) &&
          (!filter.thresholds || filter.thresholds.includes(p.threshold)),
      );
    },
  })
  deadlineAlerts(
    @Root() payload: DeadlineAlertPayload,
    @Arg('filter', () => DeadlineAlertFilter, { nullable: true, description: 'Which alerts; all by default.' })
    _filter?: DeadlineAlertFilter | null,
  ): DeadlineAlert {
    return { ...payload, dueAt: new Date(payload.dueAt), firedAt: new Date(payload.firedAt) };
  }

  @Subscription(() => NotificationChange, {
    description: 'Changes of the notifications the viewer may read: status, version, what the draft lacks.',
    subscribe: ({ args, context }: { args: { notificationId?: string | null; exposureId?: string | null }; context: LiveContext }) =>
      context.live.stream<NotificationChangedPayload>(
        NOTIFICATION_CHANGED,
        (p) => matches(args.notificationId, p.notificationId) && matches(args.exposureId, p.exposureId),
      ),
  })
  notificationChanged(
    @Root() payload: NotificationChangedPayload,
    @Arg('notificationId', () => ID, { nullable: true, description: 'Only this notification.' }) _notificationId?: string | null,
    @Arg('exposureId', () => ID, { nullable: true, description: "Only this exposure's notifications." }) _exposureId?: string | null,
  ): NotificationChange {
    const { previous, ...rest } = payload;
    return { ...rest, previousStatus: previous?.status ?? null, previousVersion: previous?.version ?? null };
  }
}
